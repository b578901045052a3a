import { columnLetters } from "../../../../core/validation";
import { byId, CERT, cncaGrid, colOf, PLAN, problems, run, sheetDef, TEAM, type Row } from "./fixtures";

const L = "cnca-2016";
const cell = (sheet: string, code: string, row = 8) => `${columnLetters(colOf(L, sheet, code))}${row}`;
const certs = (rows: Row[]) => cncaGrid(L, "certificates", rows);
const team = (rows: Row[] = TEAM) => cncaGrid(L, "team", rows);
/** Problems (not infos) of the clean workbook with one certificate row changed, minus the fixture's one warning. */
function withCert(change: Row, options = {}): string[] {
  return problems(run([certs([{ ...CERT, ...change }]), team()], options)).filter(
    (p) => p !== `CNCA-REQUIRED-UNSURE@${cell("certificates", "AUTH_PROJ_CODE")}`,
  );
}
const at = (id: string, code: string, sheet = "certificates", row = 8) => `${id}@${cell(sheet, code, row)}`;

describe("required fields, one planted blank per rule (CNCA 模版 填表说明)", () => {
  const certCols = sheetDef(L, "certificates").columns.filter((c) => c.required.rule === "always");
  test.each(certCols.map((c) => [c.item ?? 0, c.code, c.required.basis]))(
    "证书信息表 第 %i 项 %s blank (%s)",
    (_item, code, basis) => {
      const found = withCert({ [code]: null });
      const id = basis === "note" ? "CNCA-REQUIRED" : "CNCA-REQUIRED-UNSURE";
      expect(found.filter((p) => p.startsWith("CNCA-REQUIRED"))).toEqual(
        CERT[code] === undefined ? [] : [at(id, code)],
      );
    },
  );

  const teamCols = sheetDef(L, "team").columns.filter((c) => c.required.rule === "always");
  test.each(teamCols.map((c) => [c.item ?? 0, c.code]))("审核结果信息表 第 %i 项 %s blank", (_item, code) => {
    const rows = TEAM.map((r, k) => (k === 0 ? { ...r, [code]: null } : r));
    const found = problems(run([certs([CERT]), team(rows)])).filter((p) => p.startsWith("CNCA-REQUIRED@"));
    expect(found).toEqual([at("CNCA-REQUIRED", code, "team")]);
  });

  test("the message cites the template item and says the field is required", () => {
    const f = byId(run([certs([{ ...CERT, CERTI_STATUS: null }]), team()]), "CNCA-REQUIRED")[0];
    expect(f?.message).toBe("「41、证书状态」为必填项，不能为空（依据 CNCA 模版 证书信息表 第 41 项）");
  });
});

