/**
 * Worksheet names Excel accepts: at most 31 characters, none of \ / ? * [ ] :, not starting or
 * ending with an apostrophe, not "History" (reserved), unique ignoring case.
 */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;
const RESERVED = new Set(["history"]);

export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(FORBIDDEN, "_")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === "" ? "工作表" : cleaned;
}

/** The wanted name, or "name (2)", "name (3)"… — shortened so the suffix fits in 31 characters. */
export function freeSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  const base = cleanSheetName(wanted);
  const isFree = (name: string) => !taken.has(name.toLowerCase()) && !RESERVED.has(name.toLowerCase());
  if (isFree(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}
