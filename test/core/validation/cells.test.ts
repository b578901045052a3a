import { fromYmd, toExcelSerial } from "../../../core/dates/civil";
import type { CellValue } from "../../../core/validation";
import { colOf, grid, monthly, only, problems, run, team, TEAM_ROWS } from "./fixtures";

const M = (key: string): string => `${colOf("monthly", key)}2`;
const T = (key: string): string => `${colOf("team", key)}2`;

/** The one finding of `id` on a clean monthly row with `change`, or none. */
function monthlyFinding(change: Record<string, CellValue>, id: string) {
  return only(run([monthly(change), team(...TEAM_ROWS)]), id);
}

describe("cell checks (DOMAIN §9.1 cells)", () => {
  test("the clean fixtures have no problem at all", () => {
    expect(problems(run([monthly(), team(...TEAM_ROWS)]))).toEqual([]);
  });

  test.each([
    ["orgName", ""],
    ["orgName", "\u3000"],
    ["certNo", null],
    ["auditDays", "\u200B"],
  ])("CELL-REQUIRED: %s = %j", (key, value) => {
    expect(monthlyFinding({ [key]: value }, "CELL-REQUIRED")).toMatchObject({
      cell: M(key),
      severity: "error",
      clause: "000 4.3.3.1",
    });
  });

  test("CELL-ENUM names the list and its items; codes, labels, synonyms and dropdown items pass", () => {
    const f = monthlyFinding({ activity: "年度审核" }, "CELL-ENUM");
    expect(f).toMatchObject({
      cell: M("activity"),
      severity: "error",
      clause: "本工具约定",
      params: { value: "年度审核", list: "认证审核活动类别" },
    });
    expect(f.params.items).toContain("0102 初次认证第二阶段");
    // Codes, labels, dropdown items and the audit-type spellings of DOMAIN §3.4 (I / S / R too).
    for (const value of ["01", "初次认证", "初审", "01 初次认证", "０１", " initial ", "I", "i"]) {
      expect([value, problems(run([monthly({ activity: value }), team(...TEAM_ROWS)]))]).toEqual([value, []]);
    }
    expect(monthlyFinding({ accreditation: "01;ZZ" }, "CELL-ENUM")).toMatchObject({
      cell: M("accreditation"),
      params: { value: "ZZ", list: "认可标识" },
    });
    expect(problems(run([monthly({ accreditation: "01；02" }), team(...TEAM_ROWS)]))).toEqual([]);
    expect(monthlyFinding({ certStatus: "过期" }, "CELL-ENUM").params.list).toBe("证书状态");
  });

  test("CELL-DATE: unreadable dates; real Excel dates, serials and the written forms pass", () => {
    expect(monthlyFinding({ auditStart: "2026.13.01" }, "CELL-DATE")).toMatchObject({
      cell: M("auditStart"),
      severity: "error",
      params: { value: "2026.13.01" },
    });
    expect(monthlyFinding({ auditStart: "下周一" }, "CELL-DATE").cell).toBe(M("auditStart"));
    expect(monthlyFinding({ auditStart: true }, "CELL-DATE").cell).toBe(M("auditStart"));
    const same: CellValue[] = [
      new Date(Date.UTC(2026, 9, 8)),
      toExcelSerial(fromYmd(2026, 10, 8)),
      "2026-10-08",
      "2026/10/8",
      "2026年10月8日",
      "20261008",
      "２０２６－１０－０８",
    ];
    for (const value of same)
      expect([value, problems(run([monthly({ auditStart: value }), team(...TEAM_ROWS)]))]).toEqual([
        value,
        [],
      ]);
  });

  test("CELL-DATE: 20261008 typed into a General cell (a number, not a serial) is read as 2026-10-08", () => {
    expect(problems(run([monthly({ auditStart: 20261008 }), team(...TEAM_ROWS)]))).toEqual([]);
    // Read as that day: one day later than the end is the dates-order finding, not an unreadable date.
    expect(monthlyFinding({ auditStart: 20261011 }, "AUDIT-DATES-ORDER").params.start).toBe("2026-10-11");
    expect(monthlyFinding({ auditStart: 20261399 }, "CELL-DATE")).toMatchObject({
      cell: M("auditStart"),
      params: { value: "20261399" },
    });
  });

  test("CELL-NOT-NUMBER and CELL-NUMBER-RANGE: text where a number is needed, headcount not above 0", () => {
    expect(monthlyFinding({ employees: "一百八十" }, "CELL-NOT-NUMBER")).toMatchObject({
      cell: M("employees"),
      params: { value: "一百八十" },
    });
    expect(monthlyFinding({ auditDays: new Date(Date.UTC(2026, 0, 1)) }, "CELL-NOT-NUMBER").cell).toBe(
      M("auditDays"),
    );
    expect(monthlyFinding({ employees: 0 }, "CELL-NUMBER-RANGE")).toMatchObject({
      cell: M("employees"),
      params: { value: 0, expected: "大于 0" },
    });
    for (const value of ["180", "１８０", " 180 "])
      expect(problems(run([monthly({ employees: value }), team(...TEAM_ROWS)]))).toEqual([]);
    // Numbers read as the core coercers read them: "1,5" is a decimal comma, not 15.
    expect(monthlyFinding({ employees: "1,5" }, "CELL-NOT-NUMBER")).toMatchObject({
      cell: M("employees"),
      params: { value: "1,5" },
    });
  });

  test("CELL-NUMBER-AS-TEXT: a number or date where text is needed", () => {
    expect(monthlyFinding({ legalRep: 12345 }, "CELL-NUMBER-AS-TEXT")).toMatchObject({
      cell: M("legalRep"),
      severity: "warning",
      params: { value: "12345", kind: "数字" },
    });
    expect(
      monthlyFinding({ coverage: new Date(Date.UTC(2026, 0, 1)) }, "CELL-NUMBER-AS-TEXT").params.kind,
    ).toBe("日期");
  });

  test("CELL-LEADING-ZEROS: codes stored as numbers that lost their zeros", () => {
    expect(monthlyFinding({ postcode: 10020 }, "CELL-LEADING-ZEROS")).toMatchObject({
      cell: M("postcode"),
      severity: "error",
      params: { value: "10020", expected: "010020" },
    });
    expect(monthlyFinding({ scope: 3.01 }, "CELL-LEADING-ZEROS").params).toMatchObject({
      value: "3.01",
      expected: "03.01",
    });
    expect(monthlyFinding({ activity: 101 }, "CELL-LEADING-ZEROS").params).toMatchObject({
      value: "101",
      expected: "0101",
    });
    expect(monthlyFinding({ accreditation: 1 }, "CELL-LEADING-ZEROS").params).toMatchObject({
      expected: "01",
    });
    // A six-digit division code stored as a number keeps all its digits: only "enter as text".
    expect(monthlyFinding({ division: 310115 }, "CELL-NUMBER-AS-TEXT").cell).toBe(M("division"));
    expect(
      run([monthly({ country: 156 }), team(...TEAM_ROWS)]).findings.filter((f) => f.cell === M("country")),
    ).toEqual([]);
  });

  test("CELL-CODE-FORMAT: a code of the wrong form names the expected one", () => {
    expect(monthlyFinding({ division: "31011" }, "CELL-CODE-FORMAT")).toMatchObject({
      cell: M("division"),
      params: { value: "31011", example: "310115" },
    });
    expect(monthlyFinding({ scope: "03.1.2;29" }, "CELL-CODE-FORMAT").params.value).toBe("03.1.2");
  });

  test("CELL-ERROR-VALUE: an Excel error in a cell", () => {
    expect(monthlyFinding({ coverage: { error: "#N/A" } }, "CELL-ERROR-VALUE")).toMatchObject({
      cell: M("coverage"),
      severity: "error",
      params: { value: "#N/A" },
    });
  });

  test("CELL-INVISIBLE and CELL-NORMALISED: what normalisation changed is said, full-width brackets in names are not", () => {
    expect(monthlyFinding({ orgName: "上海合规样例有限公司\u200B" }, "CELL-INVISIBLE")).toMatchObject({
      cell: M("orgName"),
      severity: "warning",
      params: { chars: "U+200B" },
    });
    expect(monthlyFinding({ legalRep: "张三\u00A0" }, "CELL-INVISIBLE").params.chars).toBe("U+00A0");
    expect(monthlyFinding({ certNo: " 081226hg00017r001" }, "CELL-NORMALISED")).toMatchObject({
      cell: M("certNo"),
      severity: "info",
      params: { normalised: "081226HG00017R001" },
    });
    expect(
      monthlyFinding({ uscc: "９１３１０１１５ＭＡ１ＦＬ７Ｑ２８９" }, "CELL-NORMALISED").params.normalised,
    ).toBe("91310115MA1FL7Q289");
    expect(run([monthly({ orgName: "上海合规样例（浦东）有限公司" }), team(...TEAM_ROWS)]).findings).toEqual(
      [],
    );
  });

  test("CODE-STORED-AS-NUMBER: an ID number stored as a number is not checksum-checked", () => {
    const rows = [{ ...TEAM_ROWS[0], idNo: 320102198803151200 }, TEAM_ROWS[1] ?? {}];
    const result = run([monthly(), team(...rows)]);
    expect(only(result, "CODE-STORED-AS-NUMBER")).toMatchObject({
      sheet: "审核组成员",
      cell: T("idNo"),
      severity: "error",
      clause: "本工具约定",
    });
    expect(result.findings.filter((f) => f.id === "CODE-CHECKSUM")).toEqual([]);
  });

  test("ACTIVITY-BLANK-EXPECTED: 04 / 99 rows keep dates and person-days blank (and need none)", () => {
    const blank = { activity: "04", auditStart: null, auditEnd: null, auditDays: null };
    expect(problems(run([monthly(blank)]))).toEqual([]);
    const filled = run([monthly({ ...blank, auditDays: 3 })]);
    expect(only(filled, "ACTIVITY-BLANK-EXPECTED")).toMatchObject({
      cell: M("auditDays"),
      severity: "error",
      params: { activity: "04 变更" },
    });
    expect(
      only(run([monthly({ activity: "其他", auditDays: null, auditEnd: null })]), "ACTIVITY-BLANK-EXPECTED")
        .cell,
    ).toBe(M("auditStart"));
  });

  test("blank rows between data rows are skipped, not reported", () => {
    const sheet = monthly({}, {});
    sheet.cells.splice(2, 0, [], [null, "  ", null]);
    const result = run([sheet, team(...TEAM_ROWS)]);
    expect(result.sheets[0]?.rows).toBe(2);
    expect(result.findings.filter((f) => f.id === "CELL-REQUIRED")).toEqual([]);
  });

  test("the failed-audit report reads its own enumerations", () => {
    const result = run([
      grid("failed", [
        {
          orgName: "某公司",
          uscc: "12440300455761025K",
          address: "某地",
          standardCode: "HG",
          scope: "29",
          auditType: "监督审核",
          auditStart: "2026-10-12",
          auditEnd: "2026-10-13",
          reason: "未通过",
        },
      ]),
    ]);
    expect(only(result, "CELL-ENUM").params.list).toBe("审核类型");
  });
});
