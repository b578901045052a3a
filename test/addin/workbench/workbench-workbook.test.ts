/**
 * The workbench's Workbook (exceljs in the worker, here in-process) against the same door the
 * panes use: the example validates to exactly the findings the CLI's reader gives, marks paint and
 * clear exactly (a patterned, themed fill comes back as it was), writes and new sheets survive a
 * download, and a bad file keeps the book that was open.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { validateWorkbook } from "../../../core/validation";
import { MARK_FILLS, RESULT_HEADERS } from "../../../core/validation/view-model";
import {
  clearMarks,
  insertTemplate,
  paintFindings,
  validateSheets,
  writeResultSheet,
} from "../../../addin/taskpane/validation/workbook-actions";
import { BookClient } from "../../../addin/workbench/book-client";
import { FileProblem } from "../../../addin/workbench/file-problem";
import { WorkbookError } from "../../../addin/workbook/errors";
import { templatePlan } from "../../../core/validation/template-plan";
import { exampleSheets } from "../validation/example-sheets";
import { openedWorkbench, xlsxOf } from "./in-process";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "monthly-2026-10.xlsx");
const OPTIONS = { month: "2026-10", reportDate: "2026-11-03" };
const MONTHLY = "获证组织基本信息月报";
// exceljs reads and writes the example several times per test.
jest.setTimeout(60_000);

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

test("the example gives exactly the findings the CLI's reader gives", async () => {
  const { workbook, opened } = await openedWorkbench(readFileSync(EXAMPLE));
  expect(opened.sheets.map((s) => s.name)).toEqual(Object.keys(await exampleSheets("monthly-2026-10.xlsx")));
  const viaWorkbench = await validateSheets(workbook, {}, OPTIONS);
  const grids = Object.entries(await exampleSheets("monthly-2026-10.xlsx")).map(([name, cells]) => ({
    name,
    cells,
  }));
  const viaCli = validateWorkbook(grids, { ...OPTIONS, types: {} });
  expect(viaWorkbench.findings.length).toBeGreaterThan(0);
  expect(viaWorkbench.findings).toEqual(viaCli.findings);
  expect(viaWorkbench.canUpload).toBe(false);
});

test("标记 paints error and warning cells; 清除标记 restores every fill exactly, patterns and themes too", async () => {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet(MONTHLY);
  const example = await reopen(readFileSync(EXAMPLE));
  example.getWorksheet(MONTHLY)!.eachRow((row, r) => {
    sheet.getRow(r).values = row.values as ExcelJS.CellValue[];
  });
  const themed: ExcelJS.Fill = {
    type: "pattern",
    pattern: "darkGrid",
    fgColor: { theme: 4, tint: 0.4 } as never,
    bgColor: { argb: "FF00FF00" },
  };
  const { client, workbook } = await openedWorkbench(new Uint8Array(await source.xlsx.writeBuffer()));
  const result = await validateSheets(workbook, {}, OPTIONS);
  const target = result.findings.find((f) => f.sheet === MONTHLY && f.cell)!;
  // Give one finding cell a fancy fill before marking.
  const original = await reopen(await client.call("save"));
  original.getWorksheet(MONTHLY)!.getCell(target.cell!).fill = themed;
  const { workbook: fancy, client: fancyClient } = await openedWorkbench(
    new Uint8Array(await original.xlsx.writeBuffer()),
  );
  const marks = await paintFindings(fancy, result.findings);
  const painted = await reopen(await fancyClient.call("save"));
  const cell = painted.getWorksheet(MONTHLY)!.getCell(target.cell!);
  const expected = MARK_FILLS[target.severity === "error" ? "error" : "warning"]
    .replace("#", "FF")
    .toUpperCase();
  expect(cell.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: expected } });
  expect(marks.get(MONTHLY)!.get(target.cell!)).toBe("pattern:darkGrid");
  await clearMarks(fancy, marks);
  const cleared = await reopen(await fancyClient.call("save"));
  expect(cleared.getWorksheet(MONTHLY)!.getCell(target.cell!).fill).toEqual(themed);
  // Cells that had no fill have none again.
  const other = [...marks.get(MONTHLY)!.entries()].find(([, fill]) => fill === null)![0];
  expect(cleared.getWorksheet(MONTHLY)!.getCell(other).fill).toBeUndefined();
});

test("the 校验结果 sheet and a template sheet are written into the book and survive the download", async () => {
  const { workbook, client, view } = await openedWorkbench(readFileSync(EXAMPLE));
  const result = await validateSheets(workbook, {}, OPTIONS);
  const name = await writeResultSheet(workbook, result);
  expect(name).toBe("校验结果");
  expect(view.get().sheets.map((s) => s.name)).toContain("校验结果");
  const template = await insertTemplate(workbook, "monthly");
  expect(template).toBe(`${MONTHLY} (2)`);
  const saved = await reopen(await client.call("save"));
  const results = saved.getWorksheet("校验结果")!;
  expect((results.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([...RESULT_HEADERS]);
  expect(results.rowCount).toBe(result.findings.length + 2);
  const link = results.getRow(3).values as ExcelJS.CellValue[];
  expect(JSON.stringify(link)).toMatch(/HYPERLINK/);
  const tpl = saved.getWorksheet(template)!;
  expect(tpl.getCell("A1").font?.bold).toBe(true);
  // Column formats and drop-downs cover the template's rows as whole-column settings, not 10 000 cells each.
  const coded = templatePlan("monthly").columns.find((c) => c.items.length > 0)!;
  const letter = coded.range.replace(/\d.*$/, "");
  expect(tpl.getCell(`${letter}500`).dataValidation).toMatchObject({ type: "list" });
  // The user's sheets are unchanged by validation and the actions.
  const before = await reopen(readFileSync(EXAMPLE));
  expect(saved.getWorksheet(MONTHLY)!.getSheetValues()).toEqual(
    before.getWorksheet(MONTHLY)!.getSheetValues(),
  );
  // Only some sheets: the download of a template alone.
  const only = await reopen(await client.call("save", [template]));
  expect(only.worksheets.map((s) => s.name)).toEqual([template]);
});

test("writeAtSelection writes at the grid's selection and selects what it wrote", async () => {
  const { workbook, view } = await openedWorkbench(await xlsxOf({ 表一: [["a", 1]] }));
  await expect(workbook.writeAtSelection([[1]])).rejects.toThrow("请先在表格中选择要写入的起始单元格");
  await workbook.selectCell("表一", "C3:D9");
  const written = await workbook.writeAtSelection([
    ['=CERT.AUDITDAYS(180,"高","初次")', 2],
    [3, null],
  ]);
  expect(written).toEqual({ sheet: "表一", address: "C3:D4" });
  expect(view.get().selection).toEqual(written);
  const selection = await workbook.getSelection();
  expect(selection.values).toEqual([
    [null, 2],
    [3, null],
  ]);
  expect(selection.rowCount).toBe(2);
});

test("a missing sheet is a WorkbookError naming it; a ragged block is refused", async () => {
  const { workbook } = await openedWorkbench(await xlsxOf({ 表一: [["a"]] }));
  await expect(workbook.readSheet("没有")).rejects.toThrow(
    new WorkbookError("sheetNotFound", "找不到工作表「没有」，可能已被重命名或删除"),
  );
  await expect(workbook.selectCell("没有", "A1")).rejects.toThrow("找不到工作表「没有」");
  await expect(workbook.writeBlock("表一", "A1", [[1, 2], [3]])).rejects.toThrow("第 2 行有 1 列，应为 2 列");
});

test("a bad file is refused with its notice and the open book stays as it was", async () => {
  const { client, workbook } = await openedWorkbench(await xlsxOf({ 表一: [["保留"]] }));
  await expect(client.open(new TextEncoder().encode("名称,人数\n甲,3").buffer)).rejects.toThrow(FileProblem);
  await expect(client.open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]).buffer)).rejects.toThrow(
    "旧版 .xls",
  );
  expect(await workbook.readSheet("表一")).toEqual([["保留"]]);
});

test("addChart: the chart is in the downloaded file, over the cells written; a bad address is refused", async () => {
  const { client, workbook } = await openedWorkbench(
    await xlsxOf({
      统计: [
        ["月份", "证书数"],
        ["1月", 3],
        ["2月", 5],
      ],
    }),
  );
  await workbook.addChart("统计", {
    kind: "column",
    source: "A1:B3",
    title: "每月证书数",
    topLeft: "D2",
    bottomRight: "J16",
  });
  expect(await client.call("chartCount")).toBe(1);
  const zip = await JSZip.loadAsync(await client.call("save"));
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain("每月证书数");
  expect(chart).toMatch(/<c:v>5<\/c:v>/);
  await expect(
    workbook.addChart("统计", {
      kind: "line",
      source: "A1:B",
      title: "x",
      topLeft: "D2",
      bottomRight: "J16",
    }),
  ).rejects.toThrow("不是有效的单元格地址");
});

test("deleteSheet removes the sheet and its charts; the grid moves to another sheet", async () => {
  const { client, workbook, view } = await openedWorkbench(
    await xlsxOf({
      表一: [["a"]],
      年报统计2026: [
        ["x", "n"],
        ["甲", 1],
      ],
    }),
  );
  await workbook.addChart("年报统计2026", {
    kind: "column",
    source: "A1:B2",
    title: "t",
    topLeft: "D2",
    bottomRight: "J9",
  });
  await workbook.selectCell("年报统计2026", "A1");
  await workbook.deleteSheet("年报统计2026");
  expect(view.get().sheets.map((s) => s.name)).toEqual(["表一"]);
  expect(view.get().active).toBe("表一");
  expect(view.get().selection).toBeNull();
  expect(await client.call("chartCount")).toBe(0);
  await expect(workbook.deleteSheet("年报统计2026")).rejects.toThrow("找不到工作表「年报统计2026」");
});

test("a worker that died fails every waiting and later request with its message, never hangs", async () => {
  const posted: unknown[] = [];
  const client = new BookClient({ onmessage: null, postMessage: (m) => posted.push(m) });
  const waiting = client.call("listSheets");
  client.fail(new Error("读取工作簿的后台线程已停止"));
  await expect(waiting).rejects.toThrow("后台线程已停止");
  await expect(client.call("listSheets")).rejects.toThrow("后台线程已停止");
  expect(posted).toHaveLength(1);
});
