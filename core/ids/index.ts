/** Identity codes (DOMAIN §8). */
export { checkUscc, orgCodeOfUscc } from "./uscc";
export { checkOrgCode } from "./org-code";
export { checkIdCard, idBirthDate, idSex, SEX_LABELS, type Sex } from "./id-card";
export { checkDivisionCode, isKnownDivision, isKnownProvince, provinceOf, type Province } from "./division";
export { maskId } from "./mask";
export { maskIdsInText } from "./mask-text";
export { USCC_EXCEPTIONS, type UsccException } from "./exceptions";
export { usccCheckChar, orgCodeCheckChar, idCheckChar, USCC_CHARSET } from "./checksums";
export type { IdCheck, IdProblem, IdSeverity, IdKind } from "./types";
