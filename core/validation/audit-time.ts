/**
 * Audit-time sufficiency (DOMAIN §9.1 "audit time"): the declared 审核人日数 against the standard
 * time (DOMAIN §3 with no adjustment; risk from 风险系数, else from the first business-scope code)
 * and the minimum (the largest reduction allowed), both computed by core/audit-time under the
 * profile of the row's 认证项目. Below the minimum is an error showing both calculation records,
 * below the standard a warning that the reduction must be justified (004 5.4.2.3).
 * Stage rows (0101 / 0102) use the profile's stage split where it has one; otherwise the two stage
 * rows of one organisation are summed and compared with the initial time.
 */
import {
  auditDays,
  auditDaysMinimum,
  renderRecord,
  type AuditDaysResult,
  type AuditType,
} from "../audit-time";
import { attempt, type Problem } from "../problem";
import type { RuleProfile } from "../profiles";
import { activityParams, auditTypeOf, isAudit } from "./activity";
import { rowProfile } from "./certificate";
import { notRun, sheetsOf, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import type { ParsedSheet } from "./read";

const CLAUSE = "004 5.4.2.3";

interface Times {
  standard: AuditDaysResult;
  minimum: AuditDaysResult;
}

/**
 * One calculation per distinct (profile, type, headcount, risk) in a run: real registers repeat a
 * few headcounts and risks on thousands of rows. Keyed by the values themselves (no key text built
 * per row) and bounded, so a sheet of all-distinct headcounts computes each row instead of growing.
 * Kept although auditDays and auditDaysMinimum both take the record-off fast path: without it the
 * checks of the 100 000-row bench (bench/validate.ts) took 7–8 % more CPU (medians of 30 runs
 * interleaved in one process: 805 against 747 ms, 817 against 766 ms; 2026-12), the two core
 * calls costing more per row than four map lookups.
 */
type TimesMemo = Map<RuleProfile, Map<AuditType, Map<number, Map<string | undefined, Times | Problem>>>>;
const memo = new WeakMap<CheckContext, { entries: number; byProfile: TimesMemo }>();
const TIMES_MEMO_LIMIT = 4096;

function calculate(
  profile: RuleProfile,
  type: AuditType,
  employees: number,
  risk: string | undefined,
  record: boolean,
): Times | Problem {
  const input = { employees, risk, type, profile };
  const r = attempt(() => ({
    standard: auditDays(input, { record }),
    minimum: auditDaysMinimum(input, { record }),
  }));
  return r.ok ? r.value : r.problem;
}

function times(
  ctx: CheckContext,
  profile: RuleProfile,
  type: AuditType,
  employees: number,
  risk: string | undefined,
): Times | Problem {
  let cache = memo.get(ctx);
  if (!cache) memo.set(ctx, (cache = { entries: 0, byProfile: new Map() }));
  let byType = cache.byProfile.get(profile);
  if (!byType) cache.byProfile.set(profile, (byType = new Map()));
  let byEmployees = byType.get(type);
  if (!byEmployees) byType.set(type, (byEmployees = new Map()));
  let byRisk = byEmployees.get(employees);
  const hit = byRisk?.get(risk);
  if (hit) return hit;
  const value = calculate(profile, type, employees, risk, false);
  if (cache.entries < TIMES_MEMO_LIMIT) {
    if (!byRisk) byEmployees.set(employees, (byRisk = new Map()));
    byRisk.set(risk, value);
    cache.entries++;
  }
  return value;
}

function isProblem(value: Times | Problem): value is Problem {
  return "code" in value;
}

const shownMemo = new WeakMap<CheckContext, Map<string, Record<string, string | number> | null>>();

/** Both calculation records as message params, rendered once per distinct calculation. */
function recordParams(
  ctx: CheckContext,
  profile: RuleProfile,
  type: AuditType,
  employees: number,
  risk: string | undefined,
): Record<string, string | number> | null {
  const key = `${profile.id}|${type}|${employees}|${risk ?? ""}`;
  let cache = shownMemo.get(ctx);
  if (!cache) {
    cache = new Map();
    shownMemo.set(ctx, cache);
  }
  let params = cache.get(key);
  if (params === undefined) {
    const full = calculate(profile, type, employees, risk, true);
    params = isProblem(full)
      ? null
      : {
          standard: full.standard.days,
          minimum: full.minimum.days,
          profile: profile.id,
          standardRecord: renderRecord(full.standard.steps, "zh"),
          standardRecordEn: renderRecord(full.standard.steps, "en"),
          minimumRecord: renderRecord(full.minimum.steps, "zh"),
          minimumRecordEn: renderRecord(full.minimum.steps, "en"),
        };
    cache.set(key, params);
  }
  return params;
}

/** The risk input of a row: 风险系数, else its first business-scope code (DOMAIN §9.1). */
function riskOf(sheet: ParsedSheet, i: number): string | undefined {
  return sheet.str("risk", i) ?? sheet.list("scope", i)?.[0];
}

interface Subject {
  sheet: ParsedSheet;
  i: number;
  declared: number;
  type: AuditType;
  related?: string[];
  /** Says what was declared when it is not the row's own cell (the two stage rows summed). */
  what?: { zh: string; en: string };
}

/** Compares a declared time with the standard and the minimum and reports a shortfall. */
function compare(ctx: CheckContext, s: Subject, profile: RuleProfile, employees: number): void {
  const { sheet, i } = s;
  const row = sheet.rows[i] ?? 0;
  const col = sheet.col("auditDays");
  const risk = riskOf(sheet, i);
  // No risk and no readable scope: CELL-REQUIRED / the cell's own finding already says what to fill in.
  if (risk === undefined && profile.risk.use === "adjust") return;
  const t = times(ctx, profile, s.type, employees, risk);
  if (isProblem(t)) {
    notRun(ctx, sheet.name, row, col, { zh: "审核人日数", en: "audit time" }, t);
    return;
  }
  if (s.declared >= t.standard.days) return;
  const shown = recordParams(ctx, profile, s.type, employees, risk);
  if (!shown) return;
  const params = { what: s.what?.zh ?? "", whatEn: s.what?.en ?? "", declared: s.declared, ...shown };
  const clause = profile.maxReduction.clause || CLAUSE;
  const options = { clause, ...(s.related ? { related: s.related } : {}) };
  if (s.declared < t.minimum.days) ctx.sink.add("TIME-BELOW-MINIMUM", sheet.name, row, col, params, options);
  else ctx.sink.add("TIME-BELOW-STANDARD", sheet.name, row, col, params, options);
}

/** Person-days are counted in half days (004 5.4.2.3). */
function checkHalfDays(sheet: ParsedSheet, i: number, declared: number, ctx: CheckContext): void {
  if (!Number.isInteger(declared * 2))
    ctx.sink.add("TIME-NOT-HALF", sheet.name, sheet.rows[i] ?? 0, sheet.col("auditDays"), { declared });
}

/** The profile of a row for audit time, or a note that its scheme has none (once per scheme and sheet). */
function profileFor(
  sheet: ParsedSheet,
  i: number,
  ctx: CheckContext,
  noted: Set<string>,
): RuleProfile | null {
  const profile = rowProfile(sheet, i, ctx);
  if (profile) return profile;
  const scheme = sheet.str("scheme", i);
  if (scheme !== undefined && !noted.has(scheme)) {
    noted.add(scheme);
    ctx.sink.add("TIME-NO-PROFILE", sheet.name, sheet.rows[i] ?? 0, sheet.col("scheme"), { scheme });
  }
  return null;
}

/** Every row of a monthly sheet but the stage rows of profiles without a stage split (see checkStagePairs). */
export function checkAuditTime(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("auditDays") || !sheet.has("activity")) return;
  const noted = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const activity = sheet.str("activity", i);
    const declared = sheet.num("auditDays", i);
    if (activity === undefined || declared === undefined || !isAudit(activity)) continue;
    // Every audit counts in half days, 特殊审核 and 认证转换 too, though only §3.4's types have a standard.
    checkHalfDays(sheet, i, declared, ctx);
    const type = auditTypeOf(activity);
    if (type === null) continue;
    const employees = sheet.num("employees", i);
    if (employees === undefined) continue;
    const profile = profileFor(sheet, i, ctx, noted);
    if (!profile) continue;
    if ((type === "stage1" || type === "stage2") && !profile.stages) continue;
    compare(ctx, { sheet, i, declared, type }, profile, employees);
  }
}

