/**
 * The annual classification statistics and the register self-inspection in one call (DOMAIN §10,
 * §9.1): merge the reports, state every certificate on 31 December of the year, build the four
 * tables, count the recent years, run every check. Adapters (CLI `stats`, the statistics pane)
 * call this once and only show what it returns.
 */
import { DEFAULT_PROFILE_ID, getProfile } from "../profiles";
import { fromYmd, toIso, yearOf } from "../dates/civil";
import { fail } from "../problem";
import { selfInspectionCounts } from "./counts";
import { orderedEntries } from "./names";
import { StatsSink } from "./findings";
import { mergeRecords } from "./merge";
import { STATS_CHECKS, type StatsCheckId } from "./messages";
import {
  checkAuditDays,
  checkMarks,
  checkReused,
  checkSubCertificates,
  checkSuspensions,
  checkValidButExpired,
  checkValidity,
  profileCache,
} from "./register-checks";
import { buildTables } from "./tables";
import { auditorCount, checkOverlaps, checkPerAuditor, checkStages, checkYearDays } from "./team-checks";
import type { AnnualStatistics, CheckRun, StatsInput, StatsOptions } from "./types";
import { scopeCodeOf } from "./words";

function checkOptions(options: StatsOptions): Required<Pick<StatsOptions, "year" | "years" | "profile">> {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 9998)
    fail("stats.yearInvalid", "000 4.3.5.2", { value: String(year) });
  const years = options.years ?? 3;
  if (!Number.isInteger(years) || years < 1 || years > 20)
    fail("stats.yearsInvalid", "002 附件 一", { value: String(years) });
  const given = options.auditorCount;
  if (given !== undefined && (!Number.isInteger(given) || given < 1))
    fail("stats.auditorsInvalid", "001 3.10", { value: String(given) });
  for (const code of options.accreditedScopes ?? [])
    if (scopeCodeOf(code) !== code) fail("stats.scopeListInvalid", "002 合评计调自查 6", { value: code });
  const profile = getProfile(options.profile ?? DEFAULT_PROFILE_ID);
  // Without categories every certificate would land in 无法归类 with a finding each (SR-GGBZ).
  if (profile.categories.items.length === 0)
    fail("stats.profileNoCategories", "000 4.3.5.2(3)", { profile: profile.id, example: DEFAULT_PROFILE_ID });
  return { year, years, profile: profile.id };
}

/** The years the data speaks of: earliest issue to the latest date any row carries. */
function dataYears(input: StatsInput): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const r of input.registers) {
    if (r.issueDate !== undefined && r.issueDate < from) from = r.issueDate;
    if (r.issueDate !== undefined && r.issueDate > to) to = r.issueDate;
    if (r.statusDate !== undefined && r.statusDate > to) to = r.statusDate;
    if (r.auditEnd !== undefined && r.auditEnd > to) to = r.auditEnd;
    if (r.reportDate !== undefined && r.reportDate > to) to = r.reportDate;
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from: yearOf(from), to: yearOf(to) } : null;
}

export function annualStatistics(input: StatsInput, options: StatsOptions): AnnualStatistics {
  const { year, years, profile } = checkOptions(options);
  const asOf = fromYmd(year, 12, 31);
  const sink = new StatsSink();
  const runs: CheckRun[] = [];
  const ran = (id: StatsCheckId, before: number, reason?: string) => {
    const run: CheckRun = {
      id,
      clause: STATS_CHECKS[id].clause,
      ran: reason === undefined,
      findings: sink.list.length - before,
    };
    if (reason !== undefined) run.reason = reason;
    runs.push(run);
  };
  const step = (id: StatsCheckId, fn: () => string | undefined) => {
    const before = sink.list.length;
    ran(id, before, fn());
  };

  if (input.registers.length === 0) sink.add("STATS-NO-CERTIFICATES", null, null, {});
  const merged = mergeRecords(input.registers, input.sheets, sink);
  const span = dataYears(input);
  if (span && (year < span.from || year > span.to))
    sink.add("STATS-YEAR-OUTSIDE-DATA", null, null, { year, from: span.from, to: span.to });
  const tables = buildTables(merged, year, profile, sink);
  const profiles = profileCache(profile);

  step("STATS-REUSED", () => void checkReused(merged, sink));
  step("STATS-SUB-NO-MAIN", () => void checkSubCertificates(merged, asOf, sink));
  step("STATS-VALID-EXPIRED", () => void checkValidButExpired(merged, asOf, sink));
  step("STATS-VALIDITY-TOO-LONG", () => void checkValidity(merged, profiles, sink));
  step("STATS-SUSPENSION-TOO-LONG", () => void checkSuspensions(merged, asOf, profiles, sink));
  step("STATS-DAYS-BELOW-MINIMUM", () =>
    checkAuditDays(input.registers, profiles, sink) > 0
      ? undefined
      : "没有同时给出审核活动、有效人数和审核人日数的行（证书台账不含这些字段，请给出月报或证书信息表）",
  );
  step("STATS-AUDITOR-OVER-180", () => {
    if (input.team.length === 0 && input.auditors.length === 0) return "没有审核组成员或审核人员年报数据";
    checkYearDays(input.team, input.auditors, year, sink);
    return undefined;
  });
  step("STATS-AUDITOR-OVERLAP", () => {
    if (input.team.length === 0) return "没有审核组成员数据";
    checkOverlaps(input.team, sink);
    return undefined;
  });
  step("STATS-STAGE1-NOT-IN-STAGE2", () =>
    checkStages(input.team, sink) > 0 ? undefined : "没有同一证书同时含第一、二阶段（0101/0102）的审核组数据",
  );
  step("STATS-CERTS-PER-AUDITOR", () => {
    const auditors = auditorCount(options.auditorCount, input.team, input.auditors);
    if (!auditors) return "审核员人数未知：请给出审核组或审核人员年报数据，或直接给出人数";
    checkPerAuditor(tables.totalValid, auditors, sink);
    return undefined;
  });
  const accredited = options.accreditedScopes;
  step("STATS-MARK-OUTSIDE-SCOPE", () => {
    if (!accredited || accredited.length === 0) return "未给出认可范围代码";
    checkMarks(tables.live, accredited, sink);
    return undefined;
  });

  return {
    year,
    asOf: toIso(asOf),
    issued: tables.issued,
    totalValid: tables.totalValid,
    byStatus: tables.byStatus,
    byScope: sortedKeys(tables.byScope),
    byProvince: sortedKeys(tables.byProvince),
    byScheme: sortedKeys(tables.byScheme),
    provinceSum: tables.provinceSum,
    selfInspection: selfInspectionCounts(merged, year, years),
    findings: sink.list,
    checksRun: runs,
    merge: merged.report,
    excluded: tables.excluded,
  };
}

/** Codes in order, 无法归类 last (JSON keeps integer-like keys first; readers should not rely on order). */
function sortedKeys(table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(orderedEntries(table));
}
