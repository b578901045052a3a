/**
 * A user's holiday table (节假日安排) for years the package lacks (issue 9 item 1): what covers a
 * year, where each year's schedule comes from, and every bad input as a finding naming its row.
 */
import { fromYmd, toIso } from "../../../core/dates/civil";
import {
  calendarFromSheets,
  readCalendarTable,
  type CalendarFinding,
} from "../../../core/dates/calendar-table";
import { deadline } from "../../../core/dates/deadlines";
import { addWorkdays, coveredYears } from "../../../core/dates/workdays";
import { attempt, formatProblem } from "../../../core/problem";

const d = (iso: string) =>
  fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const SOURCE = { zh: "「2027.csv」", en: '"2027.csv"' };
const HEADER = ["日期", "类型", "名称"];

/** A whole 2027 schedule in the State Council's usual shape (the year the package lacks). */
const YEAR_2027: string[][] = [
  ["2027-01-01", "休", "元旦"],
  ...["05", "06", "07", "08", "09", "10", "11", "12"].map((day) => [`2027-02-${day}`, "休", "春节"]),
  ["2027-02-13", "班", "春节"],
  ["2027-04-05", "休", "清明节"],
  ...["01", "02", "03", "04", "05"].map((day) => [`2027-05-${day}`, "休", "劳动节"]),
  ["2027-06-09", "休", "端午节"],
  ["2027-09-15", "休", "中秋节"],
  ...["01", "02", "03", "04", "05", "06", "07"].map((day) => [`2027-10-${day}`, "休", "国庆节"]),
  ["2027-09-26", "班", "国庆节"],
  ["2027-10-09", "班", "国庆节"],
];

const read = (rows: unknown[][]) => readCalendarTable([HEADER, ...rows], { source: SOURCE });
const codes = (findings: CalendarFinding[]) => findings.map((f) => [f.severity, f.problem.code, f.row]);

