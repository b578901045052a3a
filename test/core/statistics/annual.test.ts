/**
 * The annual statistics on a hand-counted register (DOMAIN §10, issue 10 item 6): every case the
 * issue lists, with the counts worked out by hand in the comments.
 */
import { attempt, formatProblem } from "../../../core/problem";
import { cnca2016Grid, idsOf, registerGrid, registerRow, statsOf } from "./grids";

// Year 2025, as of 2025-12-31.
const ROWS = [
  // A: valid, two major categories (03, 29), Beijing → 有效, counted in 03 and 29
  registerRow("081223HG00001R000", "03.01;29.07", "110105", "2023-03-01", "2026-02-28", "有效"),
  // B: suspended and restored within the year (status 有效 since 2025-08-01), issued 2025 → 有效
  registerRow("081225HG00002R000", "29.07", "310115", "2025-02-10", "2028-02-09", "有效", "2025-08-01"),
  // C: withdrawn after year end → 有效 on 2025-12-31
  registerRow("081224HG00003R000", "28", "330106", "2024-05-01", "2027-04-30", "撤销", "2026-01-20"),
  // D: sub-certificate of C → left out of every count
  registerRow("081224HG00003R000-1", "28", "330106", "2024-05-01", "2027-04-30", "有效", null, "子证书"),
  // E: expired 2025-05-31 but still marked 有效 → 过期 (this year's flow) + finding
  registerRow("081222HG00004R000", "03", "110105", "2022-06-01", "2025-05-31", "有效"),
  // F: suspended 2025-11-01, issued 2025 → 暂停
  registerRow("081225HG00005R000", "19", "440305", "2025-01-05", "2028-01-04", "暂停", "2025-11-01"),
  // G: withdrawn 2025-04-01 → 撤销 (flow)
  registerRow("081223HG00006R000", "03", "110105", "2023-01-01", "2025-12-31", "撤销", "2025-04-01"),
  // H: cancelled 2024 → not counted (old flow)
  registerRow("081221HG00007R000", "03", "110105", "2021-01-01", "2023-12-31", "注销", "2024-03-01"),
  // I: issued 2026 → not counted at all
  registerRow("081226HG00008R000", "03", "110105", "2026-01-05", "2029-01-04", "有效"),
  // J: unknown status word → 无法归类
  registerRow("081225HG00009R000", "03", "110105", "2025-03-01", "2028-02-28", "作废"),
  // K: valid, division unknown → province 无法归类
  registerRow("081224HG00010R000", "03", "999999", "2024-01-01", "2026-12-31", "有效"),
];

describe("a hand-counted register, year 2025", () => {
  const { result } = statsOf([{ file: "台账.xlsx", grids: [registerGrid("台账", ROWS)] }], { year: 2025 });

  test("states: stock of 有效 and 暂停, this year's 撤销/注销/过期, 无法归类 shown", () => {
    expect(result.asOf).toBe("2025-12-31");
    expect(result.byStatus).toEqual({ 有效: 4, 暂停: 1, 撤销: 1, 注销: 0, 过期: 1, 无法归类: 1 });
    expect(result.totalValid).toBe(4);
    expect(result.issued).toBe(3); // B, F and J (its status is unreadable, its issue date is not); I is 2026, D a sub
  });

  test("scope table counts a multi-category certificate once in each", () => {
    expect(result.byScope).toEqual({ "03": 2, "28": 1, "29": 2 });
  });

  test("province table: the difference to the total valid is the 无法归类 row and a finding", () => {
    expect(result.byProvince).toEqual({ "11": 1, "31": 1, "33": 1, 无法归类: 1 });
    expect(result.provinceSum).toEqual({ sum: 3, totalValid: 4, difference: 1 });
    const sum = result.findings.find((f) => f.id === "STATS-PROVINCE-SUM");
    expect(sum?.message).toContain("按省份统计合计 3 张，与有效证书总数 4 张相差 1 张");
    expect(result.findings.find((f) => f.id === "STATS-DIVISION-UNKNOWN")?.cell).toBe("E12");
  });

  test("scheme table and what was left out", () => {
    expect(result.byScheme).toEqual({ HG: 4 });
    expect(result.excluded).toEqual({ subCertificates: 1, notYetIssued: 1, endedBeforeYear: 1 });
  });

  test("findings name the row and cell: expired still 有效, unknown status", () => {
    expect(idsOf(result)).toEqual(
      expect.arrayContaining([
        "STATS-VALID-EXPIRED@H6",
        "STATS-STATUS-UNKNOWN@H11",
        "STATS-DIVISION-UNKNOWN@E12",
      ]),
    );
    const expired = result.findings.find((f) => f.id === "STATS-VALID-EXPIRED");
    expect(expired?.message).toBe(
      "证书「081222HG00004R000」状态为「有效」，但已于 2025-05-31 到期（截至 2025-12-31）；统计按「过期」计，请更正台账状态（依据 CNCA 模版 证书信息表 第 41 项）",
    );
    expect(expired?.messageEn).toContain('marked "valid" but expired on 2025-05-31');
  });

  test("self-inspection counts of the last three years", () => {
    expect(result.selfInspection).toEqual([
      { year: 2023, issued: 2, suspended: 0, withdrawn: 0, cancelled: 0 },
      { year: 2024, issued: 2, suspended: 0, withdrawn: 0, cancelled: 1 },
      { year: 2025, issued: 3, suspended: 1, withdrawn: 1, cancelled: 0 },
    ]);
  });
});

