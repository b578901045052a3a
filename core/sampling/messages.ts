import type { MessageTemplate } from "../messages";

/**
 * Wording of this module's problems; codes are prefixed with the module name. `sampling.step.*`
 * are the lines of the sampling record, filled from each step's `values`.
 */
export const SAMPLING_MESSAGES: Record<string, MessageTemplate> = {
  "sampling.similarInvalid": {
    zh: "是否相似场所「{value}」无法识别，应为 TRUE/FALSE、是/否 或 相似/不相似",
    en: 'Similar sites "{value}" is not recognised; expected TRUE/FALSE, 是/否 or 相似/不相似',
  },
  "sampling.step.stageAsInitial": {
    zh: "{stage}属初次认证审核，按初次认证抽样",
    en: "{stageEn} is part of the initial audit: initial-audit sampling applies",
  },
  "sampling.step.similar": {
    zh: "相似场所 X = {sites}，{type} Y = ⌈{k}√X⌉，即满足 Y² ≥ {k2} × {sites} 的最小整数 → {result} 个场所",
    en: "similar sites X = {sites}; {typeEn} Y = ⌈{k}√X⌉, the least whole Y with Y² ≥ {k2} × {sites} → {result} sites",
  },
  "sampling.step.dissimilarAll": {
    zh: "非相似场所不抽样：{type}逐一审核全部 {sites} 个场所",
    en: "dissimilar sites are not sampled: the {typeEn} visits all {sites} sites",
  },
  "sampling.step.dissimilarShare": {
    zh: "非相似场所监督审核抽取不少于 {share} 的场所：⌈{fraction} × {sites}⌉ → {result} 个场所；每次均应包括中心职能部门，第二次监督审核通常选取不同于第一次的场所",
    en: "dissimilar sites, surveillance visits at least {share} of them: ⌈{fraction} × {sites}⌉ → {result} sites; the central function every time, and the 2nd surveillance normally picks other sites than the 1st",
  },
};
