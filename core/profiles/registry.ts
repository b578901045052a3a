/**
 * The known rule profiles (DOMAIN §2) and how a caller names one. Profiles are data files checked
 * by the zod schema when this module loads, so a broken file fails at start-up naming its field.
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "../input/normalize";
import { showValue } from "../input/coerce";
import { RuleProfileSchema, type RuleProfile } from "./schema";
import hgHy from "./data/HG-HY.json";
import hgZgly from "./data/HG-ZGLY.json";
import srGgbz from "./data/SR-GGBZ.json";

export const DEFAULT_PROFILE_ID = "HG-HY";

/** Profiles that passed the schema; lets calculations accept a loaded profile object as well as an id. */
const validated = new WeakSet<RuleProfile>();

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(根)" : path.map(String).join(".");
}

/** Profiles are shared and their numbers cached per object, so they must never change once loaded. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Validates profile data; a broken profile fails with `profile.invalid` naming the field path. */
export function loadProfile(json: unknown, source: string): RuleProfile {
  const parsed = RuleProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail("profile.invalid", "本工具约定", {
      source,
      path: describePath(issue?.path ?? []),
      issue: issue?.message ?? "",
    });
  }
  const profile = deepFreeze(parsed.data);
  validated.add(profile);
  return profile;
}

const BUILT_IN: readonly RuleProfile[] = [
  loadProfile(hgHy, "core/profiles/data/HG-HY.json"),
  loadProfile(hgZgly, "core/profiles/data/HG-ZGLY.json"),
  loadProfile(srGgbz, "core/profiles/data/SR-GGBZ.json"),
];

const BY_ID = new Map(BUILT_IN.map((p) => [p.id, p]));

export function listProfiles(): readonly RuleProfile[] {
  return BUILT_IN;
}

function knownIds(separator: string): string {
  return BUILT_IN.map((p) => p.id).join(separator);
}

/** A built-in profile by id, case-insensitive and NFKC-normalised (`hg-hy`, `ＨＧ－ＨＹ`). */
export function getProfile(id: unknown): RuleProfile {
  if (typeof id === "string") {
    const exact = BY_ID.get(id);
    if (exact) return exact;
    const found = BY_ID.get(normalizeText(id).text.toUpperCase());
    if (found) return found;
  }
  return fail("profile.unknown", "本工具约定", {
    value: showValue(id),
    known: knownIds("、"),
    knownEn: knownIds(", "),
  });
}

/**
 * What calculations accept as `profile`: blank → the default profile, a profile object returned by
 * `loadProfile` → itself, anything else → `getProfile`.
 */
export function resolveProfile(value: unknown): RuleProfile {
  if (value === undefined || value === null) return BY_ID.get(DEFAULT_PROFILE_ID) as RuleProfile;
  if (typeof value === "object" && validated.has(value as RuleProfile)) return value as RuleProfile;
  if (isBlank(value)) return BY_ID.get(DEFAULT_PROFILE_ID) as RuleProfile;
  return getProfile(value);
}

export interface HgProfileChoice {
  /** The profile HG rows are checked against. */
  profile: RuleProfile;
  /** The profile asked for when it belongs to another scheme (its rows use it anyway): say so. */
  otherScheme?: RuleProfile;
}

/**
 * THE choice of the profile for HG rows (DOMAIN §9.1), made here once for the CLI's --profile, the
 * validation pane's default profile and validateWorkbook's option: blank → the default HG-HY; an
 * HG profile → itself; another scheme's profile → the default HG-HY, returned with the profile
 * asked for so the caller says so (that scheme's rows use it anyway: 本工具约定); an unknown id →
 * `profile.unknown`.
 */
export function chooseHgProfile(value: unknown): HgProfileChoice {
  const fallback = BY_ID.get(DEFAULT_PROFILE_ID) as RuleProfile;
  if (value === undefined || value === null || isBlank(value)) return { profile: fallback };
  const asked = getProfile(value);
  return asked.scheme.code === fallback.scheme.code
    ? { profile: asked }
    : { profile: fallback, otherScheme: asked };
}

/**
 * The profile for a report row's scheme (DOMAIN §9.1): `HG` → the chosen HG profile (default
 * HG-HY), `SR` → SR-GGBZ. The choice matters only for a scheme with several profiles; a chosen
 * profile of another scheme is then an error rather than silently replaced.
 */
export function profileForScheme(scheme: string, hgProfileId?: string): RuleProfile {
  const code = normalizeText(String(scheme)).text.toUpperCase();
  const candidates = BUILT_IN.filter((p) => p.scheme.code === code);
  if (candidates.length === 0) {
    const schemes = [...new Set(BUILT_IN.map((p) => p.scheme.code))];
    fail("profile.schemeUnknown", "本工具约定", {
      value: showValue(scheme),
      known: schemes.join("、"),
      knownEn: schemes.join(", "),
    });
  }
  const chosen = hgProfileId === undefined || isBlank(hgProfileId) ? undefined : getProfile(hgProfileId);
  if (chosen?.scheme.code === code) return chosen;
  if (chosen && candidates.length > 1)
    fail("profile.schemeMismatch", "本工具约定", {
      profile: chosen.id,
      actual: chosen.scheme.code,
      scheme: code,
    });
  return candidates.find((p) => p.id === DEFAULT_PROFILE_ID) ?? (candidates[0] as RuleProfile);
}
