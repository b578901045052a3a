/**
 * addChart and deleteSheet of the Excel workbook against office-addin-mock: the chart is one
 * `charts.add` over the source range, series by column, titled and placed in one sync.
 */
import { createExcelWorkbook } from "../../../addin/workbook/excel-workbook";
import { FakeExcel } from "./fake-excel";

function book(...names: string[]) {
  const excel = new FakeExcel(...names);
  return { excel, workbook: createExcelWorkbook(excel.run) };
}

const CHART = {
  kind: "column" as const,
  source: "A3:B8",
  title: "有效证书按省份",
  topLeft: "E3",
  bottomRight: "L20",
};

describe("addChart", () => {
  test("a column chart over the source, titled and placed, in one sync", async () => {
    const { excel, workbook } = book("年报统计2025");
    await workbook.addChart("年报统计2025", CHART);
    expect(excel.sheet("年报统计2025").charts).toEqual([
      {
        type: "ColumnClustered",
        source: "'年报统计2025'!A3:B8",
        seriesBy: "Columns",
        title: "有效证书按省份",
        position: { start: "E3", end: "L20" },
      },
    ]);
    expect(excel.syncs).toBe(1);
  });

  test("a line chart is Excel's Line type", async () => {
    const { excel, workbook } = book("S");
    await workbook.addChart("S", { ...CHART, kind: "line", source: "A1:C11" });
    expect(excel.sheet("S").charts[0]).toMatchObject({ type: "Line", source: "S!A1:C11" });
  });

  test("a source without a header row and a category column is refused before Excel is asked", async () => {
    const { excel, workbook } = book("S");
    await expect(workbook.addChart("S", { ...CHART, source: "B3:B8" })).rejects.toThrow(
      "图表数据区域 B3:B8 只有 6 行 1 列，应至少 2 行 2 列",
    );
    expect(excel.sheet("S").charts).toEqual([]);
    expect(excel.syncs).toBe(0);
  });

  test("a bad corner address names the address", async () => {
    const { workbook } = book("S");
    await expect(workbook.addChart("S", { ...CHART, topLeft: "第一格" })).rejects.toThrow(
      "图表位置「第一格」不是有效的单元格地址",
    );
  });

  test("a missing sheet says so in Chinese", async () => {
    const { workbook } = book("S");
    await expect(workbook.addChart("统计", CHART)).rejects.toThrow("找不到该工作表");
  });
});

describe("deleteSheet", () => {
  test("removes exactly the named sheet, in one sync", async () => {
    const { excel, workbook } = book("台账", "年报统计2025");
    excel.sheet("台账").put("A1", [["证书号"]]);
    await workbook.deleteSheet("年报统计2025");
    expect(excel.sheets.map((s) => s.name)).toEqual(["台账"]);
    expect(excel.sheet("台账").cell("A1").value).toBe("证书号");
    expect(excel.syncs).toBe(1);
  });

  test("a missing sheet is an error, nothing is deleted", async () => {
    const { excel, workbook } = book("台账");
    await expect(workbook.deleteSheet("年报统计2025")).rejects.toThrow("删除工作表「年报统计2025」失败");
    expect(excel.sheets.map((s) => s.name)).toEqual(["台账"]);
  });
});
