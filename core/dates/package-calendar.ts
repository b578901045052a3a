/**
 * The State Council schedule from the pinned `chinese-days` package (DOMAIN §7): its holidays and
 * make-up working weekends (调休), never a hand-kept list. The package looks like Monday–Friday for
 * a year it does not list, so a year counts as covered only when its holidays are listed (every
 * year has New Year's Day).
 */
import data from "chinese-days/dist/chinese-days.json";
import holidayPackage from "chinese-days/package.json";
import { fromYmd, type EpochDay } from "./civil";
import { WorkCalendar, type CalendarSource, type SpecialDay } from "./calendar";

export const PACKAGE_SOURCE: CalendarSource = {
  kind: "package",
  zh: `chinese-days ${holidayPackage.version} 数据`,
  en: `chinese-days ${holidayPackage.version} data`,
};

function dayOfKey(key: string): EpochDay {
  return fromYmd(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)));
}

/** "English,中文,n" → the names. */
function nameOf(entry: string): SpecialDay["name"] {
  const [en = "", zh = ""] = entry.split(",");
  return { zh, en };
}

/** The package's rest and make-up days, by day. */
export function packageSpecialDays(): Map<EpochDay, SpecialDay> {
  const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };
  const special = new Map<EpochDay, SpecialDay>();
  for (const [key, entry] of Object.entries(table.holidays))
    special.set(dayOfKey(key), { kind: "holiday", name: nameOf(entry) });
  for (const [key, entry] of Object.entries(table.workdays))
    special.set(dayOfKey(key), { kind: "makeup", name: nameOf(entry) });
  return special;
}

/** The years the package lists holidays for, ascending. */
export function packageYears(): number[] {
  const keys = Object.keys((data as { holidays: Record<string, string> }).holidays);
  return [...new Set(keys.map((k) => Number(k.slice(0, 4))))].sort((a, b) => a - b);
}

let calendar: WorkCalendar | null = null;

/** The package's calendar, built on first use. */
export function packageCalendar(): WorkCalendar {
  if (calendar === null) {
    const years = new Map(packageYears().map((year) => [year, PACKAGE_SOURCE] as const));
    calendar = new WorkCalendar(years, packageSpecialDays());
  }
  return calendar;
}

export interface HolidayVintage {
  package: string;
  version: string;
  firstYear: number;
  lastYear: number;
}

/** Which holiday data the product carries (shown by `certdesk --version` and the rules pane). */
export function holidayVintage(): HolidayVintage {
  const years = packageYears();
  return {
    package: "chinese-days",
    version: holidayPackage.version,
    firstYear: years[0] ?? 0,
    lastYear: years[years.length - 1] ?? 0,
  };
}
