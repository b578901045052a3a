/**
 * Self-inspection checks on the merged register (seed 002, DOMAIN §9.1 register): numbers used
 * again after withdrawal or cancellation, sub-certificates without or outliving their main
 * certificate, 有效 though expired, validity beyond the profile's years, suspensions beyond the
 * profile's months, audit days below the minimum, and accreditation marks against the scopes the
 * user lists as accredited. Each indexes by certificate number once; no row is compared with all.
 */
import { auditDaysMinimum } from "../audit-time";
import { latestExpiry, suspensionEnd } from "../dates";
import { toIso, type EpochDay } from "../dates/civil";
import { attempt } from "../problem";
import { getProfile, profileForScheme, type RuleProfile } from "../profiles";
import type { StatsSink } from "./findings";
import { reportedOn, statusLabel, whereOf, type Merged } from "./merge";
import { stateAsOf } from "./state";
import type { RegisterRecord } from "./types";
import { riskWordOf, schemeOfCertNo } from "./words";

const ENDED = new Set(["03", "04"]);

export interface Profiles {
  /** The profile of the record's scheme (认证项目, else the number's scheme part); undefined if none. */
  exact(record: RegisterRecord): RuleProfile | undefined;
  /** The same, or the chosen default profile for rules every profile shares (validity, suspension). */
  orDefault(record: RegisterRecord): RuleProfile;
}

export function profileCache(defaultId: string): Profiles {
  const byScheme = new Map<string, RuleProfile | null>();
  const fallback = getProfile(defaultId);
  const lookup = (scheme: string | undefined): RuleProfile | undefined => {
    if (scheme === undefined) return undefined;
    let profile = byScheme.get(scheme);
    if (profile === undefined) {
      const found = attempt(() =>
        profileForScheme(scheme, fallback.scheme.code === scheme ? defaultId : undefined),
      );
      profile = found.ok ? found.value : null;
      byScheme.set(scheme, profile);
    }
    return profile ?? undefined;
  };
  const exact = (record: RegisterRecord) => lookup(record.scheme) ?? lookup(schemeOfCertNo(record.certNo));
  return { exact, orDefault: (record) => exact(record) ?? fallback };
}

/** A withdrawn or cancelled number is never used again (001 C.5). */
export function checkReused(merged: Merged, sink: StatsSink): void {
  for (const [certNo, records] of merged.history) {
    if (records.length < 2) continue;
    let ended: RegisterRecord | undefined;
    for (const r of records)
      if (
        r.status &&
        ENDED.has(r.status) &&
        r.statusDate !== undefined &&
        (!ended || r.statusDate < (ended.statusDate ?? 0))
      )
        ended = r;
    if (!ended || ended.statusDate === undefined) continue;
    const when = ended.statusDate;
    for (const r of records) {
      if (r === ended || (r.status !== "01" && r.status !== "02")) continue;
      const day = r.issueDate !== undefined && r.issueDate > when ? r.issueDate : reportedOn(r);
      if (!(day > when)) continue;
      const withdrawn = ended.status === "03";
      sink.add(
        "STATS-REUSED",
        r,
        "certNo",
        {
          certNo,
          date: toIso(when),
          status: withdrawn ? "撤销" : "注销",
          statusEn: withdrawn ? "withdrawn" : "cancelled",
          other: whereOf(ended),
          laterStatus: statusLabel(r),
          laterStatusEn: r.status === "01" ? "valid" : "suspended",
        },
        certNo,
      );
    }
  }
}

