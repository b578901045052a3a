/**
 * The known rule profiles (DOMAIN §2) and how a caller names one. Profiles are data files checked
 * by the zod schema when built-in.ts loads (or when the CLI bundle is built), so a broken file
 * fails naming its field.
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "../input/normalize";
import { showValue } from "../input/coerce";
import type { RuleProfile } from "./schema";
import { BUILT_IN } from "./built-in";
import { validated } from "./trusted";

export const DEFAULT_PROFILE_ID = "HG-HY";

const BY_ID = new Map(BUILT_IN.map((p) => [p.id, p]));
/** Looked up once: most calls name no profile (a cell per row in bulk columns). */
const DEFAULT_PROFILE = BY_ID.get(DEFAULT_PROFILE_ID) as RuleProfile;

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
  if (value === undefined || value === null) return DEFAULT_PROFILE;
  if (typeof value === "object" && validated.has(value as RuleProfile)) return value as RuleProfile;
  if (isBlank(value)) return DEFAULT_PROFILE;
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