describe("conditional and must-be-blank fields (CNCA-FORMAT.md §4)", () => {
  test.each<[string, Row, string[]]>([
    [
      "status 02 暂停 needs 42–44",
      { CERTI_STATUS: "02" },
      [
        at("CNCA-REQUIRED-WHEN", "PAUSE_CAUSE"),
        at("CNCA-REQUIRED-WHEN", "PAUSE_S_DATE"),
        at("CNCA-REQUIRED-WHEN", "PAUSE_E_DATE"),
      ],
    ],
    [
      "a suspension reason on a valid certificate must be blank",
      { PAUSE_CAUSE: "0111" },
      [at("CNCA-MUST-BE-BLANK", "PAUSE_CAUSE")],
    ],
    [
      "status 03 撤销 needs 45–46",
      { CERTI_STATUS: "03" },
      [at("CNCA-REQUIRED-WHEN", "CANCEL_CAUSE"), at("CNCA-REQUIRED-WHEN", "CANCEL_DATE")],
    ],
    ["a sub-certificate needs 48", { IS_C_CERTI: "1" }, [at("CNCA-REQUIRED-WHEN", "M_CERTI_NUM")]],
    [
      "a main certificate's 48 must be blank",
      { M_CERTI_NUM: "081226HG00016R000" },
      [at("CNCA-MUST-BE-BLANK", "M_CERTI_NUM")],
    ],
    [
      "a change category needs 49 变更日期 (and, inferred, the former name)",
      { CHG_TYP_CODE: "0101" },
      [at("CNCA-REQUIRED-WHEN-UNSURE", "ORG_O_NAME"), at("CNCA-REQUIRED-WHEN", "CHG_DATE")],
    ],
    [
      "a change date without a category must be blank",
      { CHG_DATE: "2026-10-20" },
      [at("CNCA-MUST-BE-BLANK", "CHG_DATE")],
    ],
    [
      "report type 02 换发证书 needs 52–55",
      { REPORT_TYPE: "02" },
      [
        at("CNCA-REQUIRED-WHEN", "EXCHANGE_DATE"),
        at("CNCA-REQUIRED-WHEN", "EXCHANGE_CAUSE"),
        at("CNCA-REQUIRED-WHEN", "O_AWARD_JG"),
        at("CNCA-REQUIRED-WHEN", "O_CERTI_NUM"),
      ],
    ],
    [
      "an exchange date on a new certificate must be blank",
      { EXCHANGE_DATE: "2026-10-20" },
      [at("CNCA-MUST-BE-BLANK", "EXCHANGE_DATE")],
    ],
    [
      "an overdue audit (66 = 1) needs 67–70",
      { IS_OVERFLOW: "1" },
      [
        at("CNCA-REQUIRED-WHEN", "AUDIT_PLAN_NO"),
        at("CNCA-REQUIRED-WHEN", "OVERFLOW_CAUSE"),
        at("CNCA-REQUIRED-WHEN", "PLAN_START"),
        at("CNCA-REQUIRED-WHEN", "PROGRAM_FILENO"),
      ],
    ],
    ["EC9000 needs 28", { AUTH_PROJ_CODE: "A010201" }, [at("CNCA-REQUIRED-WHEN", "QMS_COVERAGE")]],
    [
      "28 is blank for other projects",
      { AUTH_PROJ_CODE: "A010103", QMS_COVERAGE: "质量管理" },
      [at("CNCA-MUST-BE-BLANK", "QMS_COVERAGE")],
    ],
    [
      "EnMS needs 29",
      { AUTH_PROJ_CODE: "A090102" },
      [at("CNCA-REQUIRED-WHEN", "ORG_EN_BORDER"), at("CNCA-ENERGY-SHEET-ABSENT", "CERT_NUMBER")],
    ],
    [
      "a foreign organisation has no organisation or division code",
      { ORG_COUNTRY: "840" },
      [at("CNCA-MUST-BE-BLANK", "ORG_CODE"), at("CNCA-MUST-BE-BLANK", "ORG_DISTRICT")],
    ],
    ["an initial audit needs its fee", { REV_CERTI_FEE: null }, [at("CNCA-REQUIRED-WHEN", "REV_CERTI_FEE")]],
    [
      "the CNAS mark on a QMS certificate needs the risk",
      { AUTH_PROJ_CODE: "A010103", RISK_PARAM: null },
      [at("CNCA-REQUIRED-WHEN", "RISK_PARAM")],
    ],
  ])("%s", (_what, change, expected) => {
    const found = withCert(change).filter((p) => /^CNCA-(REQUIRED|MUST|ENERGY)/.test(p));
    expect(found.sort()).toEqual([...expected].sort());
  });

  test("activity 05 变更: no audit dates or person-days needed, a change category is", () => {
    const found = withCert({
      APPR_AC_CODE: "05",
      APPR_S_DATE: null,
      APPR_E_DATE: null,
      CHK_PD_NUM: null,
      REV_CERTI_FEE: null,
    }).filter((p) => p.startsWith("CNCA-REQUIRED") || p.startsWith("CNCA-MUST"));
    expect(found).toEqual([at("CNCA-REQUIRED-WHEN", "CHG_TYP_CODE")]);
  });

  test("the condition is said in words, with the code's label", () => {
    const f = byId(run([certs([{ ...CERT, CERTI_STATUS: "02" }]), team()]), "CNCA-REQUIRED-WHEN")[0];
    expect(f?.message).toBe(
      "「41、证书状态」为 02（暂停）时，「42、暂停原因」必填，不能为空（依据 CNCA 模版 证书信息表 第 42 项）",
    );
  });

  test("energy: 产品单位 99 needs its description", () => {
    const energy = cncaGrid(L, "energy", [
      {
        RZJG_ID: "CNCA-R-2021-812",
        CERT_NUMBER: CERT.CERT_NUMBER as string,
        CYCLE_IDENTIFY: "02",
        EN_S_DATE: "2025-10-01",
        EN_E_DATE: "2026-09-30",
        OUT_VALUE: "1200",
        INTEG_EN: "350.5",
        P_PRO_NAME: "罐头",
        P_PRO_OUT: "100",
        P_PRO_UNIT: "99",
        P_PRO_EN_EI: "350.5",
      },
    ]);
    const found = problems(run([certs([CERT]), team(), energy])).filter(
      (p) => p.includes("P_PRO") || p.startsWith("CNCA-REQUIRED-WHEN"),
    );
    expect(found).toEqual([at("CNCA-REQUIRED-WHEN", "P_PRO_UNIT_DES", "energy")]);
  });
});

