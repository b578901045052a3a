/**
 * Every Office.js path of the Excel workbook against office-addin-mock, counting context.sync:
 * at most 2 per action up to 10 000 rows, one more per further block of 10 000 rows.
 */
import { createExcelWorkbook, LIST_SHEET } from "../../../addin/workbook/excel-workbook";
import { WorkbookError } from "../../../addin/workbook/errors";
import { BLOCK_CELLS } from "../../../addin/workbook/blocks";
import { FakeExcel, formatCell } from "./fake-excel";

// A wide sheet and 10 000 scattered cells take seconds on a loaded machine: jest's 5 s default is a
// wall-clock limit, not a test of anything, so this file's cases get an explicit one.
jest.setTimeout(60_000);

function book(...names: string[]) {
  const excel = new FakeExcel(...names);
  return { excel, workbook: createExcelWorkbook(excel.run) };
}

/** A sheet of `rows` data rows under a header: 人数 / 风险 / 类型. */
function fillTable(excel: FakeExcel, sheet: string, rows: number) {
  const s = excel.sheet(sheet);
  s.put("A1", [["人数", "风险", "类型"]]);
  for (let r = 2; r <= rows + 1; r++) s.put(`A${r}`, [[r, r % 2 ? "高" : "低", "初次"]]);
}

describe("the mock itself fails on misspelt calls (STYLE.md trap)", () => {
  test("a method Excel does not have is a TypeError, a misspelt load throws, an unknown property fails at sync", async () => {
    const { excel } = book("S");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1") as unknown as Record<
        string,
        Record<string, () => void>
      > & { load(p: string): void };
      expect(() => range.format!.autoFitColumns!()).toThrow(TypeError);
      expect(() => range.load("valus")).toThrow(/needs to be present/);
      (range as unknown as Record<string, unknown>).value = [[1]];
      await expect(context.sync()).rejects.toThrow(/property "value" does not exist/);
    });
  });

  test("a loaded property cannot be read before context.sync()", async () => {
    const { excel } = book("S");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      range.load("rowCount");
      expect(range.rowCount).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(range.rowCount).toBe(1);
    });
  });
});

describe("listSheets", () => {
  test("names and extents from A1, in two syncs", async () => {
    const { excel, workbook } = book("月报", "空表");
    excel.sheet("月报").put("B3", [[1, 2, 3]]);
    expect(await workbook.listSheets()).toEqual([
      { name: "月报", rowCount: 3, columnCount: 4 },
      { name: "空表", rowCount: 0, columnCount: 0 },
    ]);
    expect(excel.syncs).toBe(2);
  });
});

