/**
 * Rounding to half person-days (DOMAIN §3.5). `004 5.4.2.3`: "if the result has a fraction, adjust
 * it to the nearest half person-day"; `003 5.7.4` gives 5.3 → 5.5 and 5.2 → 5. Exact ties go up
 * (5.25 → 5.5, 2.75 → 3). A profile names its rule, so a body that rounds up can say so; a
 * maximum (e.g. remote time ≤ 30 %) rounds down so the cap is never exceeded.
 */
import { ExactRangeError, floorDiv, type Rational } from "./rational";

export const ROUNDING_RULES = ["nearestHalf", "upToHalf", "downToHalf"] as const;

export type RoundingRule = (typeof ROUNDING_RULES)[number];

function halves(twice: number): Rational {
  return twice % 2 === 0 ? { n: twice / 2, d: 1 } : { n: twice, d: 2 };
}

function safe(...values: number[]): void {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new ExactRangeError(String(v));
}

/** round½: nearest multiple of ½, exact ties up. ⌊2x + ½⌋ / 2 = ⌊(4n + d) / 2d⌋ / 2. */
export function roundHalf(x: Rational): Rational {
  if (x.d <= 2) return x;
  const num = 4 * x.n + x.d;
  const den = 2 * x.d;
  safe(num, den);
  return halves(floorDiv(num, den));
}

/** Smallest multiple of ½ not below x. */
export function ceilHalf(x: Rational): Rational {
  if (x.d <= 2) return x;
  safe(2 * x.n);
  return halves(-floorDiv(-2 * x.n, x.d));
}

/** Largest multiple of ½ not above x. */
export function floorHalf(x: Rational): Rational {
  if (x.d <= 2) return x;
  safe(2 * x.n);
  return halves(floorDiv(2 * x.n, x.d));
}

export function roundBy(rule: RoundingRule, x: Rational): Rational {
  switch (rule) {
    case "nearestHalf":
      return roundHalf(x);
    case "upToHalf":
      return ceilHalf(x);
    case "downToHalf":
      return floorHalf(x);
  }
}