test("an unreadable date that decides the state is 无法归类; one that does not is listed and ignored", () => {
  const row = registerRow("081225HG00099R000", "03", "110105", "2025-03-01", "明年", "有效");
  const other = registerRow("081225HG00098R000", "03", "110105", "2025-03-01", "2028-02-28", "有效", "某天");
  const { result } = statsOf([{ file: "台账.xlsx", grids: [registerGrid("台账", [row, other])] }], {
    year: 2025,
  });
  expect(result.byStatus).toMatchObject({ 有效: 1, 无法归类: 1 });
  expect(idsOf(result)).toEqual(
    expect.arrayContaining(["STATS-VALUE-UNREADABLE@G2", "STATS-VALUE-IGNORED@I3"]),
  );
  expect(result.findings.find((f) => f.id === "STATS-VALUE-UNREADABLE")?.message).toContain(
    "证书「081225HG00099R000」的证书截止日期「明年」无法读取",
  );
});

describe("a withdrawal or suspension without its date: 无法归类, the finding at the field the sheet gives it in", () => {
  test("a register: its 状态变更日期 column", () => {
    const row = registerRow("081225HG00091R000", "03", "110105", "2025-03-01", "2028-02-28", "撤销");
    const { result } = statsOf([{ file: "台账.xlsx", grids: [registerGrid("台账", [row])] }], { year: 2025 });
    expect(result.byStatus).toMatchObject({ 撤销: 0, 无法归类: 1 });
    expect(idsOf(result)).toEqual(["STATS-DATE-MISSING@I2"]);
    expect(result.findings[0]?.message).toContain("证书「081225HG00091R000」缺少状态变更日期");
  });

  test("a CNCA 证书信息表 (no 状态变更日期): 暂停开始时间 for 02, 撤销时间 for 03, 变更日期 for 04", () => {
    const base = { issueDate: "2025-03-01", expiryDate: "2028-02-28", scope: "03", division: "110105" };
    const grid = cnca2016Grid([
      { ...base, certNo: "081225HG00092R000", certStatus: "02" },
      { ...base, certNo: "081225HG00093R000", certStatus: "03" },
      { ...base, certNo: "081225HG00094R000", certStatus: "04" },
    ]);
    const { result } = statsOf([{ file: "上报.xlsx", grids: [grid] }], { year: 2025 });
    expect(result.byStatus).toMatchObject({ 暂停: 0, 撤销: 0, 注销: 0, 无法归类: 3 });
    expect(new Set(result.findings.map((f) => f.id))).toEqual(new Set(["STATS-DATE-MISSING"]));
    const missing = result.findings;
    // Items 43 PAUSE_S_DATE (AS), 46 CANCEL_DATE (AV), 49 CHG_DATE (AY); data from row 8.
    expect(missing.map((f) => [f.params.field, f.cell])).toEqual([
      ["suspendStart", "AS8"],
      ["withdrawDate", "AV9"],
      ["changeDate", "AY10"],
    ]);
    expect(missing[0]?.message).toContain("缺少暂停开始日期");
  });
});

test("a profile without business categories (SR-GGBZ) is refused, naming one that has them", () => {
  const row = registerRow("081225HG00001R000", "03", "110105", "2025-03-01", "2028-02-28", "有效");
  const grids = [{ file: "台账.xlsx", grids: [registerGrid("台账", [row])] }];
  const problem = attempt(() => statsOf(grids, { year: 2025, profile: "SR-GGBZ" }));
  expect(problem.ok ? null : problem.problem).toEqual({
    code: "stats.profileNoCategories",
    clause: "000 4.3.5.2(3)",
    params: { profile: "SR-GGBZ", example: "HG-HY" },
  });
  expect(problem.ok ? "" : formatProblem(problem.problem, "zh")).toBe(
    "规则配置 SR-GGBZ 没有业务大类代码表，无法按业务大类统计；请选择有业务大类的配置，例如 HG-HY（依据 000 4.3.5.2(3)）",
  );
  expect(statsOf(grids, { year: 2025, profile: "HG-HY" }).result.byScope).toEqual({ "03": 1 });
});

describe("the year decides the state", () => {
  test("in 2026 the late withdrawal counts and the 2026 certificate is issued", () => {
    const { result } = statsOf([{ file: "台账.xlsx", grids: [registerGrid("台账", ROWS)] }], { year: 2026 });
    expect(result.byStatus["撤销"]).toBe(1); // C, withdrawn 2026-01-20
    expect(result.issued).toBe(1); // I
  });

  test("a year outside the data says so", () => {
    const { result } = statsOf([{ file: "台账.xlsx", grids: [registerGrid("台账", ROWS)] }], { year: 2031 });
    const finding = result.findings.find((f) => f.id === "STATS-YEAR-OUTSIDE-DATA");
    expect(finding?.message).toContain("统计年度 2031 不在数据覆盖的年份（2021–2026）之内");
  });

  test("a bad year is refused with its message", () => {
    expect(() => statsOf([], { year: 25 })).toThrow("统计年度「25」无法识别");
  });
});
