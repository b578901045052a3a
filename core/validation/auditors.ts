/**
 * The auditors' annual report (DOMAIN §9.1 "auditors annual", 000 4.3.6): on-site days above the
 * 180 a year of 001 3.9, days in the field above the year's total, dismissal before hiring.
 */
import { toIso } from "../dates/civil";
import type { CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import type { ParsedSheet } from "./read";

/** 001 3.9: 每个审核员…现场审核时间的总和不应超过 180 天/周期年. */
export const MAX_AUDIT_DAYS_PER_YEAR = 180;

export function checkAuditors(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? 0;
    const total = sheet.num("totalDays", i);
    const field = sheet.num("fieldDays", i);
    if (total !== undefined && total > MAX_AUDIT_DAYS_PER_YEAR)
      ctx.sink.add("AUDITOR-OVER-180", sheet.name, row, sheet.col("totalDays"), {
        total,
        max: MAX_AUDIT_DAYS_PER_YEAR,
      });
    if (total !== undefined && field !== undefined && field > total) {
      ctx.sink.add(
        "AUDITOR-FIELD-OVER-TOTAL",
        sheet.name,
        row,
        sheet.col("fieldDays"),
        { field, total },
        { related: [a1(row, sheet.col("totalDays"))] },
      );
    }
    const hired = sheet.num("hired", i);
    const dismissed = sheet.num("dismissed", i);
    if (hired !== undefined && dismissed !== undefined && dismissed < hired) {
      ctx.sink.add(
        "AUDITOR-DISMISSED-BEFORE-HIRED",
        sheet.name,
        row,
        sheet.col("dismissed"),
        { dismissed: toIso(dismissed), hired: toIso(hired) },
        { related: [a1(row, sheet.col("hired"))] },
      );
    }
  }
}
