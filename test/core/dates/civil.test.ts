import {
  addMonths,
  addYears,
  fromExcelSerial,
  fromYmd,
  parseDateText,
  toDate,
  toExcelSerial,
  toIso,
  weekday,
} from "../../../core/dates/civil";
import { attempt, InputError } from "../../../core/problem";

describe("civil dates", () => {
  test("epoch day round-trips ISO and Excel serials", () => {
    expect(fromYmd(1970, 1, 1)).toBe(0);
    expect(toIso(fromYmd(2029, 1, 14))).toBe("2029-01-14");
    // Excel shows serial 46037 as 2026-01-15.
    expect(toExcelSerial(fromYmd(2026, 1, 15))).toBe(46037);
    expect(toIso(fromExcelSerial(46037.75))).toBe("2026-01-15");
  });

  test("addMonths clamps to month end like EDATE", () => {
    expect(toIso(addMonths(fromYmd(2026, 1, 31), 1))).toBe("2026-02-28");
    expect(toIso(addYears(fromYmd(2024, 2, 29), 1))).toBe("2025-02-28");
    expect(toIso(addMonths(fromYmd(2026, 11, 15), -12))).toBe("2025-11-15");
  });

  test("weekday: 2025-09-30 was a Tuesday", () => {
    expect(weekday(fromYmd(2025, 9, 30))).toBe(2);
  });

  test.each([
    ["2026-01-15", "2026-01-15"],
    ["2026/1/15", "2026-01-15"],
    ["2026年1月15日", "2026-01-15"],
    ["20260115", "2026-01-15"],
    ["２０２６－０１－１５", "2026-01-15"],
    ["2026-01-15 00:00:00", "2026-01-15"],
  ])("parses %s", (text, iso) => {
    expect(toIso(parseDateText(text)!)).toBe(iso);
  });

  test.each(["2026-02-30", "2026-13-01", "15/01/2026", "明天"])("rejects %s", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  test("20260115 typed into a General cell arrives as a number and is read as that date (DOMAIN §9.1)", () => {
    expect(toIso(toDate(20260115, "date", "本工具约定"))).toBe("2026-01-15");
    expect(toIso(toDate(20000229, "date", "本工具约定"))).toBe("2000-02-29");
    // The largest serial Excel shows is still a serial; an 8-digit number that is no date is refused.
    expect(toIso(toDate(2958465, "date", "本工具约定"))).toBe("9999-12-31");
    for (const n of [20260230, 19000229, 2958466, 20260115.5])
      expect(attempt(() => toDate(n, "date", "本工具约定"))).toMatchObject({
        ok: false,
        problem: { code: "date.unreadable" },
      });
  });

  test("toDate accepts Date, serial and text; names the bad value", () => {
    expect(toIso(toDate(new Date(Date.UTC(2026, 0, 15)), "date", "本工具约定"))).toBe("2026-01-15");
    expect(toIso(toDate(46037, "date", "本工具约定"))).toBe("2026-01-15");
    expect(() => toDate("2026-02-30", "date", "本工具约定")).toThrow(InputError);
    try {
      toDate("2026-02-30", "date", "本工具约定");
    } catch (e) {
      expect((e as InputError).problem).toEqual({
        code: "date.unreadable",
        clause: "本工具约定",
        params: { field: "date", value: "2026-02-30" },
      });
      expect((e as Error).message).toContain("日期「2026-02-30」无法识别为日期");
      expect((e as Error).message).toContain("（依据 本工具约定）");
    }
  });
});
