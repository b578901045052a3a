/** Multi-site sampling (DOMAIN §4). */
export { sampleSites, type SampleSitesInput, type SampleSitesResult } from "./sample-sites";
export { ceilSqrtRatio, ceilRatio } from "./exact";
export { SIMILAR_RULES, DISSIMILAR_RULE, type SamplingType } from "./rules";
