/**
 * The pane's CNCA actions through the Workbook door (addin/taskpane/validation/layout-actions.ts):
 * 插入上报模版 writes CNCA's header block, formats and lists; 生成上报文件 converts the friendly
 * sheets into new sheets the validator then finds clean, and never touches the user's sheets.
 */
import { insertLayoutTemplate, writeUploadSheets } from "../../../addin/taskpane/validation/layout-actions";
import { layoutTemplatePlan } from "../../../core/layout-template/plan";
import { validateWorkbook } from "../../../core/validation";
import type { CellValue } from "../../../core/validation/sheet";
import { withCncaExtras } from "../../../scripts/cnca-example-data";
import { exampleSheets } from "./example-sheets";
import { FakeWorkbook } from "./fake-workbook";

const MONTHLY = "获证组织基本信息月报";
const TEAM = "审核组成员";

let register: Record<string, CellValue[][]>;
beforeAll(async () => {
  const clean = await exampleSheets("monthly-clean.xlsx");
  const [monthly, team] = withCncaExtras([
    { name: MONTHLY, cells: clean[MONTHLY]! },
    { name: TEAM, cells: clean[TEAM]! },
  ]);
  register = { [MONTHLY]: monthly!.cells, [TEAM]: team!.cells };
});

describe("插入上报模版", () => {
  test("every sheet of the layout under its exact name, header block as CNCA's template", async () => {
    const workbook = new FakeWorkbook({ 说明: [["x"]] });
    const names = await insertLayoutTemplate(workbook, "cnca-2016");
    expect(names).toEqual(["审核计划信息表", "证书信息表", "审核结果信息表", "能源绩效信息表"]);
    const cert = workbook.values("证书信息表");
    expect(cert.slice(0, 7).map((row) => row.slice(0, 3))).toEqual([
      ["103010", "字段名称", "RZJG_ID"],
      ["管理体系及服务认证信息上报数据模版", "字段含义", "1、认证机构批准号"],
      [null, "数据类型", "VARCHAR2"],
      [null, "最大长度（字符）", "30"],
      ["证书信息表", "填表说明", "认监委颁发的认证机构批准号"],
      [null, "校验级别", "1"],
      [null, "是否公开", "是"],
    ]);
    expect(cert[7]![0]).toBe("从C8元格开始填写上报信息");
    // The whole block equals the plan the command line writes.
    expect(cert.map((row) => row.map((v) => v ?? null))).toEqual(
      layoutTemplatePlan("cnca-2016").sheets[1]!.cells.map((row) => [
        ...row,
        ...Array.from({ length: cert[0]!.length - row.length }, () => null),
      ]),
    );
  });

  test("text format on code columns from C8, a code-and-label list on every coded column", async () => {
    const workbook = new FakeWorkbook({});
    await insertLayoutTemplate(workbook, "cnca-2016");
    const formats = workbook.formatsOf("证书信息表");
    expect(formats.get("H8:H10007")).toEqual({ numberFormat: "@" }); // 6 ORG_CODE
    expect(formats.get("U8:U10007")).toEqual({ numberFormat: "General" }); // 19 员工数
    const status = workbook.validationsOf("证书信息表").find((v) => v.address === "AQ8:AQ10007");
    expect(status?.items).toEqual(["01 有效", "02 暂停", "03 撤销", "04 注销", "05 过期失效"]);
    const lists = workbook.validationsOf("审核结果信息表").map((v) => v.address);
    expect(lists).toEqual([
      "E8:E10007",
      "I8:I10007",
      "K8:K10007",
      "L8:L10007",
      "N8:N10007",
      "O8:O10007",
      "P8:P10007",
    ]);
  });
});

test("插入上报模版 merges and freezes as the plan (and the command line) does", async () => {
  const workbook = new FakeWorkbook({});
  await insertLayoutTemplate(workbook, "cnca-2016");
  for (const sheet of layoutTemplatePlan("cnca-2016").sheets) {
    expect(workbook.mergesOf(sheet.name)).toEqual(sheet.merges);
    expect(workbook.frozenOf(sheet.name)).toEqual(sheet.frozen);
  }
  expect(workbook.mergesOf("证书信息表")).toEqual(["A2:A4", "A5:A7"]);
  expect(workbook.frozenOf("证书信息表")).toEqual({ rows: 2, columns: 2 });
});

describe("生成上报文件", () => {
  test("new sheets in CNCA's layout that validate with no error; the register untouched", async () => {
    const workbook = new FakeWorkbook(register);
    const upload = await writeUploadSheets(workbook, "cnca-2016", { cbApproval: "CNCA-R-2021-812" });
    expect(upload.sources).toBe(2);
    expect(upload.exactNames).toBe(true);
    expect(workbook.names()).toEqual([
      MONTHLY,
      TEAM,
      "审核计划信息表",
      "证书信息表",
      "审核结果信息表",
      "能源绩效信息表",
    ]);
    expect(workbook.values(MONTHLY)).toEqual(register[MONTHLY]);
    expect(workbook.values(TEAM)).toEqual(register[TEAM]);
    expect(workbook.callsOf("writeBlock").every((c) => ![MONTHLY, TEAM].includes(c.args[0] as string))).toBe(
      true,
    );

    const cert = workbook.values("证书信息表");
    expect(cert[7]!.slice(2, 4)).toEqual(["CNCA-R-2021-812", null]);
    // Text format on the data rows was set before the values were written.
    const calls = workbook.calls.filter((c) => c.args[0] === "证书信息表").map((c) => c.method);
    expect(calls.indexOf("formatCells")).toBeLessThan(calls.lastIndexOf("writeBlock"));

    const grids = ["审核计划信息表", "证书信息表", "审核结果信息表", "能源绩效信息表"].map((name) => ({
      name,
      cells: workbook.values(name),
    }));
    const result = validateWorkbook(grids, { reportDate: "2026-11-03", month: "2026-10" });
    // Item 2 (branch) was not given: a warning; no error anywhere.
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(upload.notes.map((n) => n.id)).toContain("CONVERT-OPTION-MISSING");
  });

  test("a name already taken: the new sheet gets a suffix and the pane is told names are not exact", async () => {
    const workbook = new FakeWorkbook({ ...register, 证书信息表: [["旧表"]] });
    const upload = await writeUploadSheets(workbook, "cnca-2016", {});
    expect(upload.sheets).toContain("证书信息表 (2)");
    expect(upload.exactNames).toBe(false);
    expect(workbook.values("证书信息表")).toEqual([["旧表"]]);
  });

  test("no friendly report: nothing written, the reason returned", async () => {
    const workbook = new FakeWorkbook({ 说明: [["本表为说明"]] });
    const upload = await writeUploadSheets(workbook, "cnca-2016", {});
    expect(upload).toMatchObject({ sources: 0, sheets: [] });
    expect(upload.notes.map((n) => n.id)).toEqual(["CONVERT-NO-SOURCE"]);
    expect(workbook.callsOf("addSheet")).toEqual([]);
  });
});
