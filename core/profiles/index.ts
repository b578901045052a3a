export {
  RuleProfileSchema,
  AuditTableSchema,
  type RuleProfile,
  type AuditTable,
  type Category,
  type RiskLevel,
  type AdjustFactor,
} from "./schema";
export { DEFAULT_PROFILE_ID, getProfile, listProfiles, resolveProfile, profileForScheme } from "./registry";
export { loadProfile } from "./load-profile";
