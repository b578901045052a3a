/**
 * Register and status-change checks (DOMAIN §9.1 "register / status"): duplicates, sub-certificates
 * without their main certificate, withdrawn or cancelled numbers used again (001 C.5), suspension
 * details, suspensions over the profile's limit (004 7.2.2), status changes reported late
 * (000 4.3.8.3, via core/dates `deadline`), and suspension reasons outside 004 7.2.1.
 * Every cross-row check indexes rows by key once: no row is compared with every other row.
 */
import { deadline, suspensionEnd, toIso } from "../dates";
import { attempt } from "../problem";
import { activityParams } from "./activity";
import { certParts, rowProfile } from "./certificate";
import { defaultProfile, notRun, sheetsOf, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import { BLANK, type ParsedSheet } from "./read";
import { enumLabel, getSpec, itemValue } from "./specs";
import { suspensionCaseOf } from "./suspension-reasons";

const WITHDRAWN = new Set(["03", "04"]);

/** The part of a row's duplicate key beside its number; null when the row has no key. */
function keyPart(sheet: ParsedSheet, i: number): string | null {
  if (sheet.type === "monthly") return sheet.str("activity", i) ?? null;
  if (sheet.type === "register") return "";
  if (sheet.type === "status") {
    const status = sheet.str("status", i);
    const date = sheet.num("changeDate", i);
    return status === undefined || date === undefined ? null : `${status}|${date}`;
  }
  return null;
}

/** What a duplicate row repeats, for its message. */
function duplicateWhat(sheet: ParsedSheet, i: number): { what: string; whatEn: string } {
  if (sheet.type === "monthly") {
    const names = activityParams(sheet.str("activity", i) ?? "");
    return { what: `「${names.activity}」`, whatEn: names.activityEn };
  }
  if (sheet.type === "register") return { what: "台账记录", whatEn: "register row" };
  const date = toIso(sheet.num("changeDate", i) ?? 0);
  return { what: `${date} 的状态变更`, whatEn: `status change of ${date}` };
}

/**
 * The same certificate twice for the same activity (monthly), twice in a register, or the same
 * change twice. Rows are indexed by number alone; only a number seen twice has its full keys
 * (number, activity or status and date) built, so a sheet of distinct numbers builds no key string.
 */
export function checkDuplicates(sheet: ParsedSheet, ctx: CheckContext): void {
  if (sheet.type !== "monthly" && sheet.type !== "register" && sheet.type !== "status") return;
  const certNos = sheet.columns.get("certNo")?.values;
  if (!certNos) return;
  /** Number → the first keyed row with it, or -1 once its rows are indexed by full key in `byKey`. */
  const byNumber = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const certNo = certNos[i];
    if (typeof certNo !== "string") continue;
    const part = keyPart(sheet, i);
    if (part === null) continue;
    const first = byNumber.get(certNo);
    if (first === undefined) {
      byNumber.set(certNo, i);
      continue;
    }
    if (first >= 0) {
      byKey.set(`${certNo}|${keyPart(sheet, first) ?? ""}`, sheet.rows[first] ?? 0);
      byNumber.set(certNo, -1);
    }
    const key = `${certNo}|${part}`;
    const other = byKey.get(key);
    if (other === undefined) {
      byKey.set(key, sheet.rows[i] ?? 0);
      continue;
    }
    ctx.sink.add(
      "CERT-DUPLICATE",
      sheet.name,
      sheet.rows[i] ?? 0,
      sheet.col("certNo"),
      { certNo, ...duplicateWhat(sheet, i), otherRow: other },
      { related: [a1(other, sheet.col("certNo"))] },
    );
  }
}

/** A sub-certificate "-n" whose main number is in no monthly report or register of the workbook (001 C.2). */
export function checkSubWithoutMain(ctx: CheckContext): void {
  const sheets = [...sheetsOf(ctx, "monthly"), ...sheetsOf(ctx, "register")];
  // Sub-certificates are few: find them first, then look for just their main numbers.
  const subs: { s: ParsedSheet; i: number; certNo: string; main: string }[] = [];
  for (const s of sheets) {
    const certNos = s.columns.get("certNo")?.values;
    if (!certNos) continue;
    for (let i = 0; i < s.rows.length; i++) {
      const certNo = certNos[i];
      if (typeof certNo !== "string" || !certNo.includes("-")) continue;
      const parts = certParts(ctx, certNo);
      if (!parts || parts.sub === null) continue;
      subs.push({ s, i, certNo, main: certNo.slice(0, certNo.lastIndexOf("-")) });
    }
  }
  if (subs.length === 0) return;
  const wanted = new Set(subs.map((sub) => sub.main));
  const known = new Set<string>();
  for (const s of sheets) {
    const certNos = s.columns.get("certNo")?.values;
    if (!certNos) continue;
    for (let i = 0; i < s.rows.length; i++) {
      const c = certNos[i];
      if (typeof c === "string" && wanted.has(c)) known.add(c);
    }
  }
  for (const { s, i, certNo, main } of subs)
    if (!known.has(main))
      ctx.sink.add("CERT-SUB-NO-MAIN", s.name, s.rows[i] ?? 0, s.col("certNo"), { certNo, main });
}

