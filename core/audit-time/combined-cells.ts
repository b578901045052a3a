/**
 * CERT.COMBINEDDAYS's cells: every cell of a given argument is one system's time, so a blank cell
 * there is a missing time — an error under the profile's combined-audit clause — never a system
 * left out, which would grant a single system the 80 % of a combined audit. (`combinedMinimum`
 * skips blanks because an omitted optional argument arrives as null: a system not given.)
 */
import { isBlank } from "../input/normalize";
import { fail } from "../problem";
import { resolveProfile } from "../profiles/registry";
import { combinedMinimum } from "./minimums";
import type { DerivedDays } from "./types";

export function combinedMinimumOfCells(days: readonly unknown[], profile?: unknown): DerivedDays {
  const p = resolveProfile(profile);
  if (days.some(isBlank)) fail("input.blank", p.combined.clause, { field: "days" });
  return combinedMinimum([...days], p);
}
