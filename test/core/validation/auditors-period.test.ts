import {
  AUDITOR_ROW,
  colOf,
  FAILED_ROW,
  grid,
  monthly,
  only,
  OPTIONS,
  problems,
  run,
  STATUS_ROW,
  team,
  TEAM_ROWS,
  type Row,
} from "./fixtures";
import type { ReportType } from "../../../core/validation";

const A = (key: string): string => `${colOf("auditors", key)}2`;
const auditor = (change: Row) => run([grid("auditors", [{ ...AUDITOR_ROW, ...change }])]);

describe("auditors annual report (DOMAIN §9.1, 000 4.3.6)", () => {
  test("the clean row has no problem", () => {
    expect(problems(auditor({}))).toEqual([]);
  });

  test("AUDITOR-OVER-180: above the profile's 180 days a year (004 3.9); 180 itself is allowed", () => {
    expect(only(auditor({ totalDays: 180.5 }), "AUDITOR-OVER-180")).toMatchObject({
      cell: A("totalDays"),
      severity: "warning",
      clause: "004 3.9",
      params: { total: 180.5, max: 180 },
    });
    expect(problems(auditor({ totalDays: 180 }))).toEqual([]);
  });

  test("AUDITOR-OVER-180: the ceiling and its clause come from the chosen profile (001 3.9 for HG-ZGLY)", () => {
    const result = run([grid("auditors", [{ ...AUDITOR_ROW, totalDays: 181 }])], { hgProfile: "HG-ZGLY" });
    expect(only(result, "AUDITOR-OVER-180")).toMatchObject({ clause: "001 3.9", params: { max: 180 } });
  });

  test("AUDITOR-FIELD-OVER-TOTAL", () => {
    expect(only(auditor({ fieldDays: 121 }), "AUDITOR-FIELD-OVER-TOTAL")).toMatchObject({
      cell: A("fieldDays"),
      severity: "error",
      related: [A("totalDays")],
      params: { field: 121, total: 120 },
    });
    expect(problems(auditor({ fieldDays: 120 }))).toEqual([]);
  });

  test("AUDITOR-DISMISSED-BEFORE-HIRED", () => {
    expect(only(auditor({ dismissed: "2015-05-31" }), "AUDITOR-DISMISSED-BEFORE-HIRED")).toMatchObject({
      cell: A("dismissed"),
      related: [A("hired")],
    });
    expect(problems(auditor({ dismissed: "2015-06-01" }))).toEqual([]);
  });
});

