/** Checks profile data against the zod schema (DOMAIN §2): a broken file fails naming its field. */
import { fail } from "../problem";
import { RuleProfileSchema, type RuleProfile } from "./schema";
import { trustProfile } from "./trusted";

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(根)" : path.map(String).join(".");
}

/** Validates profile data; a broken profile fails with `profile.invalid` naming the field path. */
export function loadProfile(json: unknown, source: string): RuleProfile {
  const parsed = RuleProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail("profile.invalid", "DOMAIN §2", {
      source,
      path: describePath(issue?.path ?? []),
      issue: issue?.message ?? "",
    });
  }
  return trustProfile(parsed.data);
}
