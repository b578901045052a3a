/**
 * What the audit-time pane shows for its inputs: the core's result, the on-site minimum and the
 * calculation record, or the core's Chinese message. Pure (no React, no Office), so the pane is a
 * thin view and this is tested in node. Every number and every step comes from the core: the
 * ticked factors go to auditDays, which reads their percentages and records them as steps, so
 * the record here is the same steps object CERT.EXPLAIN renders.
 */
import {
  auditDays,
  onsiteMinimum,
  renderRecord,
  type AuditDaysResult,
  type CalcStep,
  isBlank,
  normalizeText,
  getProfile,
  type AdjustFactor,
  attempt,
  formatProblem,
} from "../../../core";
import { auditDaysFormula } from "./formula";

export interface FactorEntry {
  checked: boolean;
  /** Percentage as typed: "10", "-10" or "10%" (the factor's direction gives the sign). */
  pct: string;
}

export interface AuditForm {
  employees: string;
  risk: string;
  type: string;
  profile: string;
  factors: Readonly<Record<string, FactorEntry>>;
}

export type AuditOutcome =
  | {
      ok: true;
      result: AuditDaysResult;
      onsiteDays: number;
      /** The documented adjustment: the ticked factors' signed sum, in percent. */
      adjustPct: number;
      /** The calculation record (DOMAIN §3.7) as steps, factors included, and as text. */
      steps: CalcStep[];
      record: string;
      formula: string;
    }
  | {
      ok: false;
      message: string;
      /** Nothing typed yet: the message is a prompt, not an error. */
      prompt: boolean;
    };

/** The profile's factors (001 附录B 注4 and the like), or none for a profile id the core refuses. */
export function factorsOf(profileId: string): readonly AdjustFactor[] {
  const profile = attempt(() => getProfile(profileId));
  return profile.ok ? profile.value.adjustFactors.items : [];
}

export function computeAudit(form: AuditForm): AuditOutcome {
  // Only the profile's own factors count: ticks kept from another profile are left out.
  const factors = factorsOf(form.profile)
    .filter((f) => form.factors[f.id]?.checked)
    .map((f) => ({ id: f.id, pct: form.factors[f.id]?.pct ?? "" }));
  const calculated = attempt(() => {
    const result = auditDays({
      employees: form.employees,
      risk: form.risk,
      type: form.type,
      profile: form.profile,
      factors,
    });
    return { result, onsite: onsiteMinimum(result.days, form.profile) };
  });
  if (!calculated.ok)
    return { ok: false, message: formatProblem(calculated.problem), prompt: isBlank(form.employees) };
  const { result, onsite } = calculated.value;
  const adjustPct = result.factorsPct ?? 0;
  const steps = [...result.steps, ...onsite.steps];
  const risk = isBlank(form.risk) ? "" : normalizeText(form.risk).text;
  const formula = auditDaysFormula({
    employees: { number: result.employees },
    risk: { text: risk },
    type: { text: normalizeText(form.type).text },
    adjustPct: { number: adjustPct },
    profile: result.profile,
  });
  return {
    ok: true,
    result,
    onsiteDays: onsite.days,
    adjustPct,
    steps,
    record: renderRecord(steps),
    formula,
  };
}
