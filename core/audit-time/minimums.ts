/**
 * Limits derived from a determined time (DOMAIN §3.6): on-site ≥ 80 % (004 5.4.2.3), each sampled
 * site ≥ 50 % of the on-site time its own headcount gives (004 5.4.3.5), a combined audit ≥ 80 % of
 * the separate times (004 5.4.2.4), and SR-GGBZ remote time ≤ 30 % of on-site time (003 5.4.5.3).
 * Percentages and rounding come from the profile.
 */
import { fail } from "../problem";
import { showValue, toPositiveNumber } from "../input/coerce";
import { isBlank } from "../input/normalize";
import { add, ExactRangeError, fromNumber, mul, toNumber, ZERO, type Rational } from "../exact";
import { roundBy, type RoundingRule } from "../exact/rounding";
import { resolveProfile } from "../profiles/registry";
import { calculate } from "./audit-days";
import { compiled } from "./compiled";
import type { CalcStep, DerivedDays } from "./types";

function exactDays(value: unknown, field: string, clause: string): { number: number; exact: Rational } {
  const number = toPositiveNumber(value, field, clause);
  try {
    return { number, exact: fromNumber(number) };
  } catch (error) {
    if (error instanceof ExactRangeError)
      fail("auditTime.outOfRange", clause, { field, value: showValue(value) });
    throw error;
  }
}

function share(
  id: string,
  clause: string,
  days: number,
  whole: Rational,
  pct: Rational,
  pctShown: number,
  rule: RoundingRule,
  extra: Record<string, string | number> = {},
): CalcStep {
  try {
    const exact = mul(whole, pct);
    return {
      id,
      clause,
      values: { days, pct: pctShown, exact: toNumber(exact), ...extra },
      result: toNumber(roundBy(rule, exact)),
    };
  } catch (error) {
    // A headcount's days never get here; a hand-typed 562981601457398 person-days does.
    if (error instanceof ExactRangeError)
      fail("auditTime.outOfRange", clause, { field: "days", value: days });
    throw error;
  }
}

/** On-site time ≥ 80 % of the determined time: round½(0.8 × days). */
export function onsiteMinimum(days: unknown, profile?: unknown): DerivedDays {
  const p = resolveProfile(profile);
  const { number, exact } = exactDays(days, "days", p.onsite.clause);
  const step = share(
    "onsite",
    p.onsite.clause,
    number,
    exact,
    compiled(p).onsite,
    p.onsite.pct,
    p.rounding.rule,
  );
  return { days: step.result, steps: [step] };
}

export interface SiteInput {
  siteEmployees?: unknown;
  /** Alias of siteEmployees (the CERT.SITEDAYS adapter passes `employees`). */
  employees?: unknown;
  risk?: unknown;
  /** Required, as in auditDays. */
  type: unknown;
  profile?: unknown;
}

/** A sampled site ≥ 50 % of the on-site time for its own headcount: round½(0.5 × round½(0.8 × days)). */
export function siteMinimum(input: SiteInput): DerivedDays {
  const p = resolveProfile(input.profile);
  const c = compiled(p);
  const siteEmployees = input.siteEmployees !== undefined ? input.siteEmployees : input.employees;
  const own = calculate(
    { employees: siteEmployees, risk: input.risk, type: input.type, profile: p },
    true,
    false,
    "siteEmployees",
  );
  const onsite = share(
    "onsite",
    p.onsite.clause,
    own.days,
    fromNumber(own.days),
    c.onsite,
    p.onsite.pct,
    p.rounding.rule,
  );
  const site = share(
    "site",
    p.site.clause,
    onsite.result,
    fromNumber(onsite.result),
    c.site,
    p.site.pct,
    p.rounding.rule,
  );
  return { days: site.result, steps: [...own.steps, onsite, site] };
}

/** Combined audit ≥ 80 % of the sum of the separate times (004 5.4.2.4). */
export function combinedMinimum(days: unknown[] | unknown, profile?: unknown): DerivedDays {
  const p = resolveProfile(profile);
  // Blank entries are systems not given (optional COMBINEDDAYS arguments arrive as null).
  const list = (Array.isArray(days) ? days : [days]).filter((d) => !isBlank(d));
  if (list.length === 0) fail("auditTime.combinedEmpty", p.combined.clause);
  // A combined audit joins at least two systems; one system keeps its own full time (004 5.4.2.4).
  if (list.length === 1) fail("auditTime.combinedSingle", p.combined.clause, { value: showValue(list[0]) });
  let sum = ZERO;
  const shown: number[] = [];
  for (const d of list) {
    const { number, exact } = exactDays(d, "days", p.combined.clause);
    shown.push(number);
    try {
      sum = add(sum, exact);
    } catch (error) {
      if (error instanceof ExactRangeError)
        fail("auditTime.outOfRange", p.combined.clause, { field: "days", value: shown.join(" + ") });
      throw error;
    }
  }
  const step = share(
    "combined",
    p.combined.clause,
    toNumber(sum),
    sum,
    compiled(p).combined,
    p.combined.pct,
    p.rounding.rule,
    {
      days: shown.join(" + "),
      sum: toNumber(sum),
    },
  );
  return { days: step.result, steps: [step] };
}

/** Remote audit time ≤ 30 % of on-site time (003 5.4.5.3); only profiles that set the limit. */
export function remoteMaximum(onsiteDays: unknown, profile?: unknown): DerivedDays {
  const p = resolveProfile(profile);
  const remote = p.remote;
  const limit = compiled(p).remote;
  if (!remote || !limit) return fail("auditTime.noRemoteRule", "本工具约定", { profile: p.id });
  const { number, exact } = exactDays(onsiteDays, "days", remote.clause);
  const step = share("remote", remote.clause, number, exact, limit, remote.pct, remote.rounding);
  return { days: step.result, steps: [step] };
}
