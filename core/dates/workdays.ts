/**
 * Working days on the Chinese calendar (DOMAIN §7): the State Council's holidays and make-up
 * working weekends (调休) from the pinned `chinese-days` data (package-calendar.ts), extended by a
 * user's calendar table for years the package does not cover yet (calendar-table.ts). Such data
 * silently looks like Monday–Friday for a year it does not cover, so every date this module
 * touches is checked against the covered years and an uncovered one is an input error.
 * Every function takes the calendar to use; without one, the package's.
 */
import { fail } from "../problem";
import { showValue } from "../input/coerce";
import { weekday, type EpochDay } from "./civil";
import type { WorkCalendar } from "./calendar";
import { holidayVintage, packageCalendar } from "./package-calendar";
import { checkDay } from "./steps";

const CLAUSE = "DOMAIN §7";

/** The years `calendar` covers, ascending (2004–2026 for chinese-days 1.5.7 alone). */
export function coveredYears(calendar: WorkCalendar = packageCalendar()): number[] {
  return calendar.years.map((y) => y.year);
}

function notCovered(year: number): never {
  const { firstYear, lastYear } = holidayVintage();
  return fail("date.holidaysNotCovered", CLAUSE, { year, first: firstYear, last: lastYear });
}

function assertCovered(day: EpochDay, calendar: WorkCalendar): void {
  if (!calendar.covers(day)) notCovered(calendar.firstUncoveredYear(day, 1));
}

export type DayKind = "workday" | "weekend" | "holiday" | "makeup";

export interface DayInfo {
  day: EpochDay;
  workday: boolean;
  kind: DayKind;
  /** Holiday or make-up day name from the data, Chinese and English. */
  name?: { zh: string; en: string };
}

/** What kind of day `day` is on the State Council schedule. */
export function describeDay(day: EpochDay, calendar: WorkCalendar = packageCalendar()): DayInfo {
  checkDay(day, "date");
  assertCovered(day, calendar);
  const special = calendar.specialDay(day);
  if (special !== undefined)
    return { day, workday: special.kind === "makeup", kind: special.kind, name: special.name };
  const wd = weekday(day);
  return wd === 0 || wd === 6
    ? { day, workday: false, kind: "weekend" }
    : { day, workday: true, kind: "workday" };
}

export function isWorkday(day: EpochDay, calendar: WorkCalendar = packageCalendar()): boolean {
  checkDay(day, "date");
  assertCovered(day, calendar);
  return calendar.isWorkday(day);
}

export interface WorkdayWalk {
  day: EpochDay;
  /** The non-working days stepped over, in order. */
  skipped: DayInfo[];
  /** Make-up working days counted. */
  makeup: DayInfo[];
}

function checkCount(n: unknown): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n))
    fail("date.workdaysNotWhole", CLAUSE, { value: showValue(n) });
  return n;
}

/**
 * Shifts `day` by `n` working days as Excel's WORKDAY does: n > 0 → the n-th working day after,
 * n < 0 → the |n|-th before, n = 0 → the day itself (still checked for coverage).
 */
export function addWorkdays(day: EpochDay, n: number, calendar: WorkCalendar = packageCalendar()): EpochDay {
  checkDay(day, "date");
  const count = checkCount(n);
  const result = calendar.shift(day, count);
  if (result === null) {
    // Which year stopped it: the day's own, else the first uncovered one in the walk's direction.
    notCovered(calendar.firstUncoveredYear(day, calendar.covers(day) && count < 0 ? -1 : 1));
  }
  return result;
}

/** addWorkdays with the days it stepped over, for the calculation record. */
export function walkWorkdays(
  day: EpochDay,
  n: number,
  calendar: WorkCalendar = packageCalendar(),
): WorkdayWalk {
  const end = addWorkdays(day, n, calendar);
  const skipped: DayInfo[] = [];
  const makeup: DayInfo[] = [];
  const direction = n < 0 ? -1 : 1;
  for (let current = day + direction; n !== 0 && current !== end + direction; current += direction) {
    const info = describeDay(current, calendar);
    if (!info.workday) skipped.push(info);
    else if (info.kind === "makeup") makeup.push(info);
  }
  return { day: end, skipped, makeup };
}
