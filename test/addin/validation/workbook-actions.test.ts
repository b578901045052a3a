import type { CellValue } from "../../../core/validation/sheet";
import { REPORT_TYPES } from "../../../core/validation/types";
import { TEMPLATE_ROWS, templatePlan } from "../../../core/validation/template-plan";
import { MARK_FILLS } from "../../../core/validation/view-model";
import {
  clearMarks,
  insertTemplate,
  loadSheets,
  paintFindings,
  validateSheets,
  writeResultSheet,
} from "../../../addin/taskpane/validation/workbook-actions";
import { exampleSheets } from "./example-sheets";
import { FakeWorkbook } from "./fake-workbook";

const MONTHLY = "获证组织基本信息月报";
const TEAM = "审核组成员";
const OPTIONS = { month: "2026-10", reportDate: "2026-11-03" };

let withErrors: Record<string, CellValue[][]>;
let clean: Record<string, CellValue[][]>;
beforeAll(async () => {
  withErrors = await exampleSheets("monthly-2026-10.xlsx");
  clean = await exampleSheets("monthly-clean.xlsx");
});

describe("reading and validating through the Workbook door", () => {
  test("sheets listed with the type their headers show", async () => {
    const workbook = new FakeWorkbook({ ...clean, 说明: [["本表为说明"]] });
    const sheets = await loadSheets(workbook);
    expect(sheets.map((s) => [s.name, s.rowCount, s.detection.type])).toEqual([
      [MONTHLY, 51, "monthly"],
      [TEAM, 95, "team"],
      ["说明", 1, null],
    ]);
  });

  test("the example's findings, with chosen types and skipped sheets honoured", async () => {
    const workbook = new FakeWorkbook(withErrors);
    const all = await validateSheets(workbook, {}, OPTIONS);
    expect(all.summary).toMatchObject({ errors: 5, warnings: 1, rows: 144 });
    const skipped = await validateSheets(workbook, { [TEAM]: "skip" }, OPTIONS);
    expect(skipped.findings.some((f) => f.sheet === TEAM)).toBe(false);
    expect(
      workbook
        .callsOf("readSheet")
        .slice(-1)
        .map((c) => c.args[0]),
    ).toEqual([MONTHLY]);
    const forced = await validateSheets(workbook, { [TEAM]: "monthly" }, OPTIONS);
    expect(forced.sheets.find((s) => s.name === TEAM)).toMatchObject({
      type: "monthly",
      typeSource: "forced",
    });
  });
});

describe("marks: painted in batches, undone exactly (DOMAIN §9.1)", () => {
  test("every fill back as before — a previous colour, and none (null)", async () => {
    const workbook = new FakeWorkbook(withErrors, {
      [MONTHLY]: { D11: "#00B0F0", D12: "#00B0F0", A1: "#D9D9D9" },
    });
    const before = workbook.allFills();
    const result = await validateSheets(workbook, {}, OPTIONS);
    const marks = await paintFindings(workbook, result.findings);

    expect(workbook.fillOf(MONTHLY, "D11")).toBe(MARK_FILLS.error);
    expect(workbook.fillOf(MONTHLY, "U8")).toBe(MARK_FILLS.error);
    expect(workbook.fillOf(MONTHLY, "T4")).toBe(MARK_FILLS.warning);
    expect(workbook.fillOf(TEAM, "C27")).toBe(MARK_FILLS.error);
    // Related cells too: the activity of CERT-CYCLE, the team rows of TEAM-NO-LEADER on the other sheet.
    expect(workbook.fillOf(MONTHLY, "Q13")).toBe(MARK_FILLS.error);
    expect(workbook.fillOf(TEAM, "A39")).toBe(MARK_FILLS.error);
    expect(workbook.fillOf(MONTHLY, "D12")).toBe("#00B0F0");
    expect(marks.get(MONTHLY)!.get("D11")).toBe("#00B0F0");
    expect(marks.get(MONTHLY)!.get("U8")).toBeNull();

    // One call per sheet and colour, never one per cell.
    expect(
      workbook.callsOf("paintCells").map((c) => [c.args[0], (c.args[1] as string[]).length, c.args[2]]),
    ).toEqual([
      [MONTHLY, 5, MARK_FILLS.error],
      [MONTHLY, 1, MARK_FILLS.warning],
      [TEAM, 3, MARK_FILLS.error],
    ]);

    await clearMarks(workbook, marks);
    expect(workbook.allFills()).toEqual(before);
    expect(workbook.fillOf(MONTHLY, "U8")).toBeNull();
    expect(workbook.callsOf("restoreFills")).toHaveLength(2);
  });

  test("validating, painting and clearing never change a value", async () => {
    const workbook = new FakeWorkbook(withErrors);
    const values = workbook.names().map((n) => workbook.values(n));
    const result = await validateSheets(workbook, {}, OPTIONS);
    await clearMarks(workbook, await paintFindings(workbook, result.findings));
    expect(workbook.names().map((n) => workbook.values(n))).toEqual(values);
    expect(workbook.callsOf("writeBlock")).toEqual([]);
  });
});

