/**
 * Certificate checks (DOMAIN §5, §6, §9.1 "certificate"): the number parses under the row's
 * profile, its cycle fits the activity, the expiry is after the issue and within what §6 allows,
 * the audit ends before the certificate is issued, a certificate reported valid has not expired.
 * Number parsing and date limits are core/certno's and core/dates'.
 */
import { checkCertNo, parseCertNo, parseCleanCertNo, type ParsedCertNo } from "../certno";
import { latestExpiry, toIso } from "../dates";
import { attempt } from "../problem";
import { activityParams, leadsToIssue, requiredCycle } from "./activity";
import { defaultProfile, notRun, problemParams, profileOfScheme, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import { OK, type ParsedSheet } from "./read";
import type { RuleProfile } from "../profiles";

/** Numbers that need normalising or do not read are few: they are parsed once per run. */
const MEMO_LIMIT = 20000;

/**
 * The parts of a readable certificate number. A number in normal form is read by one pattern
 * each time it is asked for (cheaper than looking up 100 000 distinct numbers); others, which
 * take the part-by-part reading and its error, once per run and number.
 */
export function certParts(ctx: CheckContext, certNo: string): ParsedCertNo | null {
  const clean = parseCleanCertNo(certNo);
  if (clean) return clean;
  let parts = ctx.certParts.get(certNo);
  if (parts === undefined) {
    const r = attempt(() => parseCertNo(certNo));
    parts = r.ok ? r.value : null;
    if (ctx.certParts.size < MEMO_LIMIT) ctx.certParts.set(certNo, parts);
  }
  return parts;
}

/**
 * The profile of a row: from its scheme column (认证项目 / 认证标准代码), else from the scheme
 * part of its certificate number; null when neither names a known scheme.
 */
export function rowProfile(sheet: ParsedSheet, i: number, ctx: CheckContext): RuleProfile | null {
  const scheme = sheet.str("scheme", i) ?? sheet.str("standardCode", i);
  const byScheme = profileOfScheme(ctx, scheme);
  if (byScheme || scheme !== undefined) return byScheme;
  const certNo = sheet.str("certNo", i);
  const parts = certNo === undefined ? null : certParts(ctx, certNo);
  return parts ? profileOfScheme(ctx, parts.scheme) : null;
}

/** Number does not parse, or parses with another scheme than the row's profile (001 附录C). */
export function checkCertNumbers(sheet: ParsedSheet, ctx: CheckContext): void {
  const col = sheet.col("certNo");
  if (col === 0) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const certNo = sheet.str("certNo", i);
    if (certNo === undefined || sheet.state("certNo", i) !== OK) continue;
    const scheme = sheet.str("scheme", i) ?? sheet.str("standardCode", i);
    const profile = scheme === undefined ? null : profileOfScheme(ctx, scheme);
    // A number that parsed, with the row's scheme, has nothing to report: checkCertNo only runs to word a problem.
    const parts = certParts(ctx, certNo);
    if (parts && (!profile || parts.scheme === profile.scheme.code)) continue;
    const options = profile ? { scheme: profile.scheme.code } : {};
    for (const problem of checkCertNo(certNo, options)) {
      if (problem.severity !== "error") continue; // normalisation is CELL-NORMALISED's
      ctx.sink.add(
        "CERT-PARSE",
        sheet.name,
        sheet.rows[i] ?? 0,
        col,
        { value: certNo, ...problemParams(problem) },
        { clause: problem.clause || undefined },
      );
    }
  }
}

/** 初次认证 needs R0, 再认证 R1 or later (001 C.4). */
export function checkCycle(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const activity = sheet.str("activity", i);
    const certNo = sheet.str("certNo", i);
    if (activity === undefined || certNo === undefined) continue;
    const need = requiredCycle(activity);
    const parts = need ? certParts(ctx, certNo) : null;
    if (!need || !parts) continue;
    const wrong = need === "R0" ? parts.cycle !== 0 : parts.cycle < 1;
    if (wrong) {
      ctx.sink.add(
        "CERT-CYCLE",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col("certNo"),
        {
          ...activityParams(activity),
          certNo,
          cycle: parts.cycle,
          expected: need === "R0" ? "R0" : "R1 或以上",
          expectedEn: need === "R0" ? "R0" : "R1 or later",
        },
        { related: [a1(sheet.rows[i] ?? 0, sheet.col("activity"))] },
      );
    }
  }
}

const expiryMemo = new WeakMap<
  CheckContext,
  Map<string, ReturnType<typeof attempt<ReturnType<typeof latestExpiry>>>>
>();

/** core/dates latestExpiry, once per profile and issue date in a run (issue dates cluster). */
function latestExpiryOf(
  ctx: CheckContext,
  profile: RuleProfile,
  issue: number,
): ReturnType<typeof attempt<ReturnType<typeof latestExpiry>>> {
  let memo = expiryMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    expiryMemo.set(ctx, memo);
  }
  const key = `${profile.id}|${issue}`;
  let result = memo.get(key);
  if (!result) {
    result = attempt(() => latestExpiry(issue, undefined, profile.dates.validity));
    memo.set(key, result);
  }
  return result;
}

