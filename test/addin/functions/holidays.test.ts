/** The optional [holidays] range of CERT.WORKDAY and CERT.DEADLINE (issue 9 item 1), as Excel passes it. */
import { DEADLINE, WORKDAY } from "../../../addin/functions/functions";
import { installFakeCustomFunctions, plain } from "./fake-custom-functions";

beforeAll(installFakeCustomFunctions);

/** Excel serial of an ISO date. */
const serial = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25569;
const iso = (value: unknown): string =>
  new Date((Number(value) - 25569) * 86_400_000).toISOString().slice(0, 10);

/** 2027 as a clerk types it into 节假日安排!A:C (dates as Excel serials, as a range hands them over). */
const DAYS_2027: [string, string, string][] = [
  ["2027-01-01", "休", "元旦"],
  ...["05", "06", "07", "08", "09", "10", "11", "12"].map((d): [string, string, string] => [
    `2027-02-${d}`,
    "休",
    "春节",
  ]),
  ["2027-02-13", "班", "春节"],
  ["2027-04-05", "休", "清明节"],
  ...["01", "02", "03", "04", "05"].map((d): [string, string, string] => [`2027-05-${d}`, "休", "劳动节"]),
  ["2027-06-09", "休", "端午节"],
  ["2027-09-15", "休", "中秋节"],
  ...["01", "02", "03", "04", "05", "06", "07"].map((d): [string, string, string] => [
    `2027-10-${d}`,
    "休",
    "国庆节",
  ]),
];
const RANGE3 = [["日期", "类型", "名称"], ...DAYS_2027.map(([d, t, n]) => [serial(d), t, n])];
const RANGE2 = DAYS_2027.map(([d, t]) => [serial(d), t]);

describe("[holidays]", () => {
  test("without it, 2027 is #N/A as before", () => {
    const cell = plain(WORKDAY([[serial("2026-12-31")]], [[2]])[0]![0]);
    expect(cell).toMatchObject({ error: "#N/A" });
  });

  test("a three-column range with its header, or two columns: 2026-12-31 + 2 working days → 2027-01-05", () => {
    for (const range of [RANGE3, RANGE2]) {
      expect(iso(WORKDAY([[serial("2026-12-31")]], [[2]], range)[0]![0])).toBe("2027-01-05");
      expect(iso(DEADLINE([[serial("2026-12-31")]], [["status"]], range)[0]![0])).toBe("2027-01-05");
    }
  });

  test("an omitted or blank range is the package alone", () => {
    expect(iso(WORKDAY([[serial("2025-09-30")]], [[2]], [[null]])[0]![0])).toBe("2025-10-10");
    expect(iso(DEADLINE([[serial("2025-09-30")]], [["status"]], [["", ""]])[0]![0])).toBe("2025-10-10");
  });

  test("a bad row is one #VALUE! naming the row of the range", () => {
    const bad = [...RANGE3, [serial("2027-03-01"), "放假", ""]];
    const cell = plain(WORKDAY([[serial("2026-12-31")]], [[2]], bad)[0]![0]);
    expect(cell).toMatchObject({ error: "#VALUE!" });
    expect((cell as { message: string }).message).toContain(
      `节假日表区域第 ${bad.length} 行：2027-03-01 的类型「放假」`,
    );
  });

  test("a range of one or four columns is refused saying what it must be", () => {
    const cell = plain(DEADLINE([[serial("2026-12-31")]], [["status"]], [[1, 2, 3, 4]])[0]![0]);
    expect((cell as { message: string }).message).toContain("节假日表区域应为两列");
  });
});
