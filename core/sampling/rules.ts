/**
 * Sampling rules as data (004 5.4.3.3–5.4.3.4; 003 5.4.3.2 gives the same formulas): for similar
 * sites Y = ⌈k√X⌉, kept as k² = num/den so the ceiling is found with integers; for dissimilar sites
 * the surveillance share of 004 5.4.3.4.
 */
export type SamplingType = "initial" | "surveillance" | "recertification";

export interface SquareRootRule {
  /** k as written in the clause. */
  k: string;
  /** k² as an exact fraction. */
  num: number;
  den: number;
}

export const SIMILAR_RULES: Readonly<Record<SamplingType, SquareRootRule & { clause: string }>> = {
  initial: { k: "", num: 1, den: 1, clause: "004 5.4.3.3(1)" },
  surveillance: { k: "0.6", num: 9, den: 25, clause: "004 5.4.3.3(2)" },
  recertification: { k: "0.8", num: 16, den: 25, clause: "004 5.4.3.3(3)" },
};

export const DISSIMILAR_RULE = {
  clause: "004 5.4.3.4",
  /** Surveillance: at least this share of the sites, rounded up. */
  surveillance: { fraction: "0.3", num: 3, den: 10, share: "30%" },
} as const;

export const TYPE_LABELS: Readonly<Record<SamplingType, { zh: string; en: string }>> = {
  initial: { zh: "初次认证审核", en: "initial audit" },
  surveillance: { zh: "监督审核", en: "surveillance audit" },
  recertification: { zh: "再认证审核", en: "re-certification audit" },
};
