/**
 * Certificate lifecycle dates (DOMAIN §6). Every limit comes from the profile's date rules
 * (`DateRules`, rules-schema.ts), passed in by the caller; these functions hold no rule numbers.
 *
 * Two readings of "N months", fixed here once:
 * - a period counted from a day, "within N months of D" (validity, first surveillance, NC
 *   verification, suspension, decision): the last day is addMonths(D, N) − 1, as 3 years from
 *   2026-01-15 end on 2029-01-14 (DOMAIN §6);
 * - a gap between two events, "not more than N months apart" (surveillance spacing, stage 1 →
 *   stage 2): the later event may fall on addMonths(previous, N), a gap of exactly N months.
 * Months are calendar months clamped to the month's end like Excel's EDATE (civil.ts).
 */
import { showValue, toWholeNumber } from "../input/coerce";
import { parseAuditType } from "../audit-time/audit-type";
import type { AuditType } from "../audit-time/types";
import { fail } from "../problem";
import { addMonths, addYears, fromYmd, toIso, yearOf, type EpochDay } from "./civil";
import type { DateRules, SurveillanceRule } from "./rules-schema";
import { checkDay, checkResult, step, withinMonths, type DateResult, type DateStep } from "./steps";

export type { DateResult, DateStep } from "./steps";

/**
 * Latest expiry of a certificate issued on `issue` (004 6.2.1): issue + maxYears − 1 day. A
 * re-certification certificate also ends no later than the previous expiry + maxYears (004 6.2.3).
 */
export function latestExpiry(
  issue: EpochDay,
  previousExpiry: EpochDay | undefined,
  rule: DateRules["validity"],
): DateResult {
  checkDay(issue, "issueDate");
  const own = step("date.step.validity", rule.clause, addYears(issue, rule.maxYears) - 1, {
    issue: toIso(issue),
    years: rule.maxYears,
  });
  if (previousExpiry === undefined) return { date: own.result, clause: own.clause, steps: [own] };
  checkDay(previousExpiry, "previousExpiry");
  const cap = addYears(previousExpiry, rule.maxYears);
  // A cap on or before the issue date means the previous cycle ended long before: no valid expiry exists.
  if (cap <= issue)
    fail("date.previousExpiryTooOld", rule.recertClause, {
      previous: toIso(previousExpiry),
      years: rule.maxYears,
      cap: toIso(cap),
      issue: toIso(issue),
    });
  const date = Math.min(own.result, cap);
  const capStep = step("date.step.recertCap", rule.recertClause, date, {
    previous: toIso(previousExpiry),
    years: rule.maxYears,
    cap: toIso(cap),
  });
  return { date, clause: cap < own.result ? capStep.clause : own.clause, steps: [own, capStep] };
}

/** Surveillances counted per cycle; far more than any cycle holds, it only stops runaway input. */
const MAX_SURVEILLANCES = 99;

function toSurveillanceCount(n: unknown, clause: string): number {
  const count = toWholeNumber(n, "n", clause, 1);
  if (count > MAX_SURVEILLANCES)
    fail("date.survCountRange", clause, { value: count, max: MAX_SURVEILLANCES });
  return count;
}

const FROM_LABELS = {
  issue: { zh: "颁证日期", en: "the issue date", field: "issueDate" },
  decision: { zh: "认证决定日期", en: "the certification decision", field: "decisionDate" },
} as const;

