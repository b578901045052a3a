/**
 * The documented adjustment as the factors behind it (DOMAIN §3.3, 001 附录B 注4): each chosen
 * factor of the profile with the percentage the scheduler judged, read as people type it, summed
 * exactly and recorded as one step per factor, so the record shows why the time moved.
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "../input/normalize";
import { parseDecimalText, showValue } from "../input/coerce";
import { add, ExactRangeError, fromNumber, neg, toNumber, ZERO, type Rational } from "../exact";
import type { AdjustFactor, RuleProfile } from "../profiles/schema";
import type { CalcStep, FactorInput } from "./types";

export interface FactorAdjustment {
  /** The signed sum, in percent: increases positive, reductions negative. */
  pct: Rational;
  steps: CalcStep[];
}

const DIRECTION_WORD = { increase: "增加", reduce: "减少" } as const;
const DIRECTION_WORD_EN = { increase: "increase", reduce: "reduction" } as const;

function factorOf(profile: RuleProfile, id: unknown): AdjustFactor {
  const found = profile.adjustFactors.items.find((f) => f.id === id);
  if (found) return found;
  const known = profile.adjustFactors.items.map((f) => f.id);
  return fail("auditTime.factorUnknown", profile.adjustFactors.clause, {
    profile: profile.id,
    value: showValue(id),
    known: known.join("、"),
    knownEn: known.join(", "),
  });
}

/**
 * The size of one factor's adjustment. A reduction field takes "10", "-10", "10%" or "−10 %" as
 * the same 10 % reduction (the field already says which way); an increase is never negative.
 */
export function readFactorPct(factor: AdjustFactor, value: unknown): Rational {
  const params = {
    factor: factor.label,
    direction: DIRECTION_WORD[factor.direction],
    directionEn: DIRECTION_WORD_EN[factor.direction],
    value: showValue(value),
  };
  if (isBlank(value)) fail("auditTime.factorPctBlank", factor.clause, params);
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? parseDecimalText(normalizeText(value).text.replace(/\s*[%％]$/, ""))
        : null;
  if (n === null || !Number.isFinite(n)) return fail("auditTime.factorPctNotNumber", factor.clause, params);
  if (n === 0) fail("auditTime.factorPctZero", factor.clause, params);
  if (factor.direction === "increase" && n < 0) fail("auditTime.factorPctNegative", factor.clause, params);
  try {
    return fromNumber(Math.abs(n));
  } catch (error) {
    if (error instanceof ExactRangeError)
      fail("auditTime.outOfRange", factor.clause, { field: "adjustPct", value: n });
    throw error;
  }
}

/** The chosen factors' exact signed sum and their steps (null steps when the record is off). */
export function factorAdjustment(
  profile: RuleProfile,
  entries: readonly FactorInput[],
  record: boolean,
): FactorAdjustment {
  let pct = ZERO;
  const steps: CalcStep[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const factor = factorOf(profile, entry.id);
    if (seen.has(factor.id))
      fail("auditTime.factorTwice", factor.clause, { factor: factor.label, value: factor.id });
    seen.add(factor.id);
    const size = readFactorPct(factor, entry.pct);
    const signed = factor.direction === "increase" ? size : neg(size);
    pct = add(pct, signed);
    if (record)
      steps.push({
        id: "adjust.factor",
        clause: factor.clause,
        values: { factor: factor.label, direction: factor.direction, pct: toNumber(signed) },
        result: toNumber(signed),
      });
  }
  return { pct, steps };
}
