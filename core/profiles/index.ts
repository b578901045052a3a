export {
  RuleProfileSchema,
  AuditTableSchema,
  type RuleProfile,
  type AuditTable,
  type Category,
  type RiskLevel,
} from "./schema";
export {
  DEFAULT_PROFILE_ID,
  getProfile,
  listProfiles,
  loadProfile,
  resolveProfile,
  profileForScheme,
  chooseHgProfile,
  type HgProfileChoice,
} from "./registry";
