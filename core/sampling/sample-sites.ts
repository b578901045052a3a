/** Multi-site sampling (DOMAIN §4; 004 5.4.3, 003 5.4.3.2). */
import type { CalcStep } from "../audit-time/types";
import { parseAuditType } from "../audit-time/audit-type";
import { fail } from "../problem";
import { showValue, toWholeNumber } from "../input/coerce";
import { isBlank, normalizeText } from "../input/normalize";
import { ceilRatio, ceilSqrtRatio } from "./exact";
import { DISSIMILAR_RULE, SIMILAR_RULES, TYPE_LABELS, type SamplingType } from "./rules";

export interface SampleSitesInput {
  /** Number of sites X: a whole number ≥ 1. */
  sites: unknown;
  /** Audit type in any spelling `parseAuditType` reads; stage 1 / stage 2 sample as the initial audit. */
  type: unknown;
  /** Similar sites (same activities, processes and risk type); blank → true (DOMAIN §11). */
  similar?: unknown;
}

export interface SampleSitesResult {
  /** Sites to audit (besides the central function, audited every time). */
  sites: number;
  type: SamplingType;
  similar: boolean;
  /** The calculation record; each id is a message code in sampling/messages.ts. */
  steps: CalcStep[];
}

const SIMILAR_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  是: true,
  否: false,
  相似: true,
  不相似: false,
  非相似: false,
  yes: true,
  no: false,
};

function toSimilar(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value === "boolean") return value;
  const found =
    typeof value === "string" ? SIMILAR_WORDS[normalizeText(value).text.toLowerCase()] : undefined;
  return found ?? fail("sampling.similarInvalid", "DOMAIN §4", { value: showValue(value) });
}

const STAGE_LABELS = {
  stage1: { zh: "第一阶段审核", en: "Stage 1" },
  stage2: { zh: "第二阶段审核", en: "Stage 2" },
} as const;

/** The number of sites to sample (004 5.4.3.3–5.4.3.4); the record describes this same choice. */
function sampleCount(sites: number, type: SamplingType, similar: boolean): number {
  if (similar) {
    const rule = SIMILAR_RULES[type];
    return ceilSqrtRatio(sites, rule.num, rule.den);
  }
  if (type === "surveillance") {
    const share = DISSIMILAR_RULE.surveillance;
    return ceilRatio(sites, share.num, share.den);
  }
  return sites;
}

/**
 * `record: false` (CERT.SAMPLESITES over a column) computes the same number without the
 * calculation record; `steps` is then empty.
 */
export function sampleSites(input: SampleSitesInput, options: { record?: boolean } = {}): SampleSitesResult {
  const sites = toWholeNumber(input.sites, "sites", "DOMAIN §4", 1);
  const auditType = parseAuditType(input.type);
  const similar = toSimilar(input.similar);
  const steps: CalcStep[] = [];
  if (options.record === false) {
    const type: SamplingType = auditType === "stage1" || auditType === "stage2" ? "initial" : auditType;
    return { sites: sampleCount(sites, type, similar), type, similar, steps };
  }
  let type: SamplingType;
  if (auditType === "stage1" || auditType === "stage2") {
    type = "initial";
    const label = STAGE_LABELS[auditType];
    steps.push({
      id: "sampling.step.stageAsInitial",
      clause: "004 5.6.1",
      values: { stage: label.zh, stageEn: label.en },
      result: sites,
    });
  } else type = auditType;
  const label = { type: TYPE_LABELS[type].zh, typeEn: TYPE_LABELS[type].en };

  const result = sampleCount(sites, type, similar);
  if (similar) {
    const rule = SIMILAR_RULES[type];
    const k2 = rule.den === 1 ? String(rule.num) : `${rule.num}/${rule.den}`;
    steps.push({
      id: "sampling.step.similar",
      clause: rule.clause,
      values: { ...label, sites, k: rule.k, k2, result },
      result,
    });
  } else if (type === "surveillance") {
    const share = DISSIMILAR_RULE.surveillance;
    steps.push({
      id: "sampling.step.dissimilarShare",
      clause: DISSIMILAR_RULE.clause,
      values: { sites, share: share.share, fraction: share.fraction, result },
      result,
    });
  } else {
    steps.push({
      id: "sampling.step.dissimilarAll",
      clause: DISSIMILAR_RULE.clause,
      values: { ...label, sites, result },
      result,
    });
  }
  return { sites: result, type, similar, steps };
}