interface Withdrawal {
  sheet: ParsedSheet;
  i: number;
  status: string;
  date: number | undefined;
}

/** The day a row is about, to tell a use of a number after its withdrawal from history before it. */
function eventDay(sheet: ParsedSheet, i: number): number | undefined {
  if (sheet.type === "monthly") return sheet.num("auditStart", i) ?? sheet.num("issueDate", i);
  if (sheet.type === "status") return sheet.num("changeDate", i);
  if (sheet.type === "team") return sheet.num("teamStart", i);
  return sheet.num("issueDate", i);
}

function withdrawalOf(sheet: ParsedSheet, i: number): Withdrawal | null {
  const status = sheet.type === "status" ? sheet.str("status", i) : sheet.str("certStatus", i);
  if (status === undefined || !WITHDRAWN.has(status)) return null;
  const date =
    sheet.type === "status"
      ? (sheet.num("withdrawDate", i) ?? sheet.num("changeDate", i))
      : sheet.type === "register"
        ? sheet.num("statusDate", i)
        : undefined;
  return { sheet, i, status, date };
}

const statusList = getSpec("register").columns.find((c) => c.key === "certStatus")?.enum;
const statusEn = new Map((statusList?.items ?? []).map((item) => [itemValue(item), item.en]));

/** A withdrawn or cancelled number is never used again (001 C.5). */
export function checkReusedNumbers(ctx: CheckContext): void {
  const sheets = ctx.sheets.filter(
    (s) => s.type === "monthly" || s.type === "register" || s.type === "status",
  );
  const first = new Map<string, Withdrawal>();
  for (const s of sheets) {
    for (let i = 0; i < s.rows.length; i++) {
      const certNo = s.str("certNo", i);
      const w = certNo === undefined ? null : withdrawalOf(s, i);
      if (!w || certNo === undefined) continue;
      const known = first.get(certNo);
      if (!known || (w.date !== undefined && (known.date === undefined || w.date < known.date)))
        first.set(certNo, w);
    }
  }
  if (first.size === 0) return;
  for (const s of sheets) {
    for (let i = 0; i < s.rows.length; i++) {
      const certNo = s.str("certNo", i);
      const w = certNo === undefined ? undefined : first.get(certNo);
      if (!w || certNo === undefined || withdrawalOf(s, i)) continue;
      const day = eventDay(s, i);
      if (w.date !== undefined && day !== undefined && day <= w.date) continue;
      const label = statusList ? enumLabel(statusList, w.status) : w.status;
      const where = w.sheet === s ? "" : `，工作表「${w.sheet.name}」`;
      ctx.sink.add(
        "CERT-REUSED",
        s.name,
        s.rows[i] ?? 0,
        s.col("certNo"),
        {
          certNo,
          status: label,
          statusEn: statusEn.get(w.status) ?? label,
          otherRow: w.sheet.rows[w.i] ?? 0,
          date: `${where}${w.date === undefined ? "" : `，${toIso(w.date)}`}`,
          dateEn: `${w.sheet === s ? "" : ` of sheet "${w.sheet.name}"`}${w.date === undefined ? "" : `, ${toIso(w.date)}`}`,
        },
        {
          // 001 C.5 speaks of withdrawal; cancelled numbers are retired too by DOMAIN §5.
          clause: w.status === "03" ? "001 C.5" : "001 附录C",
          related: [
            `${w.sheet === s ? "" : `'${w.sheet.name}'!`}${a1(w.sheet.rows[w.i] ?? 0, w.sheet.col("certNo"))}`,
          ],
        },
      );
    }
  }
}

/** What a status-change row must carry: a suspension its reason and dates, a withdrawal its reason (000 4.1.1). */
const DETAILS: Readonly<Record<string, readonly string[]>> = {
  "02": ["suspendReason", "suspendStart", "suspendEnd"],
  "03": ["withdrawReason"],
};

export function checkStatusDetails(sheet: ParsedSheet, ctx: CheckContext): void {
  const list = sheet.spec.columns.find((c) => c.key === "status")?.enum;
  for (let i = 0; i < sheet.rows.length; i++) {
    const status = sheet.str("status", i);
    const needs = status === undefined ? undefined : DETAILS[status];
    if (!needs || status === undefined) continue;
    for (const key of needs) {
      if (sheet.state(key, i) !== BLANK) continue; // present (even unreadable: that has its own finding)
      const label = list ? enumLabel(list, status) : status;
      const col = sheet.col(key) || sheet.col("status");
      ctx.sink.add("STATUS-DETAIL-MISSING", sheet.name, sheet.rows[i] ?? 0, col, {
        status: label,
        statusEn: statusEn.get(status) ?? label,
        ...sheet.columnParams(key),
      });
    }
  }
}