interface StageRow {
  sheet: ParsedSheet;
  i: number;
}

/** The organisation a stage row belongs to: its credit code, else its name. */
function orgKey(sheet: ParsedSheet, i: number): string | undefined {
  const uscc = sheet.str("uscc", i);
  if (uscc !== undefined) return `uscc:${uscc}`;
  const name = sheet.str("orgName", i);
  return name === undefined ? undefined : `name:${name}`;
}

/**
 * Stage rows of profiles without a stage split: the 0101 and 0102 rows of one organisation, found
 * anywhere in the workbook, are summed and compared with the initial time; a stage row without its
 * partner is not checked for time, and says so.
 */
export function checkStagePairs(ctx: CheckContext): void {
  const pairs = new Map<string, { s1?: StageRow; s2?: StageRow }>();
  for (const sheet of sheetsOf(ctx, "monthly")) {
    if (!sheet.has("auditDays") || !sheet.has("activity")) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const activity = sheet.str("activity", i);
      if (activity !== "0101" && activity !== "0102") continue;
      const profile = rowProfile(sheet, i, ctx);
      if (!profile || profile.stages || sheet.num("auditDays", i) === undefined) continue;
      const key = orgKey(sheet, i);
      if (key === undefined) continue;
      const entry = pairs.get(key) ?? {};
      if (activity === "0101" && !entry.s1) entry.s1 = { sheet, i };
      if (activity === "0102" && !entry.s2) entry.s2 = { sheet, i };
      pairs.set(key, entry);
    }
  }
  for (const { s1, s2 } of pairs.values()) {
    if (!s1 || !s2) {
      const lone = s1 ?? s2;
      if (!lone) continue;
      const profile = rowProfile(lone.sheet, lone.i, ctx);
      const activity = lone.sheet.str("activity", lone.i) ?? "";
      ctx.sink.add(
        "TIME-STAGE-UNPAIRED",
        lone.sheet.name,
        lone.sheet.rows[lone.i] ?? 0,
        lone.sheet.col("auditDays"),
        { ...activityParams(activity), profile: profile?.id ?? "" },
      );
      continue;
    }
    const profile = rowProfile(s2.sheet, s2.i, ctx);
    const employees = s2.sheet.num("employees", s2.i) ?? s1.sheet.num("employees", s1.i);
    const d1 = s1.sheet.num("auditDays", s1.i);
    const d2 = s2.sheet.num("auditDays", s2.i);
    if (!profile || employees === undefined || d1 === undefined || d2 === undefined) continue;
    const related = [
      `${s1.sheet === s2.sheet ? "" : `'${s1.sheet.name}'!`}${a1(s1.sheet.rows[s1.i] ?? 0, s1.sheet.col("auditDays"))}`,
    ];
    compare(
      ctx,
      {
        sheet: s2.sheet,
        i: s2.i,
        declared: d1 + d2,
        type: "initial",
        related,
        what: { zh: `第一阶段 ${d1} + 第二阶段 ${d2}，合计`, en: `stage 1 ${d1} + stage 2 ${d2}: ` },
      },
      profile,
      employees,
    );
  }
}
