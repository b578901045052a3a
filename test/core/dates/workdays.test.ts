import {
  addWorkdays,
  coveredYears,
  describeDay,
  isWorkday,
  walkWorkdays,
} from "../../../core/dates/workdays";
import { fromYmd, toIso } from "../../../core/dates/civil";
import { attempt, formatProblem } from "../../../core/problem";

const d = (iso: string) =>
  fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const add = (iso: string, n: number) => toIso(addWorkdays(d(iso), n));

describe("Chinese working days (chinese-days data)", () => {
  test("the data covers 2004–2026, every year in between", () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toHaveLength(2026 - 2004 + 1);
  });

  test("holidays, weekends and make-up working weekends (调休)", () => {
    expect(isWorkday(d("2025-10-01"))).toBe(false); // National Day
    expect(isWorkday(d("2025-10-06"))).toBe(false); // Mid-autumn inside the holiday
    expect(isWorkday(d("2025-09-28"))).toBe(true); // Sunday worked
    expect(isWorkday(d("2025-10-11"))).toBe(true); // Saturday worked
    expect(isWorkday(d("2025-10-12"))).toBe(false); // plain Sunday
    expect(isWorkday(d("2025-09-30"))).toBe(true); // plain Tuesday
    expect(describeDay(d("2025-09-28"))).toMatchObject({ kind: "makeup", name: { zh: "国庆节" } });
    expect(describeDay(d("2025-10-06"))).toMatchObject({ kind: "holiday", name: { zh: "中秋" } });
  });

  test("DOMAIN §7's examples", () => {
    expect(add("2025-09-30", 2)).toBe("2025-10-10");
    expect(add("2025-09-26", 2)).toBe("2025-09-29");
  });

  test("n = 0 is the day itself, negative goes back", () => {
    expect(add("2025-10-04", 0)).toBe("2025-10-04");
    expect(add("2025-10-10", -2)).toBe("2025-09-30");
    expect(add("2025-09-29", -1)).toBe("2025-09-28"); // a make-up Sunday counts going back too
  });

  test("the walk records what it skipped", () => {
    const walk = walkWorkdays(d("2025-09-30"), 2);
    expect(walk.skipped.map((s) => toIso(s.day))).toEqual([
      "2025-10-01",
      "2025-10-02",
      "2025-10-03",
      "2025-10-04",
      "2025-10-05",
      "2025-10-06",
      "2025-10-07",
      "2025-10-08",
    ]);
    expect(walk.makeup).toEqual([]);
  });

  test("a year the data does not cover is an error, never a Monday–Friday guess", () => {
    const calls: Array<() => unknown> = [
      () => isWorkday(d("2027-03-01")),
      () => addWorkdays(d("2027-03-01"), 0),
      () => addWorkdays(d("2003-12-31"), 1),
    ];
    for (const fn of calls) {
      const r = attempt(fn);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.code).toBe("date.holidaysNotCovered");
    }
    const r = attempt(() => addWorkdays(d("2027-03-01"), 2));
    expect(!r.ok && formatProblem(r.problem)).toMatch(/^节假日数据未覆盖 2027 年/);
  });

  test("walking out of the covered years is caught too", () => {
    const r = attempt(() => addWorkdays(d("2026-12-30"), 3));
    expect(!r.ok && r.problem.params).toMatchObject({ year: 2027, first: 2004, last: 2026 });
  });

  test("n must be whole", () => {
    const r = attempt(() => addWorkdays(d("2025-09-30"), 1.5));
    expect(!r.ok && r.problem.code).toBe("date.workdaysNotWhole");
  });
});

describe("the day-index table agrees with a day-by-day walk", () => {
  /** The definition: step one day at a time, counting working days (what the table precomputes). */
  function walk(day: number, n: number): number {
    let current = day;
    for (let left = Math.abs(n); left > 0;) {
      current += n < 0 ? -1 : 1;
      if (isWorkday(current)) left--;
    }
    return current;
  }

  test("every start day of 2024–2025, shifts from −15 to 15", () => {
    for (let day = d("2024-01-20"); day <= d("2025-12-10"); day += 3)
      for (const n of [-15, -7, -2, -1, 0, 1, 2, 5, 15])
        expect([day, n, addWorkdays(day, n)]).toEqual([day, n, walk(day, n)]);
  });

  test("the first and last covered days, and one step beyond them", () => {
    expect(add("2004-01-05", -1)).toBe("2004-01-02");
    expect(attempt(() => addWorkdays(d("2004-01-02"), -1)).ok).toBe(false); // 2004-01-01 rests, 2003 is not covered
    expect(add("2026-12-30", 1)).toBe("2026-12-31");
    const r = attempt(() => addWorkdays(d("2026-12-31"), 1));
    expect(!r.ok && r.problem.params).toMatchObject({ year: 2027 });
    const back = attempt(() => addWorkdays(d("2004-01-05"), -5));
    expect(!back.ok && back.problem.params).toMatchObject({ year: 2003 });
  });
});