/** Sub-certificates: the main one must be in the register, and the sub must not outlive it. */
export function checkSubCertificates(merged: Merged, asOf: EpochDay, sink: StatsSink): void {
  for (const record of merged.latest.values()) {
    if (!record.sub || record.mainCertNo === undefined) continue;
    const main = merged.latest.get(record.mainCertNo);
    if (!main) {
      sink.add(
        "STATS-SUB-NO-MAIN",
        record,
        "certNo",
        { certNo: record.certNo, main: record.mainCertNo },
        record.certNo,
      );
      continue;
    }
    if (
      record.expiryDate !== undefined &&
      main.expiryDate !== undefined &&
      record.expiryDate > main.expiryDate
    ) {
      sink.add(
        "STATS-SUB-OUTLIVES-MAIN",
        record,
        "expiryDate",
        {
          certNo: record.certNo,
          main: main.certNo,
          what: `截止 ${toIso(record.expiryDate)}`,
          whatEn: `expires ${toIso(record.expiryDate)}`,
          mainWhat: `截止 ${toIso(main.expiryDate)}`,
          mainWhatEn: `expires ${toIso(main.expiryDate)}`,
        },
        record.certNo,
      );
      continue;
    }
    const subState = stateAsOf(record, asOf);
    const mainState = stateAsOf(main, asOf);
    if (
      subState.kind === "state" &&
      (subState.state === "有效" || subState.state === "暂停") &&
      mainState.kind === "state" &&
      mainState.since !== undefined
    )
      sink.add(
        "STATS-SUB-OUTLIVES-MAIN",
        record,
        "certStatus",
        {
          certNo: record.certNo,
          main: main.certNo,
          what: `在 ${toIso(asOf)} 仍为「${subState.state}」`,
          whatEn: `is still ${subState.state === "有效" ? "valid" : "suspended"} on ${toIso(asOf)}`,
          mainWhat: `${toIso(mainState.since)} 起${mainState.state}`,
          mainWhatEn: `${mainState.state === "过期" ? "expired" : mainState.state === "撤销" ? "withdrawn" : "cancelled"} from ${toIso(mainState.since)}`,
        },
        record.certNo,
      );
  }
}

/** 有效 or 暂停 in the register though the expiry is before the date (DOMAIN §10). */
export function checkValidButExpired(merged: Merged, asOf: EpochDay, sink: StatsSink): void {
  for (const r of merged.latest.values()) {
    if ((r.status !== "01" && r.status !== "02") || r.expiryDate === undefined || r.expiryDate >= asOf)
      continue;
    if (r.issueDate !== undefined && r.issueDate > asOf) continue;
    sink.add(
      "STATS-VALID-EXPIRED",
      r,
      "certStatus",
      {
        certNo: r.certNo,
        status: statusLabel(r),
        statusEn: r.status === "01" ? "valid" : "suspended",
        expiry: toIso(r.expiryDate),
        asOf: toIso(asOf),
      },
      r.certNo,
    );
  }
}

/**
 * A date rule of the core applied once per rule and start day: 200 000 certificates start on a few
 * thousand days, and the core builds each answer with its explained steps. Null when the core
 * refuses the day.
 */
function perRuleAndDay<Rule extends object>(
  compute: (day: EpochDay, rule: Rule) => EpochDay,
): (day: EpochDay, rule: Rule) => EpochDay | null {
  const cache = new Map<Rule, Map<EpochDay, EpochDay | null>>();
  return (day, rule) => {
    let byDay = cache.get(rule);
    if (!byDay) cache.set(rule, (byDay = new Map()));
    let result = byDay.get(day);
    if (result === undefined) {
      const found = attempt(() => compute(day, rule));
      result = found.ok ? found.value : null;
      byDay.set(day, result);
    }
    return result;
  };
}

/** Validity at most the profile's years from issue (004 6.2.1, core/dates latestExpiry). */
export function checkValidity(merged: Merged, profiles: Profiles, sink: StatsSink): void {
  const latestOf = perRuleAndDay(
    (issue, rule: RuleProfile["dates"]["validity"]) => latestExpiry(issue, undefined, rule).date,
  );
  for (const r of merged.latest.values()) {
    if (r.issueDate === undefined || r.expiryDate === undefined) continue;
    const rule = profiles.orDefault(r).dates.validity;
    const latest = latestOf(r.issueDate, rule);
    if (latest === null || r.expiryDate <= latest) continue;
    sink.add(
      "STATS-VALIDITY-TOO-LONG",
      r,
      "expiryDate",
      {
        certNo: r.certNo,
        issue: toIso(r.issueDate),
        expiry: toIso(r.expiryDate),
        years: rule.maxYears,
        latest: toIso(latest),
      },
      r.certNo,
    );
  }
}

/** A suspension lasting beyond the profile's months (004 7.2.2): to its end, or to the date if still suspended. */
export function checkSuspensions(merged: Merged, asOf: EpochDay, profiles: Profiles, sink: StatsSink): void {
  const limitOf = perRuleAndDay(
    (start, rule: RuleProfile["dates"]["suspensionMaxMonths"]) => suspensionEnd(start, rule).date,
  );
  for (const r of merged.latest.values()) {
    if (r.status !== "02") continue;
    const start = r.suspendStart ?? r.statusDate;
    if (start === undefined || start > asOf) continue;
    const end = r.suspendEnd ?? asOf;
    const rule = profiles.orDefault(r).dates.suspensionMaxMonths;
    const limit = limitOf(start, rule);
    if (limit === null || end <= limit) continue;
    sink.add(
      "STATS-SUSPENSION-TOO-LONG",
      r,
      r.suspendEnd !== undefined ? "suspendEnd" : "certStatus",
      {
        certNo: r.certNo,
        start: toIso(start),
        end: r.suspendEnd !== undefined ? toIso(end) : `${toIso(end)}（仍暂停）`,
        months: rule.months,
        latest: toIso(limit),
      },
      r.certNo,
    );
  }
}