describe("readSheet", () => {
  test("a grid from A1 with blanks as null and error values as {error}", async () => {
    const { excel, workbook } = book("月报");
    const sheet = excel.sheet("月报").put("B2", [["组织", 12, true]]);
    sheet.cell("C3").error = "#N/A";
    sheet.cell("B2").fill = "#FFFF00"; // formatting is not data
    sheet.cell("Z99").fill = "#FF0000";
    expect(await workbook.readSheet("月报")).toEqual([
      [null, null, null, null],
      [null, "组织", 12, true],
      [null, null, { error: "#N/A" }, null],
    ]);
    expect(excel.syncs).toBe(2);
  });

  test("an empty sheet is an empty grid after one sync", async () => {
    const { excel, workbook } = book("空");
    expect(await workbook.readSheet("空")).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  test.each([
    [10, 2],
    [9_999, 2], // with the header: 10 000 rows
    [25_000, 4], // 25 001 rows: three blocks
  ])("%i data rows take %i syncs", async (rows, syncs) => {
    const { excel, workbook } = book("台账");
    fillTable(excel, "台账", rows);
    const grid = await workbook.readSheet("台账");
    expect(grid).toHaveLength(rows + 1);
    expect(grid[0]).toEqual(["人数", "风险", "类型"]);
    expect(grid[rows]).toEqual([rows + 1, (rows + 1) % 2 ? "高" : "低", "初次"]);
    if (rows > 10_000) {
      expect(grid[9_999]?.[0]).toBe(10_000);
      expect(grid[10_000]?.[0]).toBe(10_001);
    }
    expect(excel.syncs).toBe(syncs);
    expect(Math.max(...excel.requestCells)).toBeLessThanOrEqual(BLOCK_CELLS);
  });

  test("a wide sheet is cut by cells, not only by rows, to stay under 5 MB", async () => {
    const { excel, workbook } = book("宽");
    const width = 40;
    const rows = Array.from({ length: 10_000 }, (_, r) =>
      Array.from({ length: width }, (_, c) => r * width + c),
    );
    excel.sheet("宽").put("A1", rows);
    const grid = await workbook.readSheet("宽");
    expect(grid[9_999]?.[39]).toBe(9_999 * width + 39);
    expect(Math.max(...excel.requestCells)).toBeLessThanOrEqual(BLOCK_CELLS);
    expect(excel.syncs).toBe(1 + Math.ceil((10_000 * width) / BLOCK_CELLS));
  });

  test("a missing sheet is a Chinese message naming it", async () => {
    const { workbook } = book("月报");
    const error = await workbook.readSheet("年报").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("sheetNotFound");
    expect((error as Error).message).toContain("读取工作表「年报」失败");
  });

  test("Excel in cell-edit mode says how to get out of it", async () => {
    const { excel, workbook } = book("月报");
    excel.failNextSync("InvalidOperationInCellEditMode");
    await expect(workbook.readSheet("月报")).rejects.toThrow(
      "Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试",
    );
  });
});

describe("getSelection", () => {
  test("sheet, address without the sheet prefix, size and values in two syncs", async () => {
    const { excel, workbook } = book("月报 2026");
    excel.sheet("月报 2026").put("B2", [
      ["人数", "风险"],
      [180, "高"],
    ]);
    excel.selection = { sheet: "月报 2026", address: "B2:C3" };
    expect(await workbook.getSelection()).toEqual({
      sheet: "月报 2026",
      address: "B2:C3",
      rowCount: 2,
      columnCount: 2,
      values: [
        ["人数", "风险"],
        [180, "高"],
      ],
    });
    expect(excel.syncs).toBe(2);
  });

  test("a whole-column selection reads only the used rows", async () => {
    const { excel, workbook } = book("S");
    fillTable(excel, "S", 29);
    excel.selection = { sheet: "S", address: "A:A" };
    const selection = await workbook.getSelection();
    expect(selection.rowCount).toBe(1_048_576);
    expect(selection.values).toHaveLength(30);
    expect(selection.values[29]).toEqual([30]);
    expect(excel.syncs).toBe(2);
  });

  test("a selection of 25 000 rows reads in blocks", async () => {
    const { excel, workbook } = book("S");
    fillTable(excel, "S", 24_999);
    excel.selection = { sheet: "S", address: "A1:C25000" };
    const selection = await workbook.getSelection();
    expect(selection.values).toHaveLength(25_000);
    expect(excel.syncs).toBe(4);
  });

  test("a selection outside the used range has no values", async () => {
    const { excel, workbook } = book("S");
    excel.sheet("S").put("A1", [[1]]);
    excel.selection = { sheet: "S", address: "D5" };
    expect((await workbook.getSelection()).values).toEqual([]);
    expect(excel.syncs).toBe(1);
  });
});

describe("writeBlock", () => {
  test("formulas, values and blanks in one sync", async () => {
    const { excel, workbook } = book("S");
    excel.sheet("S").put("D3", [["旧值"]]);
    await workbook.writeBlock("S", "C2", [
      ['=CERT.AUDITDAYS(A2,B2,"初次")', 5],
      ["文本", null],
    ]);
    const sheet = excel.sheet("S");
    expect(sheet.cell("C2").formula).toBe('=CERT.AUDITDAYS(A2,B2,"初次")');
    expect(sheet.cell("D2").value).toBe(5);
    expect(sheet.cell("C3").value).toBe("文本");
    expect(sheet.cell("D3").value).toBeUndefined(); // null clears, it does not "leave unchanged"
    expect(excel.syncs).toBe(1);
  });

  test("plain values (no formula) are written as values", async () => {
    const { excel, workbook } = book("S");
    await workbook.writeBlock("S", "A1", [["有效人数", 180, false]]);
    expect(excel.sheet("S").cell("B1").value).toBe(180);
    expect(excel.sheet("S").cell("C1").value).toBe(false);
    expect(excel.syncs).toBe(1);
  });

  test.each([
    [10, 1],
    [10_000, 1],
    [25_000, 3],
  ])("%i rows of formulas take %i syncs and land on the right rows", async (rows, syncs) => {
    const { excel, workbook } = book("S");
    const formulas = Array.from({ length: rows }, (_, i) => [
      `=CERT.AUDITDAYS(A${i + 2},B${i + 2},C${i + 2})`,
    ]);
    await workbook.writeBlock("S", "D2", formulas);
    const sheet = excel.sheet("S");
    expect(sheet.cell("D2").formula).toBe("=CERT.AUDITDAYS(A2,B2,C2)");
    expect(sheet.cell(`D${rows + 1}`).formula).toBe(
      `=CERT.AUDITDAYS(A${rows + 1},B${rows + 1},C${rows + 1})`,
    );
    expect(sheet.peek(rows + 2, 4)).toBeUndefined();
    expect(excel.syncs).toBe(syncs);
  });

  test("a ragged block is refused before anything is sent", async () => {
    const { excel, workbook } = book("S");
    await expect(workbook.writeBlock("S", "A1", [[1, 2], [3]])).rejects.toThrow(
      "写入的数据须为非空的矩形区域：第 2 行有 1 列，应为 2 列",
    );
    await expect(workbook.writeBlock("S", "A1", [])).rejects.toThrow("没有数据");
    expect(excel.syncs).toBe(0);
  });

  test("a bad top-left address is our message, not Excel's", async () => {
    const { workbook } = book("S");
    await expect(workbook.writeBlock("S", "第一格", [[1]])).rejects.toMatchObject({ code: "invalidAddress" });
  });
});

describe("writeAtSelection", () => {
  test("writes from the selection's first cell in one sync and says where", async () => {
    const { excel, workbook } = book("月报");
    excel.selection = { sheet: "月报", address: "E5:G9" };
    expect(await workbook.writeAtSelection([['=CERT.AUDITDAYS(180,"高","初次")']])).toEqual({
      sheet: "月报",
      address: "E5",
    });
    expect(excel.sheet("月报").cell("E5").formula).toBe('=CERT.AUDITDAYS(180,"高","初次")');
    expect(excel.sheet("月报").peek(5, 6)).toBeUndefined();
    expect(excel.syncs).toBe(1);
  });

  test("a block larger than one request finds the cell first, then writes in blocks", async () => {
    const { excel, workbook } = book("S");
    excel.selection = { sheet: "S", address: "B3" };
    const rows = Array.from({ length: 10_001 }, (_, i) => [`第${i + 1}行`]);
    expect(await workbook.writeAtSelection(rows)).toEqual({ sheet: "S", address: "B3:B10003" });
    expect(excel.sheet("S").cell("B10003").value).toBe("第10001行");
    expect(excel.syncs).toBe(3);
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const { excel, workbook } = book("A", "B");
    await workbook.selectCell("B", "$D$7");
    expect(excel.activeSheet).toBe("B");
    expect(excel.selected).toEqual({ sheet: "B", address: "D7" });
    expect(excel.syncs).toBe(1);
  });
});

describe("paintCells and restoreFills", () => {
  test("records no fill as null (not white), a real white as white, and restores exactly", async () => {
    const { excel, workbook } = book("S");
    const sheet = excel.sheet("S");
    sheet.cell("A2").fill = "#FFFF00";
    sheet.cell("A3").fill = "#FFFFFF";
    const previous = await workbook.paintCells("S", ["A1", "A2", "A3", "C5", "A2"], "#FFC7CE");
    expect(Object.fromEntries(previous)).toEqual({ A1: null, A2: "#FFFF00", A3: "#FFFFFF", C5: null });
    for (const a of ["A1", "A2", "A3", "C5"]) expect(sheet.fillOf(a)).toBe("#FFC7CE");
    expect(excel.syncs).toBe(1);

    await workbook.restoreFills("S", previous);
    expect(sheet.fillOf("A1")).toBeNull();
    expect(sheet.fillOf("A2")).toBe("#FFFF00");
    expect(sheet.fillOf("A3")).toBe("#FFFFFF");
    expect(sheet.fillOf("C5")).toBeNull();
    expect(excel.syncs).toBe(2);
  });

  test("a range address paints each of its cells", async () => {
    const { excel, workbook } = book("S");
    const previous = await workbook.paintCells("S", ["D1:D3"], "#FF0000");
    expect([...previous.keys()]).toEqual(["D1", "D2", "D3"]);
    expect(excel.sheet("S").fillOf("D2")).toBe("#FF0000");
  });

  test("an Excel without ExcelApi 1.9 gets a message instead of a missing-method crash", async () => {
    const { excel, workbook } = book("S");
    const global = globalThis as { Office?: unknown };
    global.Office = {
      context: {
        requirements: { isSetSupported: (set: string, v: string) => !(set === "ExcelApi" && v === "1.9") },
      },
    };
    try {
      await expect(workbook.paintCells("S", ["A1"], "#FF0000")).rejects.toThrow(
        "此版本的 Excel 不支持读取单元格原有填充色（需要 ExcelApi 1.9）",
      );
      expect(excel.syncs).toBe(0);
    } finally {
      delete global.Office;
    }
  });

  test("restoring nothing sends nothing", async () => {
    const { excel, workbook } = book("S");
    await workbook.restoreFills("S", new Map());
    expect(excel.syncs).toBe(0);
  });

  test("10 000 scattered cells: two syncs to paint, two to restore", async () => {
    const { excel, workbook } = book("S");
    const sheet = excel.sheet("S");
    // Every other row of columns B..K, so no two cells form a run; every third had a fill.
    const addresses = Array.from({ length: 10_000 }, (_, i) =>
      formatCell(2 * Math.floor(i / 10) + 2, (i % 10) + 2),
    );
    addresses.forEach((a, i) => {
      if (i % 3 === 0) sheet.cell(a).fill = "#00B050";
    });
    const previous = await workbook.paintCells("S", addresses, "#FFC7CE");
    expect(previous.size).toBe(10_000);
    expect(excel.syncs).toBe(2);
    expect(sheet.fillOf(addresses[9_999] as string)).toBe("#FFC7CE");
    await workbook.restoreFills("S", previous);
    expect(excel.syncs).toBe(4);
    addresses.forEach((a, i) => expect(sheet.fillOf(a)).toBe(i % 3 === 0 ? "#00B050" : null));
  });

  test("25 000 cells down one column are one range per request", async () => {
    const { excel, workbook } = book("S");
    const addresses = Array.from({ length: 25_000 }, (_, i) => `E${i + 2}`);
    excel.sheet("S").cell("E100").fill = "#0000FF";
    const previous = await workbook.paintCells("S", addresses, "#FFC7CE");
    expect(excel.syncs).toBe(1);
    expect(previous.get("E100")).toBe("#0000FF");
    await workbook.restoreFills("S", previous);
    // runs: E2:E99 cleared, E100 blue, E101:E25001 cleared
    expect(excel.syncs).toBe(2);
    expect(excel.sheet("S").fillOf("E100")).toBe("#0000FF");
    expect(excel.sheet("S").fillOf("E101")).toBeNull();
  });
});

describe("formatCells", () => {
  test("fill, bold and a number format broadcast as [[format]], in one sync", async () => {
    const { excel, workbook } = book("S");
    await workbook.formatCells("S", "A1:B1", { fill: "#DDEBF7", bold: true });
    await workbook.formatCells("S", "D:D", { numberFormat: "@" });
    const sheet = excel.sheet("S");
    expect(sheet.cell("B1")).toMatchObject({ fill: "#DDEBF7", bold: true });
    expect(sheet.numberFormats).toEqual([{ address: "D1:D1048576", format: "@" }]);
    expect(excel.syncs).toBe(2);
  });
});

describe("addSheet", () => {
  test("a free name: suffix (2), (3)… ignoring case, in two syncs, and the new sheet is shown", async () => {
    const { excel, workbook } = book("校验结果", "校验结果 (2)");
    expect(await workbook.addSheet("校验结果")).toBe("校验结果 (3)");
    expect(excel.sheets.map((s) => s.name)).toEqual(["校验结果", "校验结果 (2)", "校验结果 (3)"]);
    expect(excel.activeSheet).toBe("校验结果 (3)");
    expect(excel.syncs).toBe(2);
    expect(await workbook.addSheet("统计")).toBe("统计");
  });

  test("characters Excel forbids are replaced", async () => {
    const { workbook } = book("S");
    expect(await workbook.addSheet("2025/12 统计:全年")).toBe("2025_12 统计_全年");
  });
});

describe("addListValidation", () => {
  test("a short list is an inline source with a Chinese alert", async () => {
    const { excel, workbook } = book("S");
    await workbook.addListValidation("S", "F2:F100", ["高", "中", "低", "中"]);
    expect(excel.sheet("S").validations).toEqual([
      {
        address: "F2:F100",
        rule: { list: { inCellDropDown: true, source: "高,中,低" } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "无效的值",
          message: "请从下拉列表中选择（可填代码或名称）",
        },
      },
    ]);
    expect(excel.syncs).toBe(1);
  });

  test("a list longer than 255 characters goes to the hidden list sheet as text", async () => {
    const { excel, workbook } = book("S");
    const items = Array.from(
      { length: 39 },
      (_, i) => `${String(i + 1).padStart(2, "0")} 业务范围第${i + 1}类`,
    );
    await workbook.addListValidation("S", "G2:G50", items);
    const lists = excel.sheet(LIST_SHEET);
    expect(lists.visibility).toBe("VeryHidden");
    expect(lists.cell("A1").value).toBe("01 业务范围第1类");
    expect(lists.numberFormats).toEqual([{ address: "A1:A39", format: "@" }]);
    expect(excel.sheet("S").validations[0]?.rule).toEqual({
      list: { inCellDropDown: true, source: "='CertDesk列表'!$A$1:$A$39" },
    });

    await workbook.addListValidation("S", "H2:H50", ["甲,乙", "丙"]);
    expect(lists.cell("B1").value).toBe("甲,乙");
  });

  test("an empty list is refused", async () => {
    const { workbook } = book("S");
    await expect(workbook.addListValidation("S", "A1", [" ", ""])).rejects.toThrow("下拉列表没有任何选项");
  });
});
