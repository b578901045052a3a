/**
 * The record-off path of auditDays and auditDaysMinimum for bulk columns (issue 9: ≥ 3 M cells per
 * second) and validation's audit-time check. The same rules as compute() in audit-days.ts, worked
 * on plain integers: every table value, time and result is a whole number of half person-days
 * (schema: table values are multiples of ½), each rational is an unreduced numerator/denominator
 * pair, and each rounding is one floor division.
 * Equal values round alike whether reduced or not, so the answers are those of the general path.
 *
 * It answers only where every product is checked to stay a safe integer and the answer is not an
 * error; otherwise it returns null and the caller runs the general path, which then gives the
 * same answer or raises the error with its message. Band bounds and progression bands come from
 * the general path's own table (findBand extends it), so the rule lives in one place.
 */
import { floorDiv, type Rational, type RoundingRule } from "../exact";
import type { CompiledProfile, TablePoint } from "./compiled";
import { findBand } from "./table";
import type { AuditDaysResult, AuditType, RiskResolution } from "./types";

/** A table point in half-days: bound xn/xd (rows and progression: whole people, xd = 1). */
interface HalfPoint {
  xn: number;
  xd: number;
  /** Half-days of each column, indexed by DAYS, STAGE1, RECERT (numbered: a fast element load). */
  values: number[];
}

const DAYS = 0;
const STAGE1 = 1;
const RECERT = 2;

/** A compiled profile's numbers as the fast path uses them; built once per profile. */
export interface HalfDayTable {
  /** False when a number of the profile is not whole half-days (never for a checked profile). */
  usable: boolean;
  linear: boolean;
  rule: RoundingRule;
  start: HalfPoint | null;
  /** Upper bounds of the bands (whole people), parallel to `points`. */
  bounds: number[];
  points: HalfPoint[];
  /** Band index by whole headcount, 0 … min(last bound, BY_HEADCOUNT_LIMIT): no search for most cells. */
  byHeadcount: Uint16Array;
  /** As compute() decides: the profile splits stages; the table has a re-certification column. */
  stages: boolean;
  recertColumn: boolean;
  survN: number;
  survD: number;
  recertN: number;
  recertD: number;
  /** The profile's risk factors in percent, null where risk does not change the time. */
  riskPct: { high: Rational; medium: Rational; low: Rational } | null;
  /** −max reduction in percent, the least net adjustment allowed. */
  leastN: number;
  leastD: number;
}

const NO_COLUMN = -1;

/** Twice a schema-checked half-day value, or NO_COLUMN when the column is absent. */
function halves(value: Rational | undefined): number {
  if (!value) return NO_COLUMN;
  const twice = (2 * value.n) / value.d;
  return Number.isSafeInteger(twice) ? twice : Number.NaN;
}

function halfPoint(point: TablePoint): HalfPoint | null {
  const values = [halves(point.days), halves(point.stage1), halves(point.recert)];
  // A value that is not a whole number of halves (never from a checked profile) takes the general path.
  return values.some(Number.isNaN) ? null : { xn: point.upTo.n, xd: point.upTo.d, values };
}

export function buildHalfDayTable(c: CompiledProfile): HalfDayTable {
  const { profile } = c;
  const start = c.start ? halfPoint(c.start) : null;
  return {
    usable: start !== null || c.start === null,
    linear: c.linear,
    rule: profile.rounding.rule,
    start,
    bounds: [],
    points: [],
    byHeadcount: new Uint16Array(0),
    stages: Boolean(profile.stages),
    recertColumn: Boolean(profile.table.columns.recert),
    survN: c.surveillance.n,
    survD: c.surveillance.d,
    recertN: c.recertification.n,
    recertD: c.recertification.d,
    riskPct: c.riskPct,
    leastN: c.largestReductionPct.n,
    leastD: c.largestReductionPct.d,
  };
}

/** Headcounts up to this many people find their band by index (64 K entries, 128 KB per profile). */
const BY_HEADCOUNT_LIMIT = 65_535;

