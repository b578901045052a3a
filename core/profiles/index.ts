export {
  RuleProfileSchema,
  AuditTableSchema,
  type RuleProfile,
  type AuditTable,
  type Category,
  type RiskLevel,
  type AdjustFactor,
} from "./schema";
export {
  DEFAULT_PROFILE_ID,
  getProfile,
  listProfiles,
  loadProfile,
  resolveProfile,
  profileForScheme,
} from "./registry";
