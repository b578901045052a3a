/**
 * Build-time check for bundles that use built-in.prevalidated.ts (cli/bin/bundle.cjs runs this
 * first): every built-in file passes the schema, and the schema returns the file's content
 * unchanged (no defaults, transforms or stripped keys), so skipping the schema at run time yields
 * the very same profiles.
 */
import { loadProfile } from "./load-profile";
import { BUILT_IN_FILES } from "./built-in-files";

/** Equal content, whatever the key order (the schema's output follows the schema's order). */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

export function builtInProfilesSafeToTrust(): boolean {
  return BUILT_IN_FILES.every(([json, source]) => sameData(loadProfile(json, source), json));
}