/** Copies table points the general path has (including progression bands it made) into half-days. */
function sync(t: HalfDayTable, c: CompiledProfile): boolean {
  for (let i = t.points.length; i < c.points.length; i++) {
    const point = halfPoint(c.points[i] as TablePoint);
    if (!point || point.xd !== 1) return false;
    t.points.push(point);
    t.bounds.push(point.xn);
  }
  const covered = Math.min(t.bounds[t.bounds.length - 1] as number, BY_HEADCOUNT_LIMIT);
  if (covered >= t.byHeadcount.length && t.bounds.length <= BY_HEADCOUNT_LIMIT) {
    const byHeadcount = new Uint16Array(covered + 1);
    let band = 0;
    for (let whole = 0; whole <= covered; whole++) {
      while ((t.bounds[band] as number) < whole) band++;
      byHeadcount[whole] = band;
    }
    t.byHeadcount = byHeadcount;
  }
  return true;
}

/** Index of the band holding headcount en/ed: the first bound ≥ ⌈en/ed⌉ (bounds are whole people). */
function bandIndex(t: HalfDayTable, c: CompiledProfile, e: Rational): number {
  const whole = e.d === 1 ? e.n : -floorDiv(-e.n, e.d);
  if (whole < t.byHeadcount.length) return t.byHeadcount[whole] as number;
  let { bounds } = t;
  if (bounds.length === 0 || whole > (bounds[bounds.length - 1] as number)) {
    findBand(c, e); // extends the general table by the progression rule
    if (!sync(t, c)) return -1;
    bounds = t.bounds;
  }
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) >= whole) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * k such that k/2 is num/den (den > 0) rounded to a half by the rule, as roundBy does; NaN when an
 * intermediate leaves the safe integers. NaN then spreads through every later step.
 */
function roundHalves(rule: RoundingRule, num: number, den: number): number {
  if (rule === "nearestHalf") {
    const top = 4 * num + den;
    const bottom = 2 * den;
    return Number.isSafeInteger(top) && Number.isSafeInteger(bottom) ? floorDiv(top, bottom) : Number.NaN;
  }
  const twice = 2 * num;
  if (!Number.isSafeInteger(twice) || !Number.isSafeInteger(den)) return Number.NaN;
  return rule === "upToHalf" ? -floorDiv(-twice, den) : floorDiv(twice, den);
}

/** The column's value at the headcount in half-days (table.ts columnValue), NaN when out of range. */
function columnHalves(t: HalfDayTable, index: number, column: number, en: number, ed: number): number {
  const upper = t.points[index] as HalfPoint;
  const y1 = upper.values[column] as number;
  if (y1 === NO_COLUMN) return Number.NaN;
  const lower = index > 0 ? (t.points[index - 1] as HalfPoint) : t.start;
  if (!t.linear || !lower) return y1;
  const y0 = lower.values[column] as number;
  if (y0 === NO_COLUMN) return Number.NaN;
  // e − x0 = (en·xd − xn·ed) / (ed·xd); at or below the curve's start the start's value holds.
  // Each product is checked on its own, so the general path's (smaller, reduced) ones are safe too.
  const left = en * lower.xd;
  const right = lower.xn * ed;
  const over = left - right;
  const width = upper.xn * lower.xd - lower.xn;
  const num = over * (y1 - y0);
  const den = 2 * ed * width;
  if (
    !Number.isSafeInteger(left) ||
    !Number.isSafeInteger(right) ||
    !Number.isSafeInteger(over) ||
    !Number.isSafeInteger(upper.xn * lower.xd) ||
    !Number.isSafeInteger(2 * ed * lower.xd) ||
    !Number.isSafeInteger(num) ||
    !Number.isSafeInteger(den)
  )
    return Number.NaN;
  if (over <= 0) return y0;
  return y0 + roundHalves(t.rule, num, den);
}

/**
 * auditDays (or, with `minimum`, auditDaysMinimum) with the record off and no factors, or null for
 * the general path. The inputs are those calculate() parsed; `e` and `adjust` the exact values the
 * general path uses. The minimum takes the largest reduction as its net adjustment, risk unapplied.
 */
