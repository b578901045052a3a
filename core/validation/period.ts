/**
 * The report period (DOMAIN §9.1 "period"): a monthly report covers the events of one calendar
 * month (000 4.3.3.2, 4.3.4.2), so an activity dated outside it is a warning; a report without
 * rows is valid and is said to be (an empty report is still filed).
 */
import { toIso } from "../dates/civil";
import { auditTypeOf, isAudit } from "./activity";
import type { CheckContext } from "./context";
import type { ParsedSheet } from "./read";

/** 认证转换 has no CNCA code known to us: its label is its value (specs/enums.ts). */
const TRANSFER = "认证转换";

export function checkEmpty(sheet: ParsedSheet, ctx: CheckContext): void {
  if (sheet.rows.length > 0) return;
  ctx.sink.add("SHEET-EMPTY", sheet.name, sheet.headerRow, 0, {
    title: sheet.spec.title,
    titleEn: sheet.spec.titleEn,
  });
}

/**
 * The dates that place a row in a month: the audit's end, and for certification activities also
 * the issue date (a certificate issued in the month is reported in it). A surveillance or special
 * audit row's issue date is its certificate's original one; a transfer (认证转换) issues a new
 * certificate; 04/99 rows have no event date of their own.
 */
function eventKeys(sheet: ParsedSheet, i: number): readonly string[] {
  if (sheet.type === "status") return ["changeDate"];
  if (sheet.type === "failed") return ["auditEnd"];
  const activity = sheet.str("activity", i);
  if (activity === undefined || !isAudit(activity)) return [];
  const type = auditTypeOf(activity);
  if (type === "initial" || type === "stage2" || type === "recertification" || activity === TRANSFER)
    return ["auditEnd", "issueDate"];
  return ["auditEnd"];
}

export function checkPeriod(sheet: ParsedSheet, ctx: CheckContext): void {
  const month = ctx.month;
  if (!month) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const keys = eventKeys(sheet, i);
    let inMonth = false;
    let firstKey: string | undefined;
    let firstDay: number | undefined;
    for (const key of keys) {
      const day = sheet.num(key, i);
      if (day === undefined) continue;
      if (day >= month.first && day <= month.last) inMonth = true;
      if (firstKey === undefined) {
        firstKey = key;
        firstDay = day;
      }
    }
    if (inMonth || firstKey === undefined || firstDay === undefined) continue;
    ctx.sink.add(
      "PERIOD-OUTSIDE-MONTH",
      sheet.name,
      sheet.rows[i] ?? 0,
      sheet.col(firstKey),
      { ...sheet.columnParams(firstKey), date: toIso(firstDay), month: month.text },
      {
        clause:
          sheet.type === "failed" ? "000 4.3.4.2" : sheet.type === "status" ? "000 4.3.8.3" : "000 4.3.3.2",
      },
    );
  }
}
