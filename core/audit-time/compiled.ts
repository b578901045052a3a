/**
 * A profile's numbers turned into exact rationals once, so each calculation only looks them up
 * (bulk use: a column of thousands of cells). Built lazily per profile object and cached.
 */
import { fromFractionText, fromNumber, fromPercent, neg, onePlusPercent, rat, type Rational } from "../exact";
import type { Category, RiskLevel, RuleProfile } from "../profiles/schema";
import type { HalfDayTable } from "./fast-path";
import type { RiskResolution } from "./types";

/** A point of the table: a band's upper bound and each column's value there. */
export interface TablePoint {
  upTo: Rational;
  days: Rational;
  stage1?: Rational;
  recert?: Rational;
  /** True for bands made by the >10 700 progression rather than read from the table. */
  progression: boolean;
}

export interface CompiledProfile {
  profile: RuleProfile;
  linear: boolean;
  /** Linear tables: the curve's start (003 A.1 note 1). */
  start: TablePoint | null;
  /** Table rows, extended by the progression as larger headcounts are asked for. */
  points: TablePoint[];
  lastTableBound: number;
  boundRatio: Rational;
  /** The ratio as the table gives it, "10700/8500", for the record. */
  boundRatioText: string;
  perBand: { days: Rational; stage1?: Rational; recert?: Rational };
  surveillance: Rational;
  recertification: Rational;
  riskPct: Record<RiskLevel, Rational> | null;
  maxReductionPct: Rational;
  /** −max reduction, in percent, and the factor 1 − max/100 of the minimum time (DOMAIN §9.1). */
  largestReductionPct: Rational;
  minimumFactor: Rational;
  onsite: Rational;
  site: Rational;
  combined: Rational;
  remote: Rational | null;
  categories: ReadonlyMap<string, Category>;
  /** Scope codes already resolved under this profile, by their raw text (bulk columns repeat them). */
  scopeRisks: Map<string, RiskResolution>;
  /** The same numbers in half-days for the record-off fast path, made on its first use. */
  halfDays: HalfDayTable | null;
}

function fraction(text: string): Rational {
  const value = fromFractionText(text);
  if (!value) throw new Error(`profile fraction "${text}" passed the schema but does not parse`);
  return value;
}

const optional = (value: number | undefined): Rational | undefined =>
  value === undefined ? undefined : fromNumber(value);
const pct = (value: number): Rational => fromPercent(fromNumber(value));

function compile(profile: RuleProfile): CompiledProfile {
  const { table } = profile;
  const points: TablePoint[] = table.rows.map((row) => ({
    upTo: rat(row.upTo),
    days: fromNumber(row.days),
    stage1: optional(row.stage1),
    recert: optional(row.recert),
    progression: false,
  }));
  const last = table.rows[table.rows.length - 1];
  const beforeLast = table.rows[table.rows.length - 2];
  if (!last || !beforeLast) throw new Error("profile table needs two rows (schema)");
  const factors = profile.risk.use === "adjust" ? profile.risk.factorsPct : null;
  return {
    profile,
    linear: table.shape === "linear",
    start: table.start
      ? {
          upTo: fromNumber(table.start.employees),
          days: fromNumber(table.start.days),
          stage1: optional(table.start.stage1),
          recert: optional(table.start.recert),
          progression: false,
        }
      : null,
    points,
    lastTableBound: last.upTo,
    boundRatio: rat(last.upTo, beforeLast.upTo),
    boundRatioText: `${last.upTo}/${beforeLast.upTo}`,
    perBand: {
      days: fromNumber(table.progression.perBand.days),
      stage1: optional(table.progression.perBand.stage1),
      recert: optional(table.progression.perBand.recert),
    },
    surveillance: fraction(profile.surveillance.fraction),
    recertification: fraction(profile.recertification.fraction),
    riskPct: factors
      ? { high: fromNumber(factors.high), medium: fromNumber(factors.medium), low: fromNumber(factors.low) }
      : null,
    maxReductionPct: fromNumber(profile.maxReduction.pct),
    largestReductionPct: neg(fromNumber(profile.maxReduction.pct)),
    minimumFactor: onePlusPercent(neg(fromNumber(profile.maxReduction.pct))),
    onsite: pct(profile.onsite.pct),
    site: pct(profile.site.pct),
    combined: pct(profile.combined.pct),
    remote: profile.remote ? pct(profile.remote.pct) : null,
    categories: new Map(profile.categories.items.map((c) => [c.code, c])),
    scopeRisks: new Map(),
    halfDays: null,
  };
}

const cache = new WeakMap<RuleProfile, CompiledProfile>();
/** A column of cells uses one profile: the last one asked for skips the WeakMap lookup. */
let last: CompiledProfile | null = null;

export function compiled(profile: RuleProfile): CompiledProfile {
  if (last !== null && last.profile === profile) return last;
  let entry = cache.get(profile);
  if (!entry) {
    entry = compile(profile);
    cache.set(profile, entry);
  }
  last = entry;
  return entry;
}
