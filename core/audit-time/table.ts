/**
 * The table value for a headcount (DOMAIN §3.2). Step tables give the value of the first band whose
 * upper bound is not below the headcount (compared exactly: 15.4 is above 15). Linear tables
 * interpolate between the previous row's point and this row's (003 A.1 note 1), for every column.
 * Beyond the last row the bands continue by the profile's progression rule.
 */
import {
  add,
  compare,
  compareInteger,
  div,
  mul,
  roundToInteger,
  rat,
  roundBy,
  sub,
  toNumber,
  type Rational,
  type RoundingRule,
} from "../exact";
import type { CompiledProfile, TablePoint } from "./compiled";

export type Column = "days" | "stage1" | "recert";

export interface Band {
  upper: TablePoint;
  /** The previous table row (null in the first band). */
  previousRow: TablePoint | null;
  /** Where the band's segment starts: the previous row, or the curve's start in a linear table's first band. */
  lower: TablePoint | null;
}

/** Sign of headcount − bound; bounds are whole people, so compare without forming products. */
function versus(employees: Rational, bound: Rational): number {
  return bound.d === 1 ? compareInteger(employees, bound.n) : compare(employees, bound);
}

/** Extends the cached points by one progression band: bound × ratio (whole people), value + per-band step. */
function extend(c: CompiledProfile): void {
  const last = c.points[c.points.length - 1] as TablePoint;
  const next = (value: Rational | undefined, step: Rational | undefined): Rational | undefined =>
    value && step ? add(value, step) : value;
  c.points.push({
    upTo: rat(roundToInteger(mul(last.upTo, c.boundRatio))),
    days: add(last.days, c.perBand.days),
    stage1: next(last.stage1, c.perBand.stage1),
    recert: next(last.recert, c.perBand.recert),
    progression: true,
  });
}

export function findBand(c: CompiledProfile, employees: Rational): Band {
  const { points } = c;
  while (versus(employees, (points[points.length - 1] as TablePoint).upTo) > 0) extend(c);
  // Binary search: first point whose bound is ≥ the headcount.
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (versus(employees, (points[mid] as TablePoint).upTo) <= 0) hi = mid;
    else lo = mid + 1;
  }
  const previousRow = lo > 0 ? (points[lo - 1] as TablePoint) : null;
  return { upper: points[lo] as TablePoint, previousRow, lower: previousRow ?? c.start };
}

export interface ColumnValue {
  /** The table value, rounded to the profile's rule where interpolation made a fraction. */
  value: Rational;
  /** The interpolated value before rounding (= value for step tables). */
  exact: number;
  /** Segment used (linear): x0 → x1, y0 → y1; null when the headcount is at or below the curve's start. */
  segment: { x0: Rational; y0: Rational; x1: Rational; y1: Rational } | null;
}

/**
 * The value of one column at the headcount. For a linear table this is y0 + (e − x0)·(y1 − y0)/(x1 − x0);
 * table values are multiples of ½ (schema), so rounding the increment and adding y0 is rounding
 * the sum — and keeps the numbers small enough to stay exact for any headcount.
 */
export function columnValue(
  c: CompiledProfile,
  band: Band,
  employees: Rational,
  column: Column,
  rule: RoundingRule,
): ColumnValue {
  const y1 = band.upper[column] as Rational;
  const lower = band.lower;
  if (!c.linear || !lower) return { value: y1, exact: toNumber(y1), segment: null };
  const y0 = lower[column] as Rational;
  if (versus(employees, lower.upTo) <= 0) return { value: y0, exact: toNumber(y0), segment: null };
  const increment = div(mul(sub(employees, lower.upTo), sub(y1, y0)), sub(band.upper.upTo, lower.upTo));
  return {
    value: add(y0, roundBy(rule, increment)),
    exact: toNumber(y0) + toNumber(increment),
    segment: { x0: lower.upTo, y0, x1: band.upper.upTo, y1 },
  };
}

/** The band as the table writes it: "≤15", "176–275", "1–10" (a linear table's first row). */
export function bandLabel(band: Band): string {
  const to = toNumber(band.upper.upTo);
  if (band.previousRow) return `${toNumber(band.previousRow.upTo) + 1}–${to}`;
  return band.lower ? `${toNumber(band.lower.upTo)}–${to}` : `≤${to}`;
}