describe("types, lengths, codes and separators", () => {
  test.each<[string, Row, string[]]>([
    [
      "text longer than the template allows",
      { ORG_NAME: "名".repeat(301) },
      [at("CNCA-TOO-LONG", "ORG_NAME")],
    ],
    ["a number column holding words", { RELA_PEOP_NUM: "一百八" }, [at("CNCA-NOT-NUMBER", "RELA_PEOP_NUM")]],
    ["person-days beyond （3,3）", { CHK_PD_NUM: "10.1234" }, [at("CNCA-NUMBER-DIGITS", "CHK_PD_NUM")]],
    ["a date that does not exist", { AWARD_DATE: "2026-13-01" }, [at("CNCA-DATE-INVALID", "AWARD_DATE")]],
    ["a date not in YYYY-MM-DD", { APP_ASS_DATE: "2026/10/18" }, [at("CNCA-DATE-FORM", "APP_ASS_DATE")]],
    ["a code stored as the number 1", { CERTI_STATUS: 1 }, [at("CNCA-CODE-AS-NUMBER", "CERTI_STATUS")]],
    ["a code written 1 for 01", { REG_ASSETS_CURR: "1" }, [at("CNCA-CODE-LOST-ZERO", "REG_ASSETS_CURR")]],
    ["a status the verified list lacks", { CERTI_STATUS: "07" }, [at("CNCA-CODE-UNKNOWN", "CERTI_STATUS")]],
    ["an industry at division level", { BEL_INDUSTRY: "13" }, [at("CNCA-CODE-LEVEL", "BEL_INDUSTRY")]],
    ["codes separated by ;", { ACC_SYMBOL: "01;02" }, [at("CNCA-SEPARATOR", "ACC_SYMBOL")]],
    ["codes separated by 、", { ACC_SYMBOL: "01、02" }, [at("CNCA-SEPARATOR", "ACC_SYMBOL")]],
    ["names separated by ;", { CHK_P_LIST: "赵六;钱七" }, [at("CNCA-SEPARATOR-TEXT", "CHK_P_LIST")]],
    [
      "a certificate number in lower case",
      { CERT_NUMBER: "081226hg00017r000" },
      [at("CNCA-CERTNO-FORM", "CERT_NUMBER")],
    ],
    [
      "spaces and a zero-width space around a name",
      { ORG_NAME: " 上海合规样例有限公司\u200B" },
      [at("CNCA-CELL-SPACES", "ORG_NAME")],
    ],
  ])("%s", (_what, change, expected) => {
    expect(withCert(change).filter((p) => !p.startsWith("CNCA-REQUIRED") && !p.startsWith("TIME-"))).toEqual(
      expected,
    );
  });

  test("an unknown value of an unverified table (暂停原因, ERP-derived) is a warning, never an error", () => {
    const result = run([
      certs([
        {
          ...CERT,
          CERTI_STATUS: "02",
          PAUSE_CAUSE: "0188",
          PAUSE_S_DATE: "2026-10-25",
          PAUSE_E_DATE: "2027-01-24",
        },
      ]),
      team(),
    ]);
    expect(byId(result, "CNCA-CODE-UNLISTED").map((f) => [f.cell, f.severity])).toEqual([
      [cell("certificates", "PAUSE_CAUSE"), "warning"],
    ]);
    expect(byId(result, "CNCA-CODE-UNKNOWN")).toEqual([]);
  });

  test("the separator finding names the fix", () => {
    const f = byId(run([certs([{ ...CERT, ACC_SYMBOL: "01,02" }]), team()]), "CNCA-SEPARATOR")[0];
    expect(f?.message).toContain("「01；02」");
  });

  test("a code stored as a number names what is there and what the template expects", () => {
    const f = byId(run([certs([{ ...CERT, CERTI_STATUS: 1 }]), team()]), "CNCA-CODE-AS-NUMBER")[0];
    expect(f?.message).toContain("是数字 1，模版要求文本代码「01」");
  });

  test("a team row's date without its time, and an ID number stored as a number", () => {
    const rows = TEAM.map((r, k) =>
      k === 2 ? { ...r, APPR_S_DATE: "2026-10-09", ID_CODE: 110105194912310020 } : r,
    );
    const found = problems(run([certs([CERT]), team(rows)]));
    expect(found).toContain(at("CNCA-DATE-FORM", "APPR_S_DATE", "team", 10));
    expect(found).toContain(at("CNCA-ID-AS-NUMBER", "ID_CODE", "team", 10));
  });

  test("Excel's own types (numbers, dates as Date or serial) read as the PHP exporters' text does", () => {
    const typed: Row = {
      ...CERT,
      ORG_REG_ASSETS: 500,
      ORG_PEOP_NUM: 200,
      RELA_PEOP_NUM: 180,
      A_AUTH_TIMES: 0,
      SUSE_TIMES: 0,
      CHK_PD_NUM: 10,
      BASE_PD_NUM: 9,
      REV_CERTI_FEE: 30000,
      IS_MULTI_SCENE: 0,
      IS_C_CERTI: 0,
      IS_CHG_CERTI: 0,
      IS_OVERFLOW: 0,
      AWARD_DATE: new Date(Date.UTC(2026, 9, 20)),
      CERTI_E_DATE: 47405, // 2029-10-19 as an Excel serial
      APPR_S_DATE: new Date(Date.UTC(2026, 9, 8)),
    };
    expect(withCert(typed)).toEqual([]);
  });
});