/**
 * Latest date of the n-th surveillance after `from` (the issue or the certification decision, as
 * `rule.from` says), when every earlier surveillance was held on its own latest date — the most
 * the rules allow. With R = from and S(k) the latest k-th surveillance:
 *   S(1) = min( addMonths(R, first) − 1, [yearly] 31 Dec of year(R) + 1, [cap 1] )
 *   S(k) = min( addMonths(S(k−1), maxGap), [yearly] 31 Dec of year(S(k−1)) + 1, [cap k] )
 * where [yearly] applies when `oncePerCalendarYear` (no calendar year may pass without one, so the
 * next must come by the end of the year after the previous one) and [cap k] = addMonths(R, m) − 1
 * for an `nthWithinMonths` entry { n: k, months: m }. Results:
 *   HG-HY (12/12, no yearly):  S(n) = addMonths(R, 12n) − 1 (2026-01-15 → 2027-01-14, 2028-01-14);
 *   HG-ZGLY (adds yearly and 2nd ≤ 24 months): the same dates, the 24-month cap deciding S(2);
 *   SR-GGBZ (12/15, yearly, from the decision): 2026-01-15 → 2027-01-14, 2028-04-14;
 *     2026-12-01 → 2027-11-30, 2028-12-31 (the calendar year decides).
 * The re-certification year's exemption from the yearly rule is left to the audit programme: n
 * counts surveillances inside one cycle.
 */
export function surveillanceDue(
  from: EpochDay,
  n: unknown,
  rule: SurveillanceRule,
  options: { record?: boolean } = {},
): DateResult {
  checkDay(from, FROM_LABELS[rule.from].field);
  const count = toSurveillanceCount(n, rule.clause);
  // Bulk paths (CERT.SURVDUE) ask for the date alone: the same limits, compared as numbers, with
  // no step objects or ISO texts built for a record nobody reads.
  const record = options.record !== false;
  const steps: DateStep[] = [];
  let previous: EpochDay | null = null;
  let clause = rule.clause;
  for (let k = 1; k <= count; k++) {
    const candidates: DateStep[] = [];
    // The earliest limit decides; on a tie the first listed (the most specific rule) wins.
    let best = Infinity;
    let bestClause = rule.clause;
    const consider = (result: EpochDay, limitClause: string): void => {
      checkResult(result, limitClause);
      if (result < best) {
        best = result;
        bestClause = limitClause;
      }
    };
    const cap = rule.nthWithinMonths.find((entry) => entry.n === k);
    if (cap) {
      const limit = withinMonths(from, cap.months);
      consider(limit, cap.clause);
      if (record)
        candidates.push(
          step("date.step.survNth", cap.clause, limit, {
            n: k,
            months: cap.months,
            from: toIso(from),
            fromLabel: FROM_LABELS[rule.from].zh,
            fromLabelEn: FROM_LABELS[rule.from].en,
          }),
        );
    }
    const base = previous === null ? from : previous;
    if (rule.oncePerCalendarYear) {
      const limit = fromYmd(yearOf(base) + 1, 12, 31);
      consider(limit, rule.clause);
      if (record)
        candidates.push(step("date.step.survYear", rule.clause, limit, { n: k, prevYear: yearOf(base) }));
    }
    if (previous === null) {
      const limit = withinMonths(from, rule.firstWithinMonths);
      consider(limit, rule.clause);
      if (record)
        candidates.push(
          step(`date.step.survFirst.${rule.from}`, rule.clause, limit, {
            months: rule.firstWithinMonths,
            from: toIso(from),
          }),
        );
    } else {
      const limit = addMonths(previous, rule.maxGapMonths);
      consider(limit, rule.clause);
      if (record)
        candidates.push(
          step("date.step.survGap", rule.clause, limit, {
            n: k,
            prev: k - 1,
            prevDate: toIso(previous),
            months: rule.maxGapMonths,
          }),
        );
    }
    if (record) steps.push(...candidates, step("date.step.survLatest", bestClause, best, { n: k }));
    previous = best;
    clause = bestClause;
  }
  return { date: previous as EpochDay, clause, steps };
}

export interface DateWindow {
  earliest: EpochDay;
  latest: EpochDay;
  clause: string;
  steps: DateStep[];
}

/** When stage 2 may start after stage 1 ended (004 5.6.1): at least minDays later, at most maxMonths apart. */
export function stage2Window(stage1End: EpochDay, rule: DateRules["stageGap"]): DateWindow {
  checkDay(stage1End, "stage1End");
  const first = step("date.step.stageGapMin", rule.clause, stage1End + rule.minDays, {
    stage1End: toIso(stage1End),
    days: rule.minDays,
  });
  const last = step("date.step.stageGapMax", rule.clause, addMonths(stage1End, rule.maxMonths), {
    months: rule.maxMonths,
  });
  return { earliest: first.result, latest: last.result, clause: rule.clause, steps: [first, last] };
}

