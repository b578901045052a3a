/**
 * A user's holiday calendar table (节假日安排: 日期, 类型 休 | 班, 名称), for years the holiday
 * package does not cover yet (DOMAIN §7). The same reader serves a CSV or .xlsx file (CLI
 * `--calendar`), the workbook sheet 节假日安排 (panes) and the `[holidays]` range of CERT.WORKDAY /
 * CERT.DEADLINE: it takes the rows as a grid of cell values.
 *
 * Settled here (本工具约定): each year comes from one source. A year the package covers keeps the
 * package's schedule; an entry there that disagrees is a warning naming both. A year only the table
 * lists is covered by the table, and must be listed whole: 1 January, 1–2 May and 1–3 October as
 * 休, a 休 in each window where 春节, 清明, 端午 and 中秋 can fall, and no working day left out
 * between the rest days of one holiday. Any error refuses the whole table: never a silent guess.
 */
import { isBlank, normalizeText } from "../input/normalize";
import { showValue } from "../input/coerce";
import type { Problem } from "../problem";
import { fromYmd, parseDateText, toDate, toIso, weekday, yearOf, type EpochDay } from "./civil";
import { WorkCalendar, type CalendarSource, type SpecialDay } from "./calendar";
import { packageCalendar, packageSpecialDays, PACKAGE_SOURCE } from "./package-calendar";

const CLAUSE = "本工具约定";

export const CALENDAR_SHEET = "节假日安排";
export const CALENDAR_COLUMNS = ["日期", "类型", "名称"] as const;
export const CALENDAR_TYPES = { 休: "holiday", 班: "makeup" } as const;

export interface CalendarEntry {
  /** Row number as the user sees it (the file's line, the sheet's row). */
  row: number;
  day: EpochDay;
  kind: SpecialDay["kind"];
  name: string;
}

export interface CalendarFinding {
  severity: "error" | "warning";
  /** The row the finding is about, when there is one. */
  row?: number;
  problem: Problem;
}

export interface CalendarTableResult {
  /** Null when an error refuses the table. */
  calendar: WorkCalendar | null;
  findings: CalendarFinding[];
  entries: CalendarEntry[];
}

export interface CalendarTableOptions {
  /** Names the table in messages and in the calculation record: 「2027.csv」, 工作表「节假日安排」. */
  source: { zh: string; en: string };
  /** Sheet row of the grid's first row (default 1). */
  firstRow?: number;
}

const WEEKDAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function finding(
  severity: CalendarFinding["severity"],
  code: string,
  row: number | undefined,
  params: Record<string, string | number>,
): CalendarFinding {
  return { severity, ...(row === undefined ? {} : { row }), problem: { code, clause: CLAUSE, params } };
}

/** Column positions from a header row naming 日期 / 类型 / 名称; null when the row is data. */
function headerColumns(row: readonly unknown[]): { date: number; type: number; name: number } | null {
  const words = row.map((cell) =>
    typeof cell === "string" ? normalizeText(cell).text.replace(/\s+/g, "") : "",
  );
  const date = words.indexOf("日期");
  if (date < 0) return null;
  return { date, type: words.indexOf("类型"), name: words.indexOf("名称") };
}

function cellText(value: unknown): string {
  return isBlank(value) ? "" : normalizeText(String(value)).text.trim();
}

/** Reads the rows; problems of single rows become findings, the rows that read become entries. */
function readRows(grid: readonly (readonly unknown[])[], options: CalendarTableOptions) {
  const firstRow = options.firstRow ?? 1;
  const header = grid.length > 0 ? headerColumns(grid[0] as readonly unknown[]) : null;
  const cols = header ?? { date: 0, type: 1, name: 2 };
  const src = { source: options.source.zh, sourceEn: options.source.en };
  const findings: CalendarFinding[] = [];
  const entries: CalendarEntry[] = [];
  if (header && header.type < 0) findings.push(finding("error", "date.calendar.noTypeColumn", firstRow, src));
  for (let i = header ? 1 : 0; i < grid.length; i++) {
    const cells = grid[i] as readonly unknown[];
    const row = firstRow + i;
    const rawDate = cells[cols.date];
    const rawType = cols.type < 0 ? "" : cells[cols.type];
    const name = cols.name < 0 ? "" : cellText(cells[cols.name]);
    if (isBlank(rawDate) && isBlank(rawType) && name === "") continue;
    const day = readDay(rawDate);
    if (day === null) {
      findings.push(
        finding("error", "date.calendar.unreadableDate", row, { ...src, row, value: showValue(rawDate) }),
      );
      continue;
    }
    const type = cellText(rawType) as keyof typeof CALENDAR_TYPES;
    const kind = CALENDAR_TYPES[type];
    if (kind === undefined) {
      findings.push(
        finding("error", "date.calendar.badType", row, {
          ...src,
          row,
          date: toIso(day),
          value: showValue(rawType),
        }),
      );
      continue;
    }
    entries.push({ row, day, kind, name });
  }
  return { entries, findings };
}