describe("report period (DOMAIN §9.1 period)", () => {
  test("PERIOD-OUTSIDE-MONTH: an activity outside the report month is a warning", () => {
    const surv = { activity: "0301", auditDays: 3.5, issueDate: "2025-10-20", expiryDate: "2028-10-19" };
    const f = only(
      run([monthly({ ...surv, auditStart: "2026-09-28", auditEnd: "2026-09-30" }), team(...TEAM_ROWS)]),
      "PERIOD-OUTSIDE-MONTH",
    );
    expect(f).toMatchObject({
      cell: `${colOf("monthly", "auditEnd")}2`,
      severity: "warning",
      clause: "000 4.3.3.2",
      params: { date: "2026-09-30", month: "2026-10" },
    });
    // A certificate issued in the month after a September audit belongs to the month.
    expect(
      problems(
        run([
          monthly({ auditStart: "2026-09-28", auditEnd: "2026-09-30" }),
          team(...TEAM_ROWS.map((t) => ({ ...t, teamStart: "2026-09-28", teamEnd: "2026-09-30" }))),
        ]),
      ),
    ).toEqual([]);
    expect(
      only(run([grid("failed", [FAILED_ROW])], { month: "2026-11" }), "PERIOD-OUTSIDE-MONTH").clause,
    ).toBe("000 4.3.4.2");
    expect(
      problems(run([grid("status", [STATUS_ROW])], { month: "2025-09", reportDate: "2025-10-10" })),
    ).toEqual([]);
  });

  test("PERIOD-OUTSIDE-MONTH: special audits and transfers are activities too; 04 / 99 rows have no date", () => {
    const september = { auditStart: "2026-09-28", auditEnd: "2026-09-30", auditDays: 2 };
    const undated = TEAM_ROWS.map((t) => ({ ...t, teamStart: null, teamEnd: null }));
    const special = only(
      run([
        monthly({ ...september, activity: "特殊审核", issueDate: "2025-10-20", expiryDate: "2028-10-19" }),
        team(...undated),
      ]),
      "PERIOD-OUTSIDE-MONTH",
    );
    expect(special).toMatchObject({
      cell: `${colOf("monthly", "auditEnd")}2`,
      params: { date: "2026-09-30" },
    });
    // A transfer issues its certificate: issued in the month, it belongs to the month.
    expect(problems(run([monthly({ ...september, activity: "认证转换" }), team(...undated)]))).toEqual([]);
    const change = {
      activity: "04",
      auditStart: null,
      auditEnd: null,
      auditDays: null,
      issueDate: "2025-10-20",
    };
    expect(problems(run([monthly({ ...change, expiryDate: "2028-10-19" })]))).toEqual([]);
  });

  test("a report with no data rows is valid and says so", () => {
    const result = run([grid("monthly", [])]);
    expect(result.canUpload).toBe(true);
    expect(result.findings.map((f) => [f.id, f.severity, f.cell])).toEqual([["SHEET-EMPTY", "info", ""]]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 1, rows: 0 });
  });

  test("OPTION-TYPE-INVALID: a type that is not a report type is an error naming the six", () => {
    const sheet = monthly();
    const result = run([sheet, team(...TEAM_ROWS)], {
      ...OPTIONS,
      types: { [sheet.name]: "weekly" as ReportType },
    });
    expect(only(result, "OPTION-TYPE-INVALID")).toMatchObject({
      severity: "error",
      sheet: "",
      clause: "本工具约定",
      params: { value: "weekly", expected: "monthly、team、failed、status、register、auditors" },
    });
    // The sheet is still recognised by its headers.
    expect(result.sheets[0]).toMatchObject({ type: "monthly", typeSource: "detected" });
  });

  test("OPTION-MONTH-INVALID / OPTION-REPORT-DATE-INVALID, and notes on checks skipped for want of them", () => {
    const bad = run([monthly(), team(...TEAM_ROWS)], { month: "十月", reportDate: "tomorrow" });
    expect(bad.findings.slice(0, 2).map((f) => [f.id, f.severity, f.sheet])).toEqual([
      ["OPTION-MONTH-INVALID", "error", ""],
      ["OPTION-REPORT-DATE-INVALID", "error", ""],
    ]);
    const none = run([monthly(), team(...TEAM_ROWS)], {});
    expect(none.findings.map((f) => f.id)).toEqual(["OPTION-NO-MONTH", "OPTION-NO-REPORT-DATE"]);
    expect(
      run([monthly(), team(...TEAM_ROWS)], { month: "2026年10月", reportDate: "2026-11-03" }).findings,
    ).toEqual([]);
  });
});

describe("result shape", () => {
  test("findings sorted by sheet (workbook order), row, column; summary and canUpload", () => {
    const result = run([
      monthly({ legalRep: null, orgName: null }, { certNo: "坏号" }),
      team(...TEAM_ROWS),
      grid("auditors", [{ ...AUDITOR_ROW, fieldDays: 500 }]),
    ]);
    const keys = result.findings.map((f) => [
      result.sheets.findIndex((s) => s.name === f.sheet),
      f.row,
      f.column,
    ]);
    const sorted = [...keys].sort(
      (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0),
    );
    expect(keys).toEqual(sorted);
    expect(result.findings[0]).toMatchObject({ id: "CELL-REQUIRED", cell: "A2" });
    expect(result.canUpload).toBe(false);
    expect(result.summary.errors).toBe(result.findings.filter((f) => f.severity === "error").length);
    expect(result.summary.rows).toBe(5);
    expect(result.sheets.map((s) => [s.name, s.type, s.typeSource, s.rows, s.headerRow])).toEqual([
      ["获证组织基本信息月报", "monthly", "detected", 2, 1],
      ["审核组成员", "team", "detected", 2, 1],
      ["审核人员基本信息年报", "auditors", "detected", 1, 1],
    ]);
  });
});
