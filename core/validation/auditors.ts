/**
 * The auditors' annual report (DOMAIN §9.1 "auditors annual", 000 4.3.6): on-site days above the
 * profile's yearly ceiling (180 in 004 3.9 and 001 3.9), days in the field above the year's total,
 * dismissal before hiring. The report has no scheme per row: the chosen HG profile or the default applies.
 */
import { toIso } from "../dates/civil";
import { defaultProfile, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import type { ParsedSheet } from "./read";

export function checkAuditors(sheet: ParsedSheet, ctx: CheckContext): void {
  const ceiling = defaultProfile(ctx).auditorYearMaxDays;
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? 0;
    const total = sheet.num("totalDays", i);
    const field = sheet.num("fieldDays", i);
    if (ceiling && total !== undefined && total > ceiling.days)
      ctx.sink.add(
        "AUDITOR-OVER-180",
        sheet.name,
        row,
        sheet.col("totalDays"),
        { total, max: ceiling.days },
        { clause: ceiling.clause },
      );
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
