/** The shapes audit-time calculations take and return (DOMAIN §3). */
import type { RiskLevel } from "../profiles/schema";

export type { RiskLevel };

export const AUDIT_TYPES = ["initial", "stage1", "stage2", "surveillance", "recertification"] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/**
 * Where a risk came from: given explicitly (高/high/H), or from a business-scope code whose major
 * category the profile's risk examples name (`category`, 004 表A.2), or which takes the medium
 * default because the examples do not name it (`default`, DOMAIN §3.8).
 */
export interface RiskResolution {
  level: RiskLevel;
  source: "explicit" | "category" | "default";
  category?: { code: string; name: string };
  /** The input as read (normalised text). */
  input: string;
}

/**
 * One step of the calculation record (DOMAIN §3.7), built by the calculation from the very values
 * it used; `renderRecord` turns a list of them into text.
 */
export interface CalcStep {
  id: string;
  clause: string;
  values: Record<string, number | string>;
  result: number;
}

export interface AuditDaysInput {
  employees: unknown;
  risk?: unknown;
  type?: unknown;
  adjustPct?: unknown;
  profile?: unknown;
  /**
   * The documented adjustment as the profile's factors (001 附录B 注4) with their percentages;
   * recorded one step per factor. Instead of `adjustPct`, never with it.
   */
  factors?: readonly FactorInput[];
}

/** A factor the scheduler chose and the percentage typed for it ("10", "-10", "10%"). */
export interface FactorInput {
  id: unknown;
  pct: unknown;
}

export interface CalcOptions {
  /** Build the calculation record (default true); false leaves `steps` empty for bulk use. */
  record?: boolean;
}

export interface AuditDaysResult {
  /** Person-days for the requested audit type. */
  days: number;
  profile: string;
  type: AuditType;
  employees: number;
  /** Table value for the headcount (stage 1 + stage 2), before any adjustment. */
  tableDays: number;
  /** The determined initial audit time (rounded), from which the other types derive. */
  initialDays: number;
  risk: RiskResolution | null;
  /** Whether the profile's risk factor changed the time. */
  riskApplied: boolean;
  /** Risk adjustment + documented adjustment, in percent. */
  netAdjustPct: number;
  /** The documented adjustment when it was given as factors: their signed sum, in percent. */
  factorsPct?: number;
  stage1?: number;
  stage2?: number;
  steps: CalcStep[];
}

export interface DerivedDays {
  days: number;
  steps: CalcStep[];
}
