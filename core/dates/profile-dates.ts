/**
 * The certificate dates as adapters ask for them: by profile id (blank for the default profile),
 * the profile resolved here as every other calculation resolves it, so an adapter never reaches
 * into a profile's date rules and an unknown id gives the same `profile.unknown` everywhere.
 * The rule-taking functions of lifecycle.ts stay for callers in the core that already hold a profile.
 */
import { resolveProfile } from "../profiles/registry";
import type { EpochDay } from "./civil";
import { latestExpiry, surveillanceDue } from "./lifecycle";
import type { DateResult } from "./steps";

/** latestExpiry under the profile's validity rule (004 6.2.1, 6.2.3); `profile` as resolveProfile reads it. */
export function latestExpiryFor(
  issue: EpochDay,
  previousExpiry: EpochDay | undefined,
  profile?: unknown,
): DateResult {
  return latestExpiry(issue, previousExpiry, resolveProfile(profile).dates.validity);
}

/** surveillanceDue under the profile's surveillance rule; `record: false` for bulk cells, as there. */
export function surveillanceDueFor(
  from: EpochDay,
  n: unknown,
  profile?: unknown,
  options: { record?: boolean } = {},
): DateResult {
  return surveillanceDue(from, n, resolveProfile(profile).dates.surveillance, options);
}
