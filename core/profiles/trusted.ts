/**
 * Profiles that passed the schema. Kept apart from the schema (and zod) so a caller that only needs
 * the built-in, already-validated profiles never loads the validator.
 */
import type { RuleProfile } from "./schema";

/** Profiles that passed the schema; lets calculations accept a loaded profile object as well as an id. */
export const validated = new WeakSet<RuleProfile>();

/** Profiles are shared and their numbers cached per object, so they must never change once loaded. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Marks data that has passed `RuleProfileSchema` (here or at build time) as a usable profile. */
export function trustProfile(data: RuleProfile): RuleProfile {
  const profile = deepFreeze(data);
  validated.add(profile);
  return profile;
}