/** A date cell: an Excel serial, a JS date or one of the written forms; null when unreadable. */
function readDay(value: unknown): EpochDay | null {
  if (isBlank(value)) return null;
  if (typeof value === "string") return parseDateText(value);
  try {
    return toDate(value, "date", CLAUSE);
  } catch {
    return null;
  }
}

const kindZh = (kind: SpecialDay["kind"]): string => (kind === "holiday" ? "休" : "班");
const kindEn = (kind: SpecialDay["kind"]): string =>
  kind === "holiday" ? "rest day" : "make-up working day";

/** The same date twice with different types is an error naming both rows; the same type twice is harmless. */
function checkDuplicates(entries: CalendarEntry[], src: Record<string, string>, findings: CalendarFinding[]) {
  const byDay = new Map<EpochDay, CalendarEntry>();
  const unique: CalendarEntry[] = [];
  for (const entry of entries) {
    const earlier = byDay.get(entry.day);
    if (earlier === undefined) {
      byDay.set(entry.day, entry);
      unique.push(entry);
    } else if (earlier.kind !== entry.kind)
      findings.push(
        finding("error", "date.calendar.conflict", entry.row, {
          ...src,
          row: entry.row,
          date: toIso(entry.day),
          type: kindZh(entry.kind),
          typeEn: kindEn(entry.kind),
          otherRow: earlier.row,
          otherType: kindZh(earlier.kind),
          otherTypeEn: kindEn(earlier.kind),
        }),
      );
  }
  return unique;
}

/** What the package says of a day of a year it covers, in words. */
function packageSays(special: SpecialDay | undefined, day: EpochDay): { zh: string; en: string } {
  if (special !== undefined)
    return special.kind === "holiday"
      ? { zh: `休（${special.name.zh}）`, en: `rest day (${special.name.en})` }
      : { zh: `班（${special.name.zh}调休上班）`, en: `make-up working day (${special.name.en})` };
  const wd = weekday(day);
  return wd === 0 || wd === 6
    ? { zh: `普通周${WEEKDAYS_ZH[wd]}，休息`, en: `an ordinary ${WEEKDAYS_EN[wd]}, a rest day` }
    : { zh: `普通周${WEEKDAYS_ZH[wd]}，工作日`, en: `an ordinary ${WEEKDAYS_EN[wd]}, a working day` };
}

/** Statutory days with a fixed date (全国年节及纪念日放假办法, as amended for 2025). */
function fixedHolidays(year: number): { month: number; day: number; zh: string; en: string }[] {
  const mayDays = year >= 2025 ? [1, 2] : year >= 2008 ? [1] : [1, 2, 3];
  return [
    { month: 1, day: 1, zh: "元旦", en: "New Year's Day" },
    ...mayDays.map((day) => ({ month: 5, day, zh: "劳动节", en: "Labour Day" })),
    ...[1, 2, 3].map((day) => ({ month: 10, day, zh: "国庆节", en: "National Day" })),
  ];
}

/** Windows in which the lunar and solar-term holidays always fall; each needs a 休 inside. */
const MOVABLE_HOLIDAYS = [
  { zh: "春节", en: "Spring Festival", from: [1, 20], to: [2, 21] },
  { zh: "清明节", en: "Tomb-sweeping Day", from: [4, 3], to: [4, 7] },
  { zh: "端午节", en: "Dragon Boat Festival", from: [5, 27], to: [6, 26] },
  { zh: "中秋节", en: "Mid-autumn Festival", from: [9, 6], to: [10, 8] },
] as const;

/** Rest days listed less than this many days apart belong to one holiday. */
const SAME_HOLIDAY_DAYS = 4;