describe("a user's calendar table", () => {
  test("the issue's example: a status change on 2026-12-31 with 2027-01-01 休 → 2027-01-05", () => {
    const { calendar, findings } = read(YEAR_2027);
    expect(findings).toEqual([]);
    expect(calendar).not.toBeNull();
    const due = deadline(d("2026-12-31"), "status", { calendar: calendar! });
    expect(toIso(due.due)).toBe("2027-01-05");
    expect(due.calendarYears!.map((y) => [y.year, y.source.kind, y.source.zh])).toEqual([
      [2026, "package", "chinese-days 1.5.7 数据"],
      [2027, "user", "节假日表「2027.csv」"],
    ]);
    expect(formatProblem({ code: due.steps[0]!.id, clause: "", params: due.steps[0]!.values })).toContain(
      "2026 年：chinese-days 1.5.7 数据；2027 年：节假日表「2027.csv」",
    );
  });

  test("2027 counted on the table: make-up Saturday works, the Spring Festival rests", () => {
    const { calendar } = read(YEAR_2027);
    expect(toIso(addWorkdays(d("2027-02-04"), 1, calendar!))).toBe("2027-02-13"); // 班 Saturday
    expect(toIso(addWorkdays(d("2027-02-13"), 1, calendar!))).toBe("2027-02-15");
    expect(toIso(addWorkdays(d("2027-10-08"), 1, calendar!))).toBe("2027-10-09");
    expect(coveredYears(calendar!).slice(-3)).toEqual([2025, 2026, 2027]);
  });

  test("a year neither covers is still refused with today's message", () => {
    const { calendar } = read(YEAR_2027);
    const r = attempt(() => addWorkdays(d("2027-12-30"), 3, calendar!));
    expect(!r.ok && r.problem.code).toBe("date.holidaysNotCovered");
    expect(!r.ok && formatProblem(r.problem)).toMatch(/^节假日数据未覆盖 2028 年/);
  });

  test("no header row: columns are 日期, 类型, 名称 in that order; Excel serials and 2027/1/1 read as dates", () => {
    const rows = YEAR_2027.map(([date, type, name], i) => [
      i === 0 ? 46388 : i === 1 ? "2027/2/5" : date,
      type,
      name,
    ]);
    const { calendar, findings } = readCalendarTable(rows, { source: SOURCE });
    expect(findings).toEqual([]);
    expect(calendar!.isWorkday(d("2027-01-01"))).toBe(false);
  });

  test("unreadable date, a type other than 休/班: errors naming the row, the table refused", () => {
    const { calendar, findings } = read([
      ...YEAR_2027,
      ["2027-13-01", "休", "x"],
      ["2027-03-01", "放假", "x"],
    ]);
    expect(calendar).toBeNull();
    expect(codes(findings)).toEqual([
      ["error", "date.calendar.unreadableDate", YEAR_2027.length + 2],
      ["error", "date.calendar.badType", YEAR_2027.length + 3],
    ]);
    expect(formatProblem(findings[0]!.problem)).toBe(
      `「2027.csv」第 ${YEAR_2027.length + 2} 行：日期「2027-13-01」无法识别，应为 Excel 日期或 2027-01-01、2027/1/1、2027年1月1日、20270101 之一（依据 本工具约定）`,
    );
    expect(formatProblem(findings[1]!.problem)).toContain(
      "2027-03-01 的类型「放假」应为「休」（放假）或「班」",
    );
  });

  test("the same date twice with different types names both rows; the same type twice is harmless", () => {
    const dup = read([...YEAR_2027, ["2027-10-07", "班", "国庆节"], ["2027-10-06", "休", "国庆节"]]);
    expect(codes(dup.findings)).toEqual([["error", "date.calendar.conflict", YEAR_2027.length + 2]]);
    expect(formatProblem(dup.findings[0]!.problem)).toContain(
      `2027-10-07 标为「班」，但第 ${YEAR_2027.findIndex(([x]) => x === "2027-10-07") + 2} 行标为「休」`,
    );
    expect(dup.calendar).toBeNull();
  });

  test("a year only partly listed says which statutory days and which holidays are missing", () => {
    const { calendar, findings } = read([["2027-01-01", "休", "元旦"]]);
    expect(calendar).toBeNull();
    expect(codes(findings)).toEqual([
      ["error", "date.calendar.yearIncomplete", 2],
      ["error", "date.calendar.holidayMissing", 2],
      ["error", "date.calendar.holidayMissing", 2],
      ["error", "date.calendar.holidayMissing", 2],
      ["error", "date.calendar.holidayMissing", 2],
    ]);
    expect(formatProblem(findings[0]!.problem)).toContain(
      "缺少法定假日 2027-05-01（劳动节）、2027-05-02（劳动节）、2027-10-01（国庆节）、2027-10-02（国庆节）、2027-10-03（国庆节）",
    );
    expect(formatProblem(findings[0]!.problem, "en")).toContain("row 2: only part of 2027 is listed");
    const two = read([
      ["2027-01-01", "休", "元旦"],
      ["2027-01-02", "休", "元旦"],
    ]);
    expect(formatProblem(two.findings[1]!.problem)).toContain("第 2–3 行只列出了 2027 年的部分安排");
    expect(formatProblem(two.findings[1]!.problem, "en")).toContain(
      "rows 2–3: only part of 2027 is listed: no rest day between 2027-01-20 and 2027-02-21",
    );
    expect(findings.slice(1).map((f) => f.problem.params.holiday)).toEqual([
      "春节",
      "清明节",
      "端午节",
      "中秋节",
    ]);
  });

  test("a working day left out between the rest days of one holiday is named with its weekday", () => {
    const rows = YEAR_2027.filter(([date]) => date !== "2027-10-04");
    const { calendar, findings } = read(rows);
    expect(calendar).toBeNull();
    expect(codes(findings)).toEqual([
      ["error", "date.calendar.gap", rows.findIndex(([x]) => x === "2027-10-05") + 2],
    ]);
    expect(formatProblem(findings[0]!.problem)).toContain("与 2027-10-05 之间缺少 2027-10-04（周一）");
  });

  test("an entry contradicting the package for a year it covers is a warning naming both; the package wins", () => {
    const { calendar, findings } = read([
      ...YEAR_2027,
      ["2026-10-09", "休", "国庆节"],
      ["2026-10-01", "休", "国庆节"],
    ]);
    expect(codes(findings)).toEqual([["warning", "date.calendar.contradictsPackage", YEAR_2027.length + 2]]);
    expect(formatProblem(findings[0]!.problem)).toBe(
      `「2027.csv」第 ${YEAR_2027.length + 2} 行：2026-10-09 标为「休」（国庆节），而chinese-days 1.5.7 数据为「普通周五，工作日」；2026 年按chinese-days 1.5.7 数据计算，此行不采用（依据 本工具约定）`,
    );
    expect(calendar!.isWorkday(d("2026-10-09"))).toBe(true);
  });

  test("班 on a weekday is a warning", () => {
    const { findings } = read([...YEAR_2027, ["2027-03-03", "班", ""]]);
    expect(codes(findings)).toEqual([["warning", "date.calendar.makeupOnWeekday", YEAR_2027.length + 2]]);
  });

  test("blank rows are skipped; an empty table covers nothing new", () => {
    const { calendar, findings } = read([["", "", ""], []]);
    expect(findings).toEqual([]);
    expect(coveredYears(calendar!)).toEqual(coveredYears());
  });

  test("a header with 日期 but no 类型 column is refused", () => {
    const r = readCalendarTable(
      [
        ["日期", "名称"],
        ["2027-01-01", "元旦"],
      ],
      { source: SOURCE },
    );
    expect(codes(r.findings)[0]).toEqual(["error", "date.calendar.noTypeColumn", 1]);
  });

  test("the panes' 节假日安排 sheet: found by name, rows named as the sheet's", () => {
    expect(calendarFromSheets([{ name: "证书状态变更", cells: [] }])).toBeNull();
    const sheet = { name: "节假日安排", cells: [HEADER, ...YEAR_2027, ["2027-13-01", "休", ""]] };
    const result = calendarFromSheets([{ name: "证书状态变更", cells: [] }, sheet])!;
    expect(result.calendar).toBeNull();
    expect(formatProblem(result.findings[0]!.problem)).toMatch(
      /^工作表「节假日安排」第 29 行：日期「2027-13-01」无法识别/,
    );
  });
});
