/**
 * The built-in profile files, checked by the schema when this module loads. The CLI bundle swaps in
 * built-in.prevalidated.ts after running this same check at build time (cli/bin/bundle.cjs), so
 * `certdesk days` starts without loading zod.
 */
import type { RuleProfile } from "./schema";
import { loadProfile } from "./load-profile";
import { BUILT_IN_FILES } from "./built-in-files";

export const BUILT_IN: readonly RuleProfile[] = BUILT_IN_FILES.map(([json, source]) =>
  loadProfile(json, source),
);
