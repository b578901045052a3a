import { parseReportMonth } from "../../../core/dates/report-month";
import { toIso } from "../../../core/dates/civil";
import { attempt, formatProblem } from "../../../core/problem";

describe("the report month: one reader for the CLI, the pane and validateWorkbook", () => {
  test.each([
    ["2026-10", "2026-10"],
    ["2026/10", "2026-10"],
    ["2026.10", "2026-10"],
    ["2026年10月", "2026-10"],
    ["2026 年 10 月", "2026-10"],
    ["2026-1", "2026-01"],
    ["202610", "2026-10"],
    ["２０２６－１０", "2026-10"],
    [" 2026-10 ", "2026-10"],
  ])("%j → %s", (raw, text) => {
    expect(parseReportMonth(raw).text).toBe(text);
  });

  test("first and last day, December rolling into the next year, February of a leap year", () => {
    const oct = parseReportMonth("2026-10");
    expect([toIso(oct.first), toIso(oct.last)]).toEqual(["2026-10-01", "2026-10-31"]);
    const dec = parseReportMonth("202612");
    expect([toIso(dec.first), toIso(dec.last)]).toEqual(["2026-12-01", "2026-12-31"]);
    expect(toIso(parseReportMonth("2028-02").last)).toBe("2028-02-29");
  });

  test.each(["2026-13", "2026-0", "202613", "October", "2026", "2026-10-15", "20261", "", null, 202610])(
    "%j is refused naming the value and the spellings",
    (raw) => {
      const r = attempt(() => parseReportMonth(raw));
      expect(!r.ok && r.problem.code).toBe("date.reportMonth");
      if (!r.ok) {
        expect(formatProblem(r.problem)).toContain(`报告月份「${raw === null ? "" : String(raw)}」无法识别`);
        expect(formatProblem(r.problem)).toContain("202610");
        expect(r.problem.clause).toBe("本工具约定");
      }
    },
  );
});
