export type {
  AuditType,
  AuditDaysInput,
  AuditDaysResult,
  CalcOptions,
  CalcStep,
  DerivedDays,
  FactorInput,
  RiskLevel,
  RiskResolution,
} from "./types";
export { AUDIT_TYPES } from "./types";
export { parseAuditType, AUDIT_TYPE_ACCEPTED } from "./audit-type";
export { resolveRisk, riskOfScope, riskLabel, RISK_ACCEPTED } from "./risk";
export { auditDays, auditDaysMinimum } from "./audit-days";
export { onsiteMinimum, siteMinimum, combinedMinimum, remoteMaximum, type SiteInput } from "./minimums";
export { renderRecord, renderStep } from "./record";
