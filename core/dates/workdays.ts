/**
 * Working days on the Chinese calendar (DOMAIN §7): the State Council's holidays and make-up
 * working weekends (调休) from the pinned `chinese-days` data, never a hand-kept list. Such data
 * silently looks like Monday–Friday for a year it does not cover, so every date this module
 * touches is checked against the covered years and an uncovered one is an input error.
 */
import data from "chinese-days/dist/chinese-days.json";
import { fail } from "../problem";
import { showValue } from "../input/coerce";
import { fromYmd, weekday, yearOf, type EpochDay } from "./civil";
import { checkDay } from "./steps";

const CLAUSE = "本工具约定";

interface Calendar {
  /** Rest days (including weekend days inside a holiday) → "English,中文,n". */
  holidays: Map<EpochDay, string>;
  /** Weekend days worked in exchange (调休上班). */
  makeup: Map<EpochDay, string>;
  years: number[];
}

let calendar: Calendar | null = null;

function dayOfKey(key: string): EpochDay {
  return fromYmd(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)));
}

/** Built on first use from the package's JSON ("YYYY-MM-DD" → "English,中文,days"). */
function load(): Calendar {
  if (calendar === null) {
    const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };
    const holidays = new Map(Object.entries(table.holidays).map(([k, v]) => [dayOfKey(k), v] as const));
    const makeup = new Map(Object.entries(table.workdays).map(([k, v]) => [dayOfKey(k), v] as const));
    // A year counts as covered when the data lists its holidays (every year has New Year's Day).
    const years = [...new Set(Object.keys(table.holidays).map((k) => Number(k.slice(0, 4))))].sort(
      (a, b) => a - b,
    );
    calendar = { holidays, makeup, years };
  }
  return calendar;
}

/** The years the holiday data covers, ascending (2004–2026 for chinese-days 1.5.7). */
export function coveredYears(): number[] {
  return [...load().years];
}

function assertCovered(day: EpochDay): void {
  const { years } = load();
  const year = yearOf(day);
  if (!years.includes(year))
    fail("date.holidaysNotCovered", CLAUSE, {
      year,
      first: years[0] ?? "",
      last: years[years.length - 1] ?? "",
    });
}

export type DayKind = "workday" | "weekend" | "holiday" | "makeup";

export interface DayInfo {
  day: EpochDay;
  workday: boolean;
  kind: DayKind;
  /** Holiday or make-up day name from the data, Chinese and English. */
  name?: { zh: string; en: string };
}

function nameOf(entry: string): { zh: string; en: string } {
  const [en = "", zh = ""] = entry.split(",");
  return { zh, en };
}

/** What kind of day `day` is on the State Council schedule. */
export function describeDay(day: EpochDay): DayInfo {
  checkDay(day, "date");
  assertCovered(day);
  const { holidays, makeup } = load();
  const madeUp = makeup.get(day);
  if (madeUp !== undefined) return { day, workday: true, kind: "makeup", name: nameOf(madeUp) };
  const holiday = holidays.get(day);
  if (holiday !== undefined) return { day, workday: false, kind: "holiday", name: nameOf(holiday) };
  const wd = weekday(day);
  return wd === 0 || wd === 6
    ? { day, workday: false, kind: "weekend" }
    : { day, workday: true, kind: "workday" };
}

export function isWorkday(day: EpochDay): boolean {
  return describeDay(day).workday;
}

export interface WorkdayWalk {
  day: EpochDay;
  /** The non-working days stepped over, in order. */
  skipped: DayInfo[];
  /** Make-up working days counted. */
  makeup: DayInfo[];
}

/**
 * Shifts `day` by `n` working days as Excel's WORKDAY does: n > 0 → the n-th working day after,
 * n < 0 → the |n|-th before, n = 0 → the day itself (still checked for coverage).
 */
export function walkWorkdays(day: EpochDay, n: number): WorkdayWalk {
  checkDay(day, "date");
  if (typeof n !== "number" || !Number.isSafeInteger(n))
    fail("date.workdaysNotWhole", CLAUSE, { value: showValue(n) });
  assertCovered(day);
  const skipped: DayInfo[] = [];
  const makeup: DayInfo[] = [];
  const direction = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0;) {
    current += direction;
    const info = describeDay(current);
    if (!info.workday) skipped.push(info);
    else {
      if (info.kind === "makeup") makeup.push(info);
      left--;
    }
  }
  return { day: current, skipped, makeup };
}

export function addWorkdays(day: EpochDay, n: number): EpochDay {
  return walkWorkdays(day, n).day;
}