/** A year only the table covers must be listed whole; says which dates are missing and where. */
function checkYearComplete(
  year: number,
  entries: CalendarEntry[],
  src: Record<string, string>,
  findings: CalendarFinding[],
): void {
  const rows = entries.map((e) => e.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const rowsText = first === last ? `${first}` : `${first}–${last}`;
  const rowsEn = first === last ? `row ${first}` : `rows ${first}–${last}`;
  const rest = new Map(entries.filter((e) => e.kind === "holiday").map((e) => [e.day, e] as const));
  const base = { ...src, year, rows: rowsText, rowsEn };
  const missingFixed = fixedHolidays(year).filter((h) => !rest.has(fromYmd(year, h.month, h.day)));
  if (missingFixed.length > 0)
    findings.push(
      finding("error", "date.calendar.yearIncomplete", entries[0]?.row, {
        ...base,
        dates: missingFixed.map((h) => `${toIso(fromYmd(year, h.month, h.day))}（${h.zh}）`).join("、"),
        datesEn: missingFixed.map((h) => `${toIso(fromYmd(year, h.month, h.day))} (${h.en})`).join(", "),
      }),
    );
  for (const h of MOVABLE_HOLIDAYS) {
    const from = fromYmd(year, h.from[0], h.from[1]);
    const to = fromYmd(year, h.to[0], h.to[1]);
    if ([...rest.keys()].some((day) => day >= from && day <= to)) continue;
    findings.push(
      finding("error", "date.calendar.holidayMissing", entries[0]?.row, {
        ...base,
        holiday: h.zh,
        holidayEn: h.en,
        from: toIso(from),
        to: toIso(to),
      }),
    );
  }
  // Working days left out between the rest days of one holiday (10-01…10-03 and 10-05…10-07 listed, Monday 10-04 not).
  const restDays = [...rest.keys()].sort((a, b) => a - b);
  const listed = new Set(entries.map((e) => e.day));
  for (let i = 1; i < restDays.length; i++) {
    const before = restDays[i - 1] as number;
    const after = restDays[i] as number;
    if (after - before <= 1 || after - before > SAME_HOLIDAY_DAYS) continue;
    const gap: EpochDay[] = [];
    for (let day = before + 1; day < after; day++) {
      const wd = weekday(day);
      if (wd !== 0 && wd !== 6 && !listed.has(day)) gap.push(day);
    }
    if (gap.length === 0) continue;
    const next = rest.get(after) as CalendarEntry;
    const prev = rest.get(before) as CalendarEntry;
    findings.push(
      finding("error", "date.calendar.gap", next.row, {
        ...src,
        row: next.row,
        before: toIso(before),
        beforeRow: prev.row,
        after: toIso(after),
        dates: gap.map((d) => `${toIso(d)}（周${WEEKDAYS_ZH[weekday(d)]}）`).join("、"),
        datesEn: gap.map((d) => `${toIso(d)} (${WEEKDAYS_EN[weekday(d)]})`).join(", "),
      }),
    );
  }
  for (const entry of entries) {
    const wd = weekday(entry.day);
    if (entry.kind === "makeup" && wd !== 0 && wd !== 6)
      findings.push(
        finding("warning", "date.calendar.makeupOnWeekday", entry.row, {
          ...src,
          row: entry.row,
          date: toIso(entry.day),
          weekday: WEEKDAYS_ZH[wd] as string,
          weekdayEn: WEEKDAYS_EN[wd] as string,
        }),
      );
  }
}

/**
 * Reads a calendar table and joins it with the holiday package: the calendar to count with (null
 * when an error refuses the table), every finding with its row, and the entries read.
 */
export function readCalendarTable(
  grid: readonly (readonly unknown[])[],
  options: CalendarTableOptions,
): CalendarTableResult {
  const src = { source: options.source.zh, sourceEn: options.source.en };
  const read = readRows(grid, options);
  const findings = read.findings;
  const entries = checkDuplicates(read.entries, src, findings);
  const packaged = packageCalendar();
  const special = packageSpecialDays();
  const years = new Map(packaged.years.map((y) => [y.year, y.source] as const));
  const userSource: CalendarSource = {
    kind: "user",
    zh: `节假日表${options.source.zh}`,
    en: `holiday table ${options.source.en}`,
  };
  const byYear = new Map<number, CalendarEntry[]>();
  for (const entry of entries) {
    const year = yearOf(entry.day);
    if (packaged.sourceOf(year) !== undefined) {
      const theirs = special.get(entry.day);
      const same =
        theirs === undefined
          ? packaged.isWorkday(entry.day) === (entry.kind === "makeup")
          : theirs.kind === entry.kind;
      if (!same) {
        const says = packageSays(theirs, entry.day);
        findings.push(
          finding("warning", "date.calendar.contradictsPackage", entry.row, {
            ...src,
            row: entry.row,
            date: toIso(entry.day),
            type: kindZh(entry.kind),
            typeEn: kindEn(entry.kind),
            name: entry.name === "" ? "" : `（${entry.name}）`,
            package: PACKAGE_SOURCE.zh,
            packageEn: PACKAGE_SOURCE.en,
            says: says.zh,
            saysEn: says.en,
            year,
          }),
        );
      }
      continue;
    }
    const list = byYear.get(year) ?? [];
    list.push(entry);
    byYear.set(year, list);
  }
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    checkYearComplete(year, list, src, findings);
    years.set(year, userSource);
    for (const entry of list)
      special.set(entry.day, {
        kind: entry.kind,
        name: { zh: entry.name || kindZh(entry.kind), en: entry.name || kindEn(entry.kind) },
      });
  }
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const refused = findings.some((f) => f.severity === "error");
  return { calendar: refused ? null : new WorkCalendar(years, special), findings, entries };
}

/**
 * The workbook's 节假日安排 sheet as the panes hand it over (name and cells from row 1): the
 * calendar it makes with the package, its findings naming the sheet's rows; null when the workbook
 * has no such sheet (the package alone applies).
 */
export function calendarFromSheets(
  sheets: ReadonlyArray<{ name: string; cells: readonly (readonly unknown[])[] }>,
): CalendarTableResult | null {
  const sheet = sheets.find((s) => s.name.trim() === CALENDAR_SHEET);
  if (sheet === undefined) return null;
  return readCalendarTable(sheet.cells, {
    source: { zh: `工作表「${CALENDAR_SHEET}」`, en: `sheet "${CALENDAR_SHEET}"` },
  });
}
