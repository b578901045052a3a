/** Certificate numbers (001 App. C, DOMAIN §5). */
export { normalizeCbCode } from "./cb-code";
export { makeCertNo, toCertNoParts, type CertNoInput } from "./make";
export { parseCertNo, parseCleanCertNo } from "./parse";
export { checkCertNo, type CertNoProblem, type CertNoSeverity, type CheckCertNoOptions } from "./check";
export { ACCREDITATION_CODES, accreditationCodeOf } from "./accreditation";
export { normalizeCertText } from "./normalize";
export type { CertNoParts, ParsedCertNo } from "./types";
