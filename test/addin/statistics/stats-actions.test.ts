/**
 * The statistics writes against office-addin-mock (the Excel workbook door over FakeExcel): the
 * 年报统计YYYY sheet, its bold titles, links and chart; the register untouched; a second run
 * replacing only its own sheet, and only when told to.
 */
import { createExcelWorkbook } from "../../../addin/workbook/excel-workbook";
import {
  computeStats,
  loadStatsSheets,
  sheetLabel,
  writeStatsSheet,
} from "../../../addin/taskpane/statistics/stats-actions";
import { FakeExcel, type FakeSheet } from "../workbook/fake-excel";
import { REGISTER_HEADER, SAMPLE_ROWS } from "../../core/statistics/grids";

function book() {
  const excel = new FakeExcel("台账", "备注");
  excel.sheet("台账").put("A1", [REGISTER_HEADER, SAMPLE_ROWS.甲, SAMPLE_ROWS.乙, SAMPLE_ROWS.丁]);
  excel.sheet("备注").put("A1", [["随手记"]]);
  return { excel, workbook: createExcelWorkbook(excel.run) };
}

function snapshot(sheet: FakeSheet): string {
  return JSON.stringify([...sheet.cells.entries()].sort());
}

function findRow(sheet: FakeSheet, text: string): number {
  for (let row = 1; row <= 200; row++)
    for (let column = 1; column <= 6; column++) if (sheet.peek(row, column)?.value === text) return row;
  return 0;
}

test("the sheets are recognised by their headers, with the rows statistics takes", async () => {
  const { workbook } = book();
  const entries = await loadStatsSheets(workbook);
  expect(entries).toEqual([
    { name: "台账", kind: "certificates", layout: "friendly", rows: 3 },
    { name: "备注", kind: null, layout: null, rows: 0 },
  ]);
  expect(entries.map(sheetLabel)).toEqual(["证书 · friendly · 3 行", "未识别"]);
  expect(sheetLabel({ name: "能源绩效信息表", kind: null, layout: "cnca-2016", rows: 0 })).toBe(
    "cnca-2016 · 不计入统计",
  );
});

describe("writing 年报统计2025", () => {
  test("tables, a link per finding, bold titles and the chart; the register unchanged", async () => {
    const { excel, workbook } = book();
    const before = snapshot(excel.sheet("台账"));
    const result = await computeStats(workbook, ["台账"], { year: 2025 });
    expect(result.totalValid).toBe(2);
    expect(await writeStatsSheet(workbook, result, "HG-HY", false)).toEqual({ written: "年报统计2025" });

    const sheet = excel.sheet("年报统计2025");
    const beijing = findRow(sheet, "北京市");
    expect(sheet.peek(beijing, 3)?.value).toBe(1);
    expect(sheet.peek(findRow(sheet, "食品、饮料和烟草"), 3)?.value).toBe(1);
    const link = [...sheet.cells.values()].find((c) => c.formula?.includes("E4"));
    expect(link?.formula).toBe(`=HYPERLINK("#'台账'!E4","台账!E4")`);
    expect(sheet.peek(1, 1)?.bold).toBe(true);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "2025 年有效证书按省份",
      position: { start: "H4", end: "P24" },
    });
    const source = sheet.charts[0]?.source ?? "";
    expect(source).toMatch(/^'年报统计2025'!B\d+:C\d+$/);
    const top = Number(/!B(\d+):/.exec(source)?.[1]);
    expect(sheet.peek(top, 2)?.value).toBe("省份");
    expect(snapshot(excel.sheet("台账"))).toBe(before);
  });

  test("a second run touches nothing until confirmed, then replaces only its own sheet", async () => {
    const { excel, workbook } = book();
    const result = await computeStats(workbook, ["台账"], { year: 2025 });
    await writeStatsSheet(workbook, result, "HG-HY", false);
    excel.sheet("年报统计2025").put("Z1", [["用户加的备注"]]);

    expect(await writeStatsSheet(workbook, result, "HG-HY", false)).toEqual({ exists: "年报统计2025" });
    expect(excel.sheet("年报统计2025").cell("Z1").value).toBe("用户加的备注");

    expect(await writeStatsSheet(workbook, result, "HG-HY", true)).toEqual({ written: "年报统计2025" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["台账", "备注", "年报统计2025"]);
    expect(excel.sheet("年报统计2025").peek(1, 26)).toBeUndefined();
    expect(excel.sheet("年报统计2025").charts).toHaveLength(1);
    expect(excel.sheet("备注").cell("A1").value).toBe("随手记");
  });
});
