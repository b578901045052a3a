/**
 * The built-in profile files without the schema check, for bundles whose build already ran
 * built-in.ts's check on these same files (cli/bin/bundle.cjs swaps this module in only then).
 */
import type { RuleProfile } from "./schema";
import { trustProfile } from "./trusted";
import { BUILT_IN_FILES } from "./built-in-files";

export const BUILT_IN: readonly RuleProfile[] = BUILT_IN_FILES.map(([json]) =>
  trustProfile(json as RuleProfile),
);
