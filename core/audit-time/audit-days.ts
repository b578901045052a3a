/**
 * Audit person-days (DOMAIN §3): table value for the headcount → risk and documented adjustment →
 * rounded initial time → the requested audit type. One computation serves both the result and the
 * calculation record: each step is recorded from the values just used, and recording can be
 * switched off for bulk use. No rule number lives here; all come from the profile.
 */
import { fail } from "../problem";
import { isBlank } from "../input/normalize";
import { showValue, toNumber as toInputNumber, toPositiveNumber } from "../input/coerce";
import {
  add,
  compare,
  ExactRangeError,
  fromNumber,
  max,
  mul,
  onePlusPercent,
  rat,
  roundBy,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from "../exact";
import { resolveProfile } from "../profiles/registry";
import type { RuleProfile } from "../profiles/schema";
import { parseAuditType } from "./audit-type";
import { compiled, type CompiledProfile } from "./compiled";
import { buildHalfDayTable, fastAuditDays } from "./fast-path";
import { knownRisk, RISK_ACCEPTED, resolveRisk } from "./risk";
import { bandLabel, columnValue, findBand, type Band, type Column, type ColumnValue } from "./table";
import { factorAdjustment, type FactorAdjustment } from "./factors";
import type {
  AuditDaysInput,
  AuditDaysResult,
  AuditType,
  CalcOptions,
  CalcStep,
  RiskResolution,
} from "./types";

const HEADCOUNT_CLAUSE = "本工具约定";
const HALF = rat(1, 2);

/** Accepts "-12.5%" / "－12.5％" as well as -12.5: the adjustment is in percent (DOMAIN §3.3). */
function withoutPercentSign(value: unknown): unknown {
  // Only a sign after something: "%" alone stays, and is reported as not a number.
  return typeof value === "string" ? value.replace(/(\S)\s*[%％]\s*$/, "$1") : value;
}

/** "+10", "-25", "0": a signed part of a total (as the user typed it), never "减少 -35". */
function signedPct(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function exactInput(value: number, field: string, clause: string): Rational {
  try {
    return fromNumber(value);
  } catch (error) {
    if (error instanceof ExactRangeError) fail("auditTime.outOfRange", clause, { field, value });
    throw error;
  }
}

/** The risk the calculation uses: required where it changes the time, optional where only recorded. */
function riskFor(value: unknown, profile: RuleProfile, minimum: boolean): RiskResolution | null {
  const { risk } = profile;
  if (risk.use === "none") return null;
  // Words and codes seen before skip the blank test, which normalises the text (bulk columns).
  const known = typeof value === "string" ? knownRisk(value, profile) : undefined;
  if (known) return known;
  if (isBlank(value)) {
    if (risk.use === "adjust" && !minimum)
      fail("auditTime.riskRequired", risk.clause, { profile: profile.id, accepted: RISK_ACCEPTED });
    return null;
  }
  return resolveRisk(value, profile);
}

interface Request {
  type: AuditType;
  employees: number;
  adjustPct: number;
  risk: RiskResolution | null;
  riskInput: unknown;
  minimum: boolean;
  steps: CalcStep[] | null;
  /** The documented adjustment given as factors; their steps precede the adjustment's. */
  factors: FactorAdjustment | null;
}

export function auditDays(input: AuditDaysInput, options?: CalcOptions): AuditDaysResult {
  return calculate(input, options?.record !== false, false, "employees");
}

/**
 * The least time the rules allow (DOMAIN §9.1): the same calculation with the largest reduction
 * (−30 % of the table value in total), the other audit types derived from it as usual. The
 * documented adjustment is not used; a given risk is recorded but cannot lower it further.
 */
export function auditDaysMinimum(input: AuditDaysInput, options?: CalcOptions): AuditDaysResult {
  return calculate(input, options?.record !== false, true, "employees");
}

/**
 * Shared by auditDays, auditDaysMinimum and siteMinimum (which names its headcount field differently).
 * `fastPath: false` keeps a record-off call on the general path: the tests compare the two.
 */
export function calculate(
  input: AuditDaysInput,
  record: boolean,
  minimum: boolean,
  employeesField: string,
  fastPath = true,
): AuditDaysResult {
  const profile = resolveProfile(input.profile);
  const c = compiled(profile);
  // Required here as in the CLI (--type) and the cells: a blank type is a missing value, never "initial".
  const type = parseAuditType(input.type);
  if ((type === "stage1" || type === "stage2") && !profile.stages)
    fail("auditTime.noStageSplit", "本工具约定", { profile: profile.id, type: showValue(input.type) });
  const employees = toPositiveNumber(input.employees, employeesField, HEADCOUNT_CLAUSE);
  const adjustClause = profile.maxReduction.clause;
  // Blank is tested before the % sign is dropped: "%" alone is a bad value, not a missing one.
  // No factors ticked is no documented adjustment, as a blank adjustPct is.
  const factors =
    input.factors === undefined || input.factors.length === 0 || minimum
      ? null
      : factorAdjustment(profile, input.factors, record);
  if (factors && !isBlank(input.adjustPct))
    fail("auditTime.factorsWithAdjust", profile.adjustFactors.clause, { value: showValue(input.adjustPct) });
  const adjustPct = factors
    ? toNumber(factors.pct)
    : minimum || isBlank(input.adjustPct)
      ? 0
      : toInputNumber(withoutPercentSign(input.adjustPct), "adjustPct", adjustClause);
  const risk = riskFor(input.risk, profile, minimum);
  const e = exactInput(employees, employeesField, HEADCOUNT_CLAUSE);
  const adjust = factors ? factors.pct : exactInput(adjustPct, "adjustPct", adjustClause);
  try {
    // Bulk cells: the same rules on half-day integers; null sends anything else down the general path.
    if (!record && !factors && fastPath) {
      const t = (c.halfDays ??= buildHalfDayTable(c));
      const fast = fastAuditDays(c, t, type, employees, risk, e, adjust, minimum);
      if (fast) return fast;
    }
    const request: Request = {
      type,
      employees,
      adjustPct,
      risk,
      riskInput: input.risk,
      minimum,
      steps: record ? [] : null,
      factors,
    };
    return compute(c, request, e, adjust);
  } catch (error) {
    if (error instanceof ExactRangeError)
      fail("auditTime.calcOutOfRange", HEADCOUNT_CLAUSE, { employees, adjustPct });
    throw error;
  }
}

function pushColumnStep(
  steps: CalcStep[] | null,
  id: string,
  c: CompiledProfile,
  band: Band,
  column: Column,
  cv: ColumnValue,
  employees: number,
): void {
  const { table } = c.profile;
  const col = column === "days" ? table.columns.total : table.columns[column];
  if (!steps || !col) return;
  const values: Record<string, number | string> = {
    table: table.name,
    column: col.column,
    band: bandLabel(band),
    employees,
  };
  if (cv.segment) {
    values.x0 = toNumber(cv.segment.x0);
    values.y0 = toNumber(cv.segment.y0);
    values.x1 = toNumber(cv.segment.x1);
    values.y1 = toNumber(cv.segment.y1);
    values.exact = cv.exact;
  }
  steps.push({
    id,
    clause: col.clause === table.clause ? table.clause : col.clause,
    values,
    result: toNumber(cv.value),
  });
}

function compute(c: CompiledProfile, r: Request, e: Rational, adjust: Rational): AuditDaysResult {
  const { profile } = c;
  const rule = profile.rounding.rule;
  const { steps } = r;

  // Table value (DOMAIN §3.2).
  steps?.push({
    id: "employees",
    clause: profile.table.clause,
    values: { employees: r.employees },
    result: r.employees,
  });
  const band = findBand(c, e);
  const table = columnValue(c, band, e, "days", rule);
  pushColumnStep(steps, c.linear ? "table.linear" : "table.step", c, band, "days", table, r.employees);
  if (band.upper.progression)
    steps?.push({
      id: "table.progression",
      clause: profile.table.progression.clause,
      values: { lastBound: c.lastTableBound, ratio: c.boundRatioText, perBand: toNumber(c.perBand.days) },
      result: toNumber(table.value),
    });

  // Risk and documented adjustment, limited in total (DOMAIN §3.3, 004 5.4.2.3).
  const riskApplied = c.riskPct !== null && r.risk !== null && !r.minimum;
  const riskPct = riskApplied && c.riskPct && r.risk ? c.riskPct[r.risk.level] : ZERO;
  const net = r.minimum ? c.largestReductionPct : add(riskPct, adjust);
  if (compare(net, c.largestReductionPct) < 0)
    fail("auditTime.reductionTooLarge", profile.maxReduction.clause, {
      reductionPct: -toNumber(net),
      riskPct: signedPct(toNumber(riskPct)),
      adjustPct: signedPct(r.adjustPct),
      maxPct: toNumber(c.maxReductionPct),
    });
  const factor = r.minimum ? c.minimumFactor : onePlusPercent(net);
  const exactInitial = mul(table.value, factor);
  const initial = roundBy(rule, exactInitial);
  if (steps)
    recordAdjustment(steps, c, r, {
      table: table.value,
      riskApplied,
      riskPct,
      net,
      factor,
      exactInitial,
      initial,
    });

  const split =
    profile.stages && r.type !== "surveillance" && r.type !== "recertification"
      ? splitStages(c, r, band, e, factor, initial)
      : null;
  const days = daysForType(c, r, band, e, factor, initial, split);
  const result: AuditDaysResult = {
    days: toNumber(days),
    profile: profile.id,
    type: r.type,
    employees: r.employees,
    tableDays: toNumber(table.value),
    initialDays: toNumber(initial),
    risk: r.risk,
    riskApplied,
    netAdjustPct: toNumber(net),
    steps: steps ?? [],
  };
  if (r.factors) result.factorsPct = r.adjustPct;
  if (split) {
    result.stage1 = toNumber(split.stage1);
    result.stage2 = toNumber(split.stage2);
  }
  return result;
}

interface StageSplit {
  stage1: Rational;
  stage2: Rational;
}

/**
 * Stage 1 from its own column, stage 2 the rest of the initial time, so the two add up (DOMAIN §3.2).
 * Stage 1 takes the same adjustment as the whole, so a reduced time keeps its shares (DOMAIN §9.1).
 * Null when a reduction leaves no stage 2 — an error if a stage was asked for.
 */
function splitStages(
  c: CompiledProfile,
  r: Request,
  band: Band,
  e: Rational,
  factor: Rational,
  initial: Rational,
): StageSplit | null {
  const { profile } = c;
  const clause = profile.stages?.clause ?? profile.table.clause;
  const { steps } = r;
  const column = columnValue(c, band, e, "stage1", profile.rounding.rule);
  pushColumnStep(steps, "stage1.column", c, band, "stage1", column, r.employees);
  const exactStage1 = mul(column.value, factor);
  const stage1 = roundBy(profile.rounding.rule, exactStage1);
  if (factor.n !== factor.d)
    steps?.push({
      id: "stage1.adjust",
      clause: profile.rounding.clause,
      values: { column: toNumber(column.value), factor: toNumber(factor), exact: toNumber(exactStage1) },
      result: toNumber(stage1),
    });
  const stage2 = sub(initial, stage1);
  const values = { initial: toNumber(initial), stage1: toNumber(stage1) };
  if (compare(stage2, HALF) >= 0) {
    steps?.push({ id: "stage2", clause, values, result: toNumber(stage2) });
    return { stage1, stage2 };
  }
  if (r.type !== "initial") fail("auditTime.stage2Empty", clause, values);
  steps?.push({ id: "stage.none", clause, values, result: toNumber(initial) });
  return null;
}

function daysForType(
  c: CompiledProfile,
  r: Request,
  band: Band,
  e: Rational,
  factor: Rational,
  initial: Rational,
  split: StageSplit | null,
): Rational {
  const { profile } = c;
  const rule = profile.rounding.rule;
  const { steps } = r;
  switch (r.type) {
    case "initial":
      return initial;
    case "stage1":
    case "stage2":
      // calculate() rejected profiles without a split, splitStages() a split without stage 2.
      return (r.type === "stage1" ? split?.stage1 : split?.stage2) as Rational;
    case "surveillance": {
      // From the rounded initial time (004 5.7.4, 003 5.7.4).
      const exact = mul(initial, c.surveillance);
      const days = roundBy(rule, exact);
      steps?.push({
        id: "surveillance",
        clause: profile.surveillance.clause,
        values: {
          initial: toNumber(initial),
          fraction: profile.surveillance.fraction,
          exact: toNumber(exact),
        },
        result: toNumber(days),
      });
      for (const unused of profile.table.unusedColumns)
        steps?.push({
          id: "column.unused",
          clause: unused.clause,
          values: {
            table: profile.table.name,
            column: unused.column,
            name: unused.name,
            nameEn: unused.nameEn,
            reason: unused.reason,
            reasonEn: unused.reasonEn,
          },
          result: toNumber(days),
        });
      return days;
    }
    case "recertification": {
      // Fraction of the initial time (004 5.8.4); where the table has a re-certification column it is the
      // value, with the fraction as its floor (003 5.8.5).
      const exact = mul(initial, c.recertification);
      const floor = roundBy(rule, exact);
      const values: Record<string, number | string> = {
        initial: toNumber(initial),
        fraction: profile.recertification.fraction,
        exact: toNumber(exact),
        floor: toNumber(floor),
      };
      let days = floor;
      if (profile.table.columns.recert) {
        const column = columnValue(c, band, e, "recert", rule);
        pushColumnStep(steps, "recert.column", c, band, "recert", column, r.employees);
        const columnExact = mul(column.value, factor);
        const columnDays = roundBy(rule, columnExact);
        days = max(columnDays, floor);
        Object.assign(values, {
          columnTable: toNumber(column.value),
          factor: toNumber(factor),
          columnExact: toNumber(columnExact),
          column: toNumber(columnDays),
        });
      }
      steps?.push({ id: "recert", clause: profile.recertification.clause, values, result: toNumber(days) });
      return days;
    }
  }
}

interface Adjustment {
  table: Rational;
  riskApplied: boolean;
  riskPct: Rational;
  net: Rational;
  factor: Rational;
  exactInitial: Rational;
  initial: Rational;
}

/** The risk and where it came from: the example of 004 表A.2 that names it, or the medium default (DOMAIN §3.8). */
function riskValues(risk: RiskResolution, c: CompiledProfile): Record<string, string> {
  const values: Record<string, string> = { riskLevel: risk.level, riskSource: risk.source };
  if (risk.category) {
    const { categories } = c.profile;
    values.riskCategory = `${risk.category.code} ${risk.category.name}`;
    values.riskClause =
      risk.source === "category"
        ? (categories.riskExamplesClause ?? categories.clause)
        : categories.defaultRiskClause;
    const example = c.categories.get(risk.category.code)?.riskExample;
    if (example) values.riskExample = example;
  }
  return values;
}

/** The record of DOMAIN §3.3: risk, adjustment, the product and its rounding. */
function recordAdjustment(steps: CalcStep[], c: CompiledProfile, r: Request, a: Adjustment): void {
  const { profile } = c;
  const { risk } = profile;
  if (risk.use !== "adjust" && !r.minimum) {
    const values: Record<string, number | string> = { use: risk.use, note: risk.note, noteEn: risk.noteEn };
    if (r.risk) Object.assign(values, riskValues(r.risk, c));
    else if (!isBlank(r.riskInput)) values.ignored = showValue(r.riskInput);
    steps.push({ id: "risk.notApplied", clause: risk.clause, values, result: 0 });
  }
  // Factors that cancel out are still recorded: the record says why the time did not move.
  const adjusted = r.minimum || a.riskApplied || a.net.n !== 0 || r.factors !== null;
  if (!adjusted) return;
  if (r.minimum) {
    steps.push({
      id: "adjust.minimum",
      clause: profile.maxReduction.clause,
      values: {
        tableDays: toNumber(a.table),
        maxPct: toNumber(c.maxReductionPct),
        factor: toNumber(a.factor),
      },
      result: toNumber(a.exactInitial),
    });
  } else {
    if (r.factors) steps.push(...r.factors.steps);
    const values: Record<string, number | string> = {
      tableDays: toNumber(a.table),
      riskPct: toNumber(a.riskPct),
      adjustPct: r.adjustPct,
      netPct: toNumber(a.net),
    };
    if (a.riskApplied && r.risk) Object.assign(values, riskValues(r.risk, c));
    steps.push({
      id: "adjust",
      clause: a.riskApplied ? risk.clause : profile.maxReduction.clause,
      values,
      result: toNumber(a.exactInitial),
    });
  }
  steps.push({
    id: "round",
    clause: profile.rounding.clause,
    values: { rule: profile.rounding.rule, exact: toNumber(a.exactInitial) },
    result: toNumber(a.initial),
  });
}