function nested<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map() as V));
  return inner;
}

/** Activities without an audit (变更, other) carry no person-days to check. */
const NO_AUDIT = /^(04|05|06|99|变更|其他|特殊审核)$/;

/**
 * Audit days below the minimum (002 合评计调自查 4): the same calculation as the monthly check,
 * largest reduction allowed (core/audit-time auditDaysMinimum), on every reported audit row.
 * Returns how many rows could be checked.
 */
export function checkAuditDays(
  records: readonly RegisterRecord[],
  profiles: Profiles,
  sink: StatsSink,
): number {
  // Minimum by profile, activity, risk and headcount: nested maps, no key string built per row.
  const cache = new Map<string, Map<string, Map<string, Map<number, number | null>>>>();
  const noAudit = new Map<string, boolean>();
  let checked = 0;
  for (const r of records) {
    if (r.auditDays === undefined || r.employees === undefined || r.activity === undefined) continue;
    let skip = noAudit.get(r.activity);
    if (skip === undefined) noAudit.set(r.activity, (skip = NO_AUDIT.test(r.activity)));
    if (skip) continue;
    // No profile for the scheme (a QMS certificate of another body): its time table is not ours.
    const profile = profiles.exact(r);
    if (!profile) continue;
    const risk = (r.risk !== undefined ? riskWordOf(r.risk) : undefined) ?? r.scopes[0];
    const byHeadcount = nested(nested(nested(cache, profile.id), r.activity), risk ?? "");
    let minimum = byHeadcount.get(r.employees);
    if (minimum === undefined) {
      const result = attempt(
        () => auditDaysMinimum({ employees: r.employees, risk, type: r.activity, profile: profile.id }).days,
      );
      minimum = result.ok ? result.value : null;
      byHeadcount.set(r.employees, minimum);
    }
    if (minimum === null) continue;
    checked++;
    if (r.auditDays < minimum)
      sink.add(
        "STATS-DAYS-BELOW-MINIMUM",
        r,
        "auditDays",
        {
          certNo: r.certNo,
          activity: `「${r.activity}」`,
          activityEn: r.activity,
          days: r.auditDays,
          minimum,
          profile: profile.id,
          employees: r.employees,
        },
        r.certNo,
      );
  }
  return checked;
}

/** A scope is inside an accredited code when equal to it or below it ("03" covers "03.01.02"). */
function covered(scope: string, accredited: readonly string[]): boolean {
  return accredited.some((a) => scope === a || scope.startsWith(`${a}.`));
}

/** CNAS mark outside the accredited scopes; accredited scopes issued without it (002 合评计调自查 6–7). */
export function checkMarks(
  live: readonly RegisterRecord[],
  accredited: readonly string[],
  sink: StatsSink,
): void {
  // Rows read from one cell text share their scope list (words.ts scopesOf): sorted out once.
  const outsideOf = new Map<readonly string[], string[]>();
  for (const r of live) {
    // A sheet without a mark column says nothing about marks (a friendly 证书台账): not checked.
    if (r.scopes.length === 0 || r.src.columns.accreditation === undefined) continue;
    const marked = r.marks.includes("01");
    let outside = outsideOf.get(r.scopes);
    if (!outside) outsideOf.set(r.scopes, (outside = r.scopes.filter((s) => !covered(s, accredited))));
    if (marked && outside.length > 0)
      sink.add(
        "STATS-MARK-OUTSIDE-SCOPE",
        r,
        "accreditation",
        { certNo: r.certNo, scopes: outside.join(";") },
        r.certNo,
      );
    else if (!marked && r.marks.length === 0 && outside.length === 0)
      sink.add(
        "STATS-ACCREDITED-WITHOUT-MARK",
        r,
        "accreditation",
        { certNo: r.certNo, scopes: r.scopes.join(";") },
        r.certNo,
      );
  }
}