/** Expiry after the issue and no later than §6 allows (004 6.2.1, via core/dates latestExpiry). */
export function checkExpiry(sheet: ParsedSheet, ctx: CheckContext): void {
  const expiryCol = sheet.col("expiryDate");
  for (let i = 0; i < sheet.rows.length; i++) {
    const issue = sheet.num("issueDate", i);
    const expiry = sheet.num("expiryDate", i);
    if (issue === undefined || expiry === undefined) continue;
    const row = sheet.rows[i] ?? 0;
    const related = [a1(row, sheet.col("issueDate"))];
    if (expiry <= issue) {
      ctx.sink.add(
        "CERT-EXPIRY-ORDER",
        sheet.name,
        row,
        expiryCol,
        { expiry: toIso(expiry), issue: toIso(issue) },
        { related },
      );
      continue;
    }
    const profile = rowProfile(sheet, i, ctx) ?? defaultProfile(ctx);
    const latest = latestExpiryOf(ctx, profile, issue);
    if (!latest.ok) {
      notRun(
        ctx,
        sheet.name,
        row,
        expiryCol,
        { zh: "证书有效期", en: "certificate validity" },
        latest.problem,
      );
      continue;
    }
    if (expiry > latest.value.date) {
      ctx.sink.add(
        "CERT-EXPIRY-TOO-LATE",
        sheet.name,
        row,
        expiryCol,
        {
          expiry: toIso(expiry),
          latest: toIso(latest.value.date),
          issue: toIso(issue),
          years: profile.dates.validity.maxYears,
        },
        { clause: latest.value.clause, related },
      );
    }
  }
}

/** A certificate is issued after the audit that leads to it (004 6.2.2). */
export function checkAuditBeforeIssue(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const activity = sheet.str("activity", i);
    const end = sheet.num("auditEnd", i);
    const issue = sheet.num("issueDate", i);
    if (activity === undefined || end === undefined || issue === undefined || !leadsToIssue(activity))
      continue;
    if (end > issue) {
      const row = sheet.rows[i] ?? 0;
      ctx.sink.add(
        "CERT-AUDIT-AFTER-ISSUE",
        sheet.name,
        row,
        sheet.col("auditEnd"),
        { auditEnd: toIso(end), issue: toIso(issue) },
        { related: [a1(row, sheet.col("issueDate"))] },
      );
    }
  }
}

/** Status 有效 (01) while the expiry is before the report date. */
export function checkValidButExpired(sheet: ParsedSheet, ctx: CheckContext): void {
  const reportDate = ctx.reportDate;
  if (reportDate === undefined) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const expiry = sheet.num("expiryDate", i);
    if (sheet.str("certStatus", i) !== "01" || expiry === undefined || expiry >= reportDate) continue;
    const row = sheet.rows[i] ?? 0;
    ctx.sink.add(
      "CERT-EXPIRED-VALID",
      sheet.name,
      row,
      sheet.col("certStatus"),
      { expiry: toIso(expiry), reportDate: toIso(reportDate) },
      { related: [a1(row, sheet.col("expiryDate"))] },
    );
  }
}

/** 子证情况 against the number: a sub-certificate carries "-n", a main certificate does not (001 C.2). */
export function checkSubCertMark(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("subCert")) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const stated = sheet.str("subCert", i);
    const certNo = sheet.str("certNo", i);
    if (stated === undefined || certNo === undefined) continue;
    // Only a number with "-" can carry a sub-certificate part: a main certificate without one is consistent.
    if (stated !== "子证书" && !certNo.includes("-")) continue;
    const parts = certParts(ctx, certNo);
    if (!parts) continue;
    const isSub = parts.sub !== null;
    if ((stated === "子证书") === isSub) continue;
    ctx.sink.add("CERT-SUB-MISMATCH", sheet.name, sheet.rows[i] ?? 0, sheet.col("subCert"), {
      stated,
      certNo,
      actual: isSub ? "带子证书序号，是子证书" : "没有子证书序号（-n），是主证书",
      actualEn: isSub ? "carries a sub-certificate suffix" : "has no sub-certificate suffix (-n)",
    });
  }
}

/** End before start, for each pair of dates a report has. */
const DATE_PAIRS: ReadonlyArray<[string, string]> = [
  ["auditStart", "auditEnd"],
  ["teamStart", "teamEnd"],
  ["suspendStart", "suspendEnd"],
];

export function checkDateOrder(sheet: ParsedSheet, ctx: CheckContext): void {
  for (const [startKey, endKey] of DATE_PAIRS) {
    if (!sheet.has(startKey) || !sheet.has(endKey)) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const start = sheet.num(startKey, i);
      const end = sheet.num(endKey, i);
      if (start === undefined || end === undefined || end >= start) continue;
      const row = sheet.rows[i] ?? 0;
      ctx.sink.add(
        "AUDIT-DATES-ORDER",
        sheet.name,
        row,
        sheet.col(endKey),
        {
          endColumn: sheet.header(endKey),
          startColumn: sheet.header(startKey),
          end: toIso(end),
          start: toIso(start),
        },
        { related: [a1(row, sheet.col(startKey))] },
      );
    }
  }
}