export type NcAuditKind = "initial" | "surveillance" | "recertification";

/** Stage 2 ends the initial audit; stage 1 has no verification limit of its own. */
const NC_KINDS: Readonly<Partial<Record<AuditType, NcAuditKind>>> = {
  initial: "initial",
  stage2: "initial",
  surveillance: "surveillance",
  recertification: "recertification",
};

const EVENT_LABELS = {
  initial: { zh: "二阶段审核结束", en: "the end of stage 2" },
  surveillance: { zh: "监督审核结束", en: "the end of the surveillance audit" },
  recertification: { zh: "再认证审核结束", en: "the end of the re-certification audit" },
  decision: { zh: "现场审核结束", en: "the end of the on-site audit" },
  suspension: { zh: "暂停开始", en: "the start of the suspension" },
} as const;

function withinStep(
  event: keyof typeof EVENT_LABELS,
  from: EpochDay,
  months: number,
  clause: string,
): DateStep {
  return step("date.step.withinMonths", clause, withinMonths(from, months), {
    event: EVENT_LABELS[event].zh,
    eventEn: EVENT_LABELS[event].en,
    from: toIso(from),
    months,
  });
}

function single(s: DateStep): DateResult {
  return { date: s.result, clause: s.clause, steps: [s] };
}

/**
 * Latest date to verify the corrections of a major nonconformity (004 5.10.3, 003 5.10.3).
 * `kind` is an audit type in any spelling `parseAuditType` reads: initial or stage 2 (`auditEnd`
 * is then the end of stage 2), surveillance, re-certification. "Before expiry" means on the
 * expiry date at the latest: the certificate is still valid that day.
 */
export function ncVerificationDue(
  kind: unknown,
  auditEnd: EpochDay,
  expiry: EpochDay | undefined,
  rules: DateRules["ncVerification"],
): DateResult {
  const which = NC_KINDS[parseAuditType(kind)];
  if (which === undefined) return fail("date.ncKindUnknown", rules.clause, { value: showValue(kind) });
  checkDay(auditEnd, "auditEnd");
  if (which === "initial")
    return single(withinStep("initial", auditEnd, rules.initialMonthsAfterStage2, rules.clause));
  if (which === "surveillance")
    return single(withinStep("surveillance", auditEnd, rules.surveillanceMonthsAfterAudit, rules.clause));
  const recert = rules.recertification;
  if (recert.kind === "monthsAfterAudit")
    return single(withinStep("recertification", auditEnd, recert.months, recert.clause));
  if (expiry === undefined) return fail("date.expiryRequired", recert.clause);
  checkDay(expiry, "previousCertExpiry");
  return single(step("date.step.beforeExpiry", recert.clause, expiry, { expiry: toIso(expiry) }));
}

/** Last day a suspension may last (004 7.2.2); unresolved by then, the certificate is withdrawn (004 7.3(3)). */
export function suspensionEnd(start: EpochDay, rule: DateRules["suspensionMaxMonths"]): DateResult {
  checkDay(start, "suspensionStart");
  return single(withinStep("suspension", start, rule.months, rule.clause));
}

/** Latest day to apply for re-certification: at least N months before expiry (003 5.8.1). */
export function recertApplicationDue(
  expiry: EpochDay,
  rule: DateRules["recertApplicationMonthsBeforeExpiry"],
): DateResult {
  checkDay(expiry, "expiry");
  return single(
    step("date.step.monthsBefore", rule.clause, addMonths(expiry, -rule.months), {
      expiry: toIso(expiry),
      months: rule.months,
    }),
  );
}

/** Latest day for the initial certification decision after the on-site audit (004 5.12.3). */
export function decisionDue(auditEnd: EpochDay, rule: DateRules["decisionAfterAuditMaxMonths"]): DateResult {
  checkDay(auditEnd, "onsiteEnd");
  return single(withinStep("decision", auditEnd, rule.months, rule.clause));
}