describe("the 校验结果 sheet", () => {
  test("added beside the reports, a free name when taken, links as HYPERLINK formulas", async () => {
    const workbook = new FakeWorkbook({ ...withErrors, 校验结果: [["旧的结果"]] });
    const result = await validateSheets(workbook, { 校验结果: "skip" }, OPTIONS);
    const name = await writeResultSheet(workbook, result);
    expect(name).toBe("校验结果 (2)");
    const rows = workbook.values(name);
    expect(rows[0]![0]).toBe("不可上报：5 个错误须改正，另有 1 个警告需查看");
    expect(rows[1]).toEqual(["序号", "工作表", "单元格", "严重程度", "检查项", "说明", "依据"]);
    expect(rows).toHaveLength(2 + result.findings.length);
    expect(rows.map((r) => r[2])).toContain(`=HYPERLINK("#'${MONTHLY}'!D11","${MONTHLY}!D11")`);
    expect(workbook.values("校验结果")).toEqual([["旧的结果"]]);
  });
});

describe("插入模板", () => {
  test.each(REPORT_TYPES)(
    "%s: exact headers, a dropdown per list column, text and date formats",
    async (type) => {
      const workbook = new FakeWorkbook({ Sheet1: [] });
      const name = await insertTemplate(workbook, type);
      const plan = templatePlan(type);
      expect(name).toBe(plan.sheetName);
      expect(workbook.values(name)).toEqual([plan.headers]);
      const lists = plan.columns.filter((c) => c.items.length > 0);
      expect(workbook.validationsOf(name)).toEqual(lists.map((c) => ({ address: c.range, items: c.items })));
      const formats = workbook.formatsOf(name);
      for (const c of plan.columns) expect(formats.get(c.range)?.numberFormat).toBe(c.numberFormat);
    },
  );

  test("monthly: codes and IDs as text, dates as dates, activity list with code and label, rows 2 to TEMPLATE_ROWS + 1", async () => {
    const workbook = new FakeWorkbook({});
    const name = await insertTemplate(workbook, "monthly");
    const formats = workbook.formatsOf(name);
    const plan = templatePlan("monthly");
    const col = (header: string) => plan.columns.find((c) => c.header === header)!;
    expect(formats.get(col("统一社会信用代码").range)?.numberFormat).toBe("@");
    expect(formats.get(col("行政区划代码").range)?.numberFormat).toBe("@");
    expect(formats.get(col("颁证日期").range)?.numberFormat).toBe("yyyy-mm-dd");
    expect(col("证书号").range).toBe(`AB2:AB${TEMPLATE_ROWS + 1}`);
    const activity = workbook.validationsOf(name).find((v) => v.address === col("认证审核活动类别").range)!;
    expect(activity.items).toContain("0101 初次认证第一阶段");
    expect(activity.items).toContain("特殊审核");
    expect(formats.get("A1:AH1")).toEqual({ bold: true });
  });

  test("a second template of the same type gets a free name", async () => {
    const workbook = new FakeWorkbook({ 审核组成员: [["证书号"]] });
    expect(await insertTemplate(workbook, "team")).toBe("审核组成员 (2)");
  });
});