/** Suspension end beyond the profile's limit from its start (004 7.2.2, core/dates suspensionEnd). */
export function checkSuspensionLength(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const start = sheet.num("suspendStart", i);
    const end = sheet.num("suspendEnd", i);
    if (start === undefined || end === undefined || end < start) continue;
    const profile = rowProfile(sheet, i, ctx) ?? defaultProfile(ctx);
    const limit = attempt(() => suspensionEnd(start, profile.dates.suspensionMaxMonths));
    if (!limit.ok) continue;
    if (end > limit.value.date) {
      const row = sheet.rows[i] ?? 0;
      ctx.sink.add(
        "STATUS-SUSPENSION-TOO-LONG",
        sheet.name,
        row,
        sheet.col("suspendEnd"),
        {
          start: toIso(start),
          end: toIso(end),
          latest: toIso(limit.value.date),
          months: profile.dates.suspensionMaxMonths.months,
        },
        { clause: limit.value.clause, related: [a1(row, sheet.col("suspendStart"))] },
      );
    }
  }
}

/** A register row still 暂停 at the report date longer than the limit: restore or withdraw (004 7.3(3)). */
export function checkStillSuspended(sheet: ParsedSheet, ctx: CheckContext): void {
  const reportDate = ctx.reportDate;
  if (reportDate === undefined) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const since = sheet.num("statusDate", i);
    if (sheet.str("certStatus", i) !== "02" || since === undefined) continue;
    const profile = rowProfile(sheet, i, ctx) ?? defaultProfile(ctx);
    const limit = attempt(() => suspensionEnd(since, profile.dates.suspensionMaxMonths));
    if (!limit.ok || reportDate <= limit.value.date) continue;
    const row = sheet.rows[i] ?? 0;
    ctx.sink.add(
      "STATUS-STILL-SUSPENDED",
      sheet.name,
      row,
      sheet.col("certStatus"),
      {
        start: toIso(since),
        reportDate: toIso(reportDate),
        latest: toIso(limit.value.date),
        months: profile.dates.suspensionMaxMonths.months,
      },
      { related: [a1(row, sheet.col("statusDate"))] },
    );
  }
}

/** Reported within 2 working days of taking effect (000 4.3.8.3; DOMAIN §7 kind `status`). */
export function checkStatusReportedOnTime(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const changed = sheet.num("changeDate", i);
    if (changed === undefined || sheet.str("status", i) === undefined) continue;
    const reportedOn = sheet.num("reportedDate", i);
    const reported = reportedOn ?? ctx.reportDate;
    if (reported === undefined) continue;
    const row = sheet.rows[i] ?? 0;
    const due = attempt(() => deadline(changed, "status", { calendar: ctx.calendar, record: false }));
    if (!due.ok) {
      notRun(
        ctx,
        sheet.name,
        row,
        sheet.col("changeDate"),
        { zh: "状态变更上报时限", en: "status report deadline" },
        due.problem,
      );
      continue;
    }
    if (reported <= due.value.due) continue;
    const text =
      reportedOn !== undefined
        ? {
            reported: `实际上报日期 ${toIso(reportedOn)}`,
            reportedEn: `it was reported on ${toIso(reportedOn)}`,
          }
        : {
            reported: `到报告日期 ${toIso(reported)} 仍未上报`,
            reportedEn: `it is still unreported at the report date ${toIso(reported)}`,
          };
    const col = reportedOn !== undefined ? sheet.col("reportedDate") : sheet.col("changeDate");
    ctx.sink.add(
      "STATUS-LATE",
      sheet.name,
      row,
      col,
      { changeDate: toIso(changed), due: toIso(due.value.due), ...text },
      { clause: due.value.clause, related: [a1(row, sheet.col("changeDate"))] },
    );
  }
}

/** 暂停原因 naming none of the row's profile's suspension cases (warning: the last case is open-ended). */
export function checkSuspensionReason(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const reason = sheet.str("suspendReason", i);
    if (reason === undefined || sheet.str("status", i) !== "02") continue;
    const profile = rowProfile(sheet, i, ctx) ?? defaultProfile(ctx);
    if (suspensionCaseOf(reason, profile) === null) {
      ctx.sink.add(
        "STATUS-REASON-UNKNOWN",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col("suspendReason"),
        { value: reason },
        { clause: profile.suspensionReasons.clause },
      );
    }
  }
}
