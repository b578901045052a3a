/**
 * Many monthly files merged by certificate number, the latest report winning, the merge explained
 * (issue 10 item 1), and CNCA 证书信息表 read by field meaning.
 */
import type { SheetGrid } from "../../../core/validation/sheet";
import { cnca2016Grid, idsOf, registerGrid, registerRow, statsOf } from "./grids";

const X = "081224HG00011R000";
const Y = "081224HG00012R000";

/** Certificate X (scope 03, Beijing, 2024-02-01 to 2027-01-31) with a status and its date. */
const xRow = (status: string, statusDate: string | null = null) =>
  registerRow(X, "03", "110105", "2024-02-01", "2027-01-31", status, statusDate);

/** The 2025 statistics of files given as [file name, its one sheet], in that order. */
const year2025 = (...files: Array<[string, SheetGrid]>) =>
  statsOf(
    files.map(([file, grid]) => ({ file, grids: [grid] })),
    { year: 2025 },
  );

describe("two monthly files where the later one changes a status", () => {
  const october = registerGrid("10月", [
    xRow("有效"),
    registerRow(Y, "29", "310115", "2024-03-01", "2027-02-28", "有效"),
  ]);
  const november = registerGrid("11月", [xRow("暂停", "2025-11-03")]);
  const { result } = year2025(["2025-10.xlsx", october], ["2025-11.xlsx", november]);

  test("the November suspension wins over October's 有效", () => {
    expect(result.byStatus).toMatchObject({ 有效: 1, 暂停: 1 });
    expect(result.totalValid).toBe(1);
  });

  test("the merge is explained: files, rows, certificates, which row replaced which", () => {
    expect(result.merge).toEqual({
      files: 2,
      sheets: 2,
      rows: 3,
      certificates: 2,
      superseded: [{ certNo: X, kept: "2025-11.xlsx:11月!2", replaced: "2025-10.xlsx:10月!2" }],
      conflicts: 0,
    });
  });

  test("the order files are given in does not matter when the dates differ", () => {
    const reversed = year2025(["2025-11.xlsx", november], ["2025-10.xlsx", october]).result;
    expect(reversed.byStatus).toMatchObject({ 有效: 1, 暂停: 1 });
  });

  test("the suspension counts in the self-inspection year", () => {
    expect(result.selfInspection.at(-1)).toEqual({
      year: 2025,
      issued: 0,
      suspended: 1,
      withdrawn: 0,
      cancelled: 0,
    });
  });
});

test("suspended in March and restored in June across two monthly files: 有效 at year end, one suspension counted", () => {
  const march = registerGrid("3月", [xRow("暂停", "2025-03-03")]);
  const june = registerGrid("6月", [xRow("有效", "2025-06-02")]);
  const { result } = year2025(["2025-03.xlsx", march], ["2025-06.xlsx", june]);
  expect(result.byStatus).toMatchObject({ 有效: 1, 暂停: 0 });
  expect(result.findings.filter((f) => f.id === "STATS-SUSPENSION-TOO-LONG")).toEqual([]);
  expect(result.selfInspection.at(-1)).toMatchObject({ year: 2025, suspended: 1 });
});

test("two files disagreeing about one certificate on the same date: a finding, the later file wins", () => {
  const a = registerGrid("台账", [xRow("暂停", "2025-06-01")]);
  const b = registerGrid("台账", [xRow("撤销", "2025-06-01")]);
  const { result } = year2025(["甲.xlsx", a], ["乙.xlsx", b]);
  expect(result.byStatus).toMatchObject({ 暂停: 0, 撤销: 1 });
  const conflict = result.findings.find((f) => f.id === "STATS-MERGE-CONFLICT");
  expect(conflict?.message).toContain(
    "证书「081224HG00011R000」在同一日期 2025-06-01 的两份报告中状态不同：乙.xlsx:台账!2（撤销，采用，后给出的文件）与 甲.xlsx:台账!2（暂停）",
  );
  expect(result.merge.conflicts).toBe(1);
});

test("the same number twice in one sheet is a duplicate finding, counted once", () => {
  const grid = registerGrid("台账", [xRow("有效"), xRow("有效")]);
  const { result } = year2025(["台账.xlsx", grid]);
  expect(result.totalValid).toBe(1);
  expect(idsOf(result)).toContain("STATS-DUPLICATE@A3");
});

test("a row without a certificate number is counted under 无法归类 and listed", () => {
  const grid = registerGrid("台账", [registerRow("", "03", "110105", "2024-02-01", "2027-01-31", "有效")]);
  const { result } = year2025(["台账.xlsx", grid]);
  expect(result.byStatus["无法归类"]).toBe(1);
  expect(idsOf(result)).toContain("STATS-CERTNO-MISSING@A2");
});

describe("a CNCA 2016 证书信息表 (data from C8, codes and 1/0 flags)", () => {
  const grid = cnca2016Grid([
    {
      certNo: "081225hg00021r001",
      certStatus: "01",
      issueDate: "2025-03-01",
      expiryDate: "2028-02-29",
      scope: "03.01.02；12.01",
      division: 440305,
      schemeCode: "A150101",
      subCert: "0",
      accreditation: "01",
    },
    {
      certNo: "081225HG00021R001-1",
      certStatus: "01",
      issueDate: "2025-03-01",
      expiryDate: "2028-02-29",
      subCert: "1",
      mainCertNo: "081225HG00021R001",
    },
    {
      certNo: "081224HG00022R000",
      certStatus: "03",
      withdrawDate: "2025-09-09",
      issueDate: "2024-03-01",
      expiryDate: "2027-02-28",
      division: "330106",
      scope: "28",
    },
    {
      certNo: "081224HG00023R000",
      certStatus: "02",
      suspendStart: "2025-12-01",
      issueDate: "2024-01-01",
      expiryDate: "2026-12-31",
      division: "330106",
      scope: "28",
    },
  ]);
  const { input, result } = year2025(["上报.xls", grid]);

  test("recognised as cnca-2016 certificates, read by meaning", () => {
    expect(input.sheets).toEqual([
      { file: "上报.xls", sheet: "证书信息表", layout: "cnca-2016", kind: "certificates", rows: 4 },
    ]);
    const first = input.registers[0];
    expect(first?.certNo).toBe("081225HG00021R001");
    expect(first?.scopes).toEqual(["03.01.02", "12.01"]);
    expect(first?.marks).toEqual(["01"]);
    expect(input.registers[1]?.sub).toBe(true);
  });

  test("counts: the sub left out, the withdrawal by its 撤销时间, the suspension by its start", () => {
    expect(result.byStatus).toEqual({ 有效: 1, 暂停: 1, 撤销: 1, 注销: 0, 过期: 0 });
    expect(result.byScope).toEqual({ "03": 1, "12": 1 });
    expect(result.byProvince).toEqual({ "44": 1 });
    expect(result.byScheme).toEqual({ A150101: 1 });
    expect(result.excluded.subCertificates).toBe(1);
  });
});
