/**
 * A working-day calendar (DOMAIN §7) as a precomputed day-index table: for every day from the
 * first covered year's 1 January to the last covered year's 31 December, whether it is a working
 * day and how many working days precede it. Shifting by n working days is then two array reads,
 * whatever n is, instead of a walk that asks about every day.
 *
 * Each covered year comes from exactly one source (the holiday package, or a user's calendar table
 * for a year the package does not cover); a day in a year no source covers is never guessed.
 */
import { fromYmd, weekday, yearOf, type EpochDay } from "./civil";

export interface SpecialDay {
  /** `holiday`: a rest day on the schedule (休); `makeup`: a weekend day worked in exchange (班). */
  kind: "holiday" | "makeup";
  name: { zh: string; en: string };
}

/** Where a year's schedule came from, in words for the record and the output. */
export interface CalendarSource {
  kind: "package" | "user";
  zh: string;
  en: string;
}

export interface CalendarYear {
  year: number;
  source: CalendarSource;
}

export class WorkCalendar {
  /** The covered years and their sources, ascending. */
  readonly years: readonly CalendarYear[];
  private readonly sources: ReadonlyMap<number, CalendarSource>;
  private readonly special: ReadonlyMap<EpochDay, SpecialDay>;
  private readonly first: EpochDay;
  /** 1 for a working day, by day index (day − first). */
  private readonly working: Uint8Array;
  /** rank[i]: working days among the days with index < i (length span + 1). */
  private readonly rank: Int32Array;
  /** The working days in order, so the k-th is workdayAt[k]. */
  private readonly workdayAt: Int32Array;
  /** gaps[i]: uncovered days among the days with index < i (years between covered ones). */
  private readonly gaps: Int32Array;

  constructor(years: ReadonlyMap<number, CalendarSource>, special: ReadonlyMap<EpochDay, SpecialDay>) {
    const sorted = [...years.keys()].sort((a, b) => a - b);
    this.years = sorted.map((year) => ({ year, source: years.get(year) as CalendarSource }));
    this.sources = years;
    this.special = special;
    const firstYear = sorted[0] ?? 0;
    const lastYear = sorted[sorted.length - 1] ?? -1;
    this.first = fromYmd(firstYear, 1, 1);
    const span = sorted.length === 0 ? 0 : fromYmd(lastYear + 1, 1, 1) - this.first;
    this.working = new Uint8Array(span);
    this.rank = new Int32Array(span + 1);
    this.gaps = new Int32Array(span + 1);
    const list: number[] = [];
    let year = firstYear;
    let nextYearStart = fromYmd(firstYear + 1, 1, 1);
    for (let i = 0; i < span; i++) {
      const day = this.first + i;
      if (day === nextYearStart) nextYearStart = fromYmd(++year + 1, 1, 1);
      const mark = special.get(day);
      const wd = weekday(day);
      const works = mark === undefined ? wd !== 0 && wd !== 6 : mark.kind === "makeup";
      this.working[i] = works ? 1 : 0;
      if (works) list.push(day);
      this.rank[i + 1] = (this.rank[i] as number) + (works ? 1 : 0);
      this.gaps[i + 1] = (this.gaps[i] as number) + (years.has(year) ? 0 : 1);
    }
    this.workdayAt = Int32Array.from(list);
  }

  sourceOf(year: number): CalendarSource | undefined {
    return this.sources.get(year);
  }

  covers(day: EpochDay): boolean {
    const i = day - this.first;
    return i >= 0 && i < this.working.length && this.gaps[i + 1] === this.gaps[i];
  }

  /** Whether every day from `a` to `b` (either order) is covered. */
  coversSpan(a: EpochDay, b: EpochDay): boolean {
    const lo = Math.min(a, b) - this.first;
    const hi = Math.max(a, b) - this.first;
    return lo >= 0 && hi < this.working.length && this.gaps[hi + 1] === this.gaps[lo];
  }

  /** The year of the first uncovered day met going from `day` in `direction` (±1). */
  firstUncoveredYear(day: EpochDay, direction: 1 | -1): number {
    let year = yearOf(day);
    while (this.sources.has(year)) year += direction;
    return year;
  }

  /** Working day or not; only meaningful for a covered day (callers check coverage first). */
  isWorkday(day: EpochDay): boolean {
    return this.working[day - this.first] === 1;
  }

  specialDay(day: EpochDay): SpecialDay | undefined {
    return this.special.get(day);
  }

  /**
   * `day` shifted by `n` working days as Excel's WORKDAY does (n > 0 the n-th working day after,
   * n < 0 the |n|-th before, 0 the day itself); null when the days between leave the coverage.
   */
  shift(day: EpochDay, n: number): EpochDay | null {
    const i = day - this.first;
    if (i < 0 || i >= this.working.length) return null;
    let result = day;
    if (n > 0) {
      const k = (this.rank[i + 1] as number) + n - 1;
      if (k >= this.workdayAt.length) return null;
      result = this.workdayAt[k] as number;
    } else if (n < 0) {
      const k = (this.rank[i] as number) + n;
      if (k < 0) return null;
      result = this.workdayAt[k] as number;
    }
    return this.coversSpan(day, result) ? result : null;
  }

  /** The covered years from `a` to `b` (either order) with their sources. */
  yearsBetween(a: EpochDay, b: EpochDay): CalendarYear[] {
    const from = yearOf(Math.min(a, b));
    const to = yearOf(Math.max(a, b));
    return this.years.filter((y) => y.year >= from && y.year <= to);
  }
}
