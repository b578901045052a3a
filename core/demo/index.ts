/** The demo workbook for trainers (DOMAIN §1): a worked sheet, exercises and their answers. */
import { listProfiles, resolveProfile } from "../profiles/registry";
import { exerciseSheets } from "./exercises";
import { workedSheet } from "./worked-sheet";
import type { DemoPlan } from "./types";

export type { DemoArg, DemoCell, DemoChart, DemoFormula, DemoFunction, DemoPlan, DemoSheet } from "./types";
export { isFormula } from "./types";
export { WORKED_SHEET } from "./worked-sheet";
export { EXERCISE_SHEET, ANSWER_SHEET } from "./exercises";
export { distinctTables } from "./examples";

/**
 * The demo under a profile. `formulas` says whether the host will write the `=CERT.*` calls
 * (Excel with the add-in) or their values (the workbench); only the worked sheet's note differs.
 */
export function demoWorkbookPlan(profileId: unknown, formulas: boolean): DemoPlan {
  const profile = resolveProfile(profileId);
  return {
    profile: profile.id,
    sheets: [workedSheet(profile, listProfiles(), formulas), ...exerciseSheets(profile)],
  };
}
