/**
 * What the audit-time pane shows for its inputs: the core's result, the on-site minimum and the
 * calculation record, or the core's Chinese message. Pure (no React, no Office), so the pane is a
 * thin view and this is tested in node. Every number comes from the core (auditDays,
 * onsiteMinimum); the pane only adds up the scheduler's factor percentages.
 */
import { auditDays, onsiteMinimum, renderRecord, type AuditDaysResult } from "../../../core/audit-time";
import { add, fromNumber, neg, toNumber, ZERO } from "../../../core/exact";
import { toPositiveNumber } from "../../../core/input/coerce";
import { isBlank, normalizeText } from "../../../core/input/normalize";
import { attempt, formatProblem } from "../../../core/problem";
import { ADJUST_FACTORS, FACTORS_CLAUSE, type AdjustFactor } from "./factors";
import { auditDaysFormula } from "./formula";

export interface FactorEntry {
  checked: boolean;
  /** Percentage as typed (positive; the factor's direction gives the sign). */
  pct: string;
}

export interface AuditForm {
  employees: string;
  risk: string;
  type: string;
  profile: string;
  factors: Readonly<Record<string, FactorEntry>>;
}

export interface ChosenFactor {
  factor: AdjustFactor;
  /** Signed percentage: + for increase factors, − for reduction factors. */
  pct: number;
}

export type AuditOutcome =
  | {
      ok: true;
      result: AuditDaysResult;
      onsiteDays: number;
      adjustPct: number;
      factors: ChosenFactor[];
      /** The calculation record (DOMAIN §3.7) plus the factors behind the adjustment. */
      record: string;
      formula: string;
    }
  | {
      ok: false;
      message: string;
      /** Nothing typed yet: the message is a prompt, not an error. */
      prompt: boolean;
    };

function signed(pct: number): string {
  return pct > 0 ? `+${pct}%` : `${String(pct).replace("-", "−")}%`;
}

/** The checked factors with their signed percentages, or the first factor whose percentage is bad. */
function chosenFactors(
  form: AuditForm,
): { ok: true; factors: ChosenFactor[]; total: number } | { ok: false; message: string } {
  const factors: ChosenFactor[] = [];
  let total = ZERO;
  for (const factor of ADJUST_FACTORS) {
    const entry = form.factors[factor.id];
    if (!entry?.checked) continue;
    const pct = attempt(() => toPositiveNumber(entry.pct, "adjustPct", FACTORS_CLAUSE));
    if (!pct.ok) return { ok: false, message: `「${factor.label}」：${formatProblem(pct.problem)}` };
    const value = factor.direction === "increase" ? pct.value : -pct.value;
    factors.push({ factor, pct: value });
    // Exact sum: 0.1 + 0.2 must be 0.3 (DOMAIN §3.5).
    total = add(total, factor.direction === "increase" ? fromNumber(pct.value) : neg(fromNumber(pct.value)));
  }
  return { ok: true, factors, total: toNumber(total) };
}

export function factorRecord(factors: readonly ChosenFactor[]): string {
  if (factors.length === 0) return "";
  return `调整依据（${FACTORS_CLAUSE}）：${factors.map((f) => `${f.factor.label} ${signed(f.pct)}`).join("；")}`;
}

export function computeAudit(form: AuditForm): AuditOutcome {
  const chosen = chosenFactors(form);
  if (!chosen.ok) return { ok: false, message: chosen.message, prompt: false };
  const calculated = attempt(() => {
    const result = auditDays({
      employees: form.employees,
      risk: form.risk,
      type: form.type,
      adjustPct: chosen.total,
      profile: form.profile,
    });
    return { result, onsite: onsiteMinimum(result.days, form.profile) };
  });
  if (!calculated.ok)
    return { ok: false, message: formatProblem(calculated.problem), prompt: isBlank(form.employees) };
  const { result, onsite } = calculated.value;
  const factorsText = factorRecord(chosen.factors);
  const record = renderRecord([...result.steps, ...onsite.steps]) + (factorsText ? `。${factorsText}` : "");
  const risk = isBlank(form.risk) ? "" : normalizeText(form.risk).text;
  const formula = auditDaysFormula({
    employees: { number: result.employees },
    risk: { text: risk },
    type: { text: normalizeText(form.type).text },
    adjustPct: { number: chosen.total },
    profile: result.profile,
  });
  return {
    ok: true,
    result,
    onsiteDays: onsite.days,
    adjustPct: chosen.total,
    factors: chosen.factors,
    record,
    formula,
  };
}