describe("rules across fields and sheets", () => {
  test("颁证日期 after the reporting date", () => {
    expect(
      withCert(
        { AWARD_DATE: "2026-11-05", FIRST_CERT_DATE: "2026-11-05", CERTI_E_DATE: "2029-11-04" },
        { reportDate: "2026-10-31" },
      ),
    ).toContain(at("CNCA-AFTER-REPORT-DATE", "AWARD_DATE"));
  });

  test("a sub-certificate expiring after its main certificate", () => {
    const sub = {
      ...CERT,
      CERT_NUMBER: "081226HG00017R000-1",
      IS_C_CERTI: "1",
      M_CERTI_NUM: CERT.CERT_NUMBER ?? null,
      CERTI_E_DATE: "2029-10-20",
    };
    const result = run([certs([CERT, sub]), team()]);
    const f = byId(result, "CNCA-SUB-EXPIRY");
    expect(f.map((x) => [x.cell, x.related])).toEqual([
      [cell("certificates", "CERTI_E_DATE", 9), [cell("certificates", "CERTI_E_DATE", 8)]],
    ]);
  });

  test("team and energy certificate numbers must be in 证书信息表; one person per team row", () => {
    const rows = [...TEAM, { ...TEAM[0], CERT_NUMBER: "081226HG00099R000", FULL_NAME: "李四、王五" }];
    const result = run([certs([CERT]), team(rows)]);
    expect(byId(result, "CNCA-CERT-NOT-LISTED").map((f) => [f.cell, f.params.value])).toEqual([
      [cell("team", "CERT_NUMBER", 11), "081226HG00099R000"],
    ]);
    expect(byId(result, "CNCA-TEAM-ONE-PERSON").map((f) => f.cell)).toEqual([cell("team", "FULL_NAME", 11)]);
    expect(byId(run([team()]), "CNCA-NO-CERTIFICATES").map((f) => f.severity)).toEqual(["error"]);
  });

  const ENERGY: Row = {
    RZJG_ID: "CNCA-R-2021-812",
    CERT_NUMBER: "081226EN00017R000",
    CYCLE_IDENTIFY: "02",
    EN_S_DATE: "2025-10-01",
    EN_E_DATE: "2026-09-30",
    OUT_VALUE: "1200",
    INTEG_EN: "0.3",
    P_PRO_NAME: "罐头",
    P_PRO_OUT: "100",
    P_PRO_UNIT: "99",
    P_PRO_UNIT_DES: "吨",
    P_PRO_EN_EI: "0.1",
  };
  const enms: Row = {
    ...CERT,
    CERT_NUMBER: "081226EN00017R000",
    AUTH_PROJ_CODE: "A090102",
    ORG_EN_BORDER: "厂区",
    AUTH_PROJ_CODEDEC: null,
  };

  test("an EnMS initial audit needs energy rows for periods 01 and 02; the Ei add up to the total", () => {
    const energy = cncaGrid(L, "energy", [ENERGY, { ...ENERGY, P_PRO_NAME: "果汁", P_PRO_EN_EI: "0.2" }]);
    const result = run([certs([enms]), energy]);
    expect(byId(result, "CNCA-ENERGY-PERIOD-MISSING").map((f) => f.params.periods)).toEqual(["01"]);
    expect(byId(result, "CNCA-ENERGY-SUM")).toEqual([]);
    const off = cncaGrid(L, "energy", [ENERGY, { ...ENERGY, P_PRO_NAME: "果汁", P_PRO_EN_EI: "0.3" }]);
    expect(byId(run([certs([enms]), off]), "CNCA-ENERGY-SUM").map((f) => [f.severity, f.params.sum])).toEqual(
      [["warning", 0.4]],
    );
    const backwards = cncaGrid(L, "energy", [{ ...ENERGY, EN_E_DATE: "2025-09-30", P_PRO_EN_EI: "0.3" }]);
    expect(byId(run([certs([enms]), backwards]), "CNCA-DATE-ORDER").map((f) => f.cell)).toEqual([
      cell("energy", "EN_E_DATE"),
    ]);
  });

  test("audit plan numbers are unique; the approval number has CNCA's form", () => {
    const plan = cncaGrid(L, "plan", [PLAN, { ...PLAN, RZJG_ID: "CNCA-2021-812" }]);
    const result = run([plan]);
    expect(byId(result, "CNCA-PLAN-DUPLICATE").map((f) => [f.cell, f.params.first])).toEqual([
      [cell("plan", "AUDIT_PLAN_CODE", 9), 8],
    ]);
    expect(byId(result, "CNCA-APPROVAL-FORM").map((f) => [f.cell, f.severity])).toEqual([
      [cell("plan", "RZJG_ID", 9), "warning"],
    ]);
  });
});
