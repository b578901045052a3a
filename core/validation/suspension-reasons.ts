/**
 * Which of the profile's suspension cases (004 7.2.1, 001 7.2.1, 003 7.3.1: thirteen in each) a
 * clerk's 暂停原因 names. The cases and their identifying words are profile data; a reason naming
 * none of them is a warning, not an error: the last case "其他应暂停…" is open-ended.
 */
import type { RuleProfile } from "../profiles";

/** "(7)", "第7项", "7"… naming a case by its number. */
const BY_NUMBER = /^(第)?[(（]?(\d{1,2})[)）]?(项|条|种|款|情形)?/;

/** The case a reason names under `profile`, or null when it names none of them. */
export function suspensionCaseOf(reason: string, profile: RuleProfile): number | null {
  const { items } = profile.suspensionReasons;
  const text = reason.replace(/\s+/g, "");
  const m = BY_NUMBER.exec(text);
  if (m) {
    const n = Number(m[2]);
    if (n >= 1 && n <= items.length) return n;
  }
  for (const r of items) if (r.keywords.some((k) => text.includes(k))) return r.n;
  return null;
}