export function fastAuditDays(
  c: CompiledProfile,
  t: HalfDayTable,
  type: AuditType,
  employees: number,
  risk: RiskResolution | null,
  e: Rational,
  adjust: Rational,
  minimum = false,
): AuditDaysResult | null {
  if (!t.usable) return null;
  const index = bandIndex(t, c, e);
  if (index < 0) return null;
  const { rule } = t;
  const en = e.n;
  const ed = e.d;
  const table = columnHalves(t, index, DAYS, en, ed);

  // Net adjustment pn/pd = risk % + documented %, or the largest reduction for the minimum; the
  // factor 1 + net/100 = fn/fd.
  const riskApplied = t.riskPct !== null && risk !== null && !minimum;
  // A typed −0 is no adjustment: the general path's sum is then +0 too.
  let pn = minimum ? t.leastN : adjust.n === 0 ? 0 : adjust.n;
  let pd = minimum ? t.leastD : adjust.d;
  if (riskApplied) {
    // Compared, not indexed by the level's name: a keyed load was a fifth of this function's time.
    const { level } = risk as RiskResolution;
    const factors = t.riskPct as NonNullable<HalfDayTable["riskPct"]>;
    const riskPct = level === "high" ? factors.high : level === "low" ? factors.low : factors.medium;
    if (riskPct.n !== 0) {
      const left = riskPct.n * adjust.d;
      const right = adjust.n * riskPct.d;
      pn = left + right;
      pd = riskPct.d * adjust.d;
      if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return null;
    }
  }
  const fd = 100 * pd;
  const fn = fd + pn;
  // A net reduction beyond the largest allowed is an error: the general path reports it.
  const mine = pn * t.leastD;
  const least = t.leastN * pd;
  if (
    !Number.isSafeInteger(pn) ||
    !Number.isSafeInteger(fd) ||
    !Number.isSafeInteger(fn) ||
    !Number.isSafeInteger(mine) ||
    !Number.isSafeInteger(least) ||
    !Number.isSafeInteger(mine - least) ||
    mine < least
  )
    return null;
  const initial = roundHalves(rule, table * fn, 2 * fd);

  let stage1 = Number.NaN;
  let stage2 = Number.NaN;
  let split = false;
  if (t.stages && type !== "surveillance" && type !== "recertification") {
    stage1 = roundHalves(rule, columnHalves(t, index, STAGE1, en, ed) * fn, 2 * fd);
    stage2 = initial - stage1;
    // Out of range (NaN) is not "no stage 2": the general path decides.
    if (!Number.isSafeInteger(stage2)) return null;
    split = stage2 >= 1;
    // No stage 2 left is an error for a stage, and for the whole an answer without stages.
    if (!split && type !== "initial") return null;
  }

  let days: number;
  switch (type) {
    case "initial":
      days = initial;
      break;
    case "stage1":
      days = stage1;
      break;
    case "stage2":
      days = stage2;
      break;
    case "surveillance":
      days = roundHalves(rule, initial * t.survN, 2 * t.survD);
      break;
    case "recertification": {
      days = roundHalves(rule, initial * t.recertN, 2 * t.recertD);
      if (t.recertColumn) {
        const column = roundHalves(rule, columnHalves(t, index, RECERT, en, ed) * fn, 2 * fd);
        if (column > days) days = column;
      }
      break;
    }
  }
  // Any step out of the safe integers made NaN, which fails here (NaN is never safe).
  if (!Number.isSafeInteger(days + table + initial)) return null;
  const result: AuditDaysResult = {
    days: days / 2,
    profile: c.profile.id,
    type,
    employees,
    tableDays: table / 2,
    initialDays: initial / 2,
    risk,
    riskApplied,
    netAdjustPct: pn / pd,
    steps: [],
  };
  if (split) {
    result.stage1 = stage1 / 2;
    result.stage2 = stage2 / 2;
  }
  return result;
}
