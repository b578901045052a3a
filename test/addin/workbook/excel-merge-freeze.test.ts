/**
 * mergeCells and freezePanes of the Excel workbook against office-addin-mock: one merged area per
 * call (range.merge(false)), frozen panes as one freezeAt over the top-left block (or freezeRows /
 * freezeColumns alone), each in one sync; a bad address, an overlapping merge or a count that is
 * not a whole number inside the sheet is our message, and nothing is changed.
 */
import { createExcelWorkbook } from "../../../addin/workbook/excel-workbook";
import { FakeExcel } from "./fake-excel";

function book(...names: string[]) {
  const excel = new FakeExcel(...names);
  return { excel, workbook: createExcelWorkbook(excel.run) };
}

describe("mergeCells", () => {
  test("CNCA's A2:A4 and A5:A7, one sync each", async () => {
    const { excel, workbook } = book("证书信息表");
    await workbook.mergeCells("证书信息表", "A2:A4");
    await workbook.mergeCells("证书信息表", "a5:a7");
    expect(excel.sheet("证书信息表").merges).toEqual(["A2:A4", "A5:A7"]);
    expect(excel.syncs).toBe(2);
  });

  test("an overlapping merge is Excel's refusal, named; the first merge stays", async () => {
    const { excel, workbook } = book("S");
    await workbook.mergeCells("S", "A2:A4");
    await expect(workbook.mergeCells("S", "A3:B5")).rejects.toThrow("合并「S」A3:B5失败");
    expect(excel.sheet("S").merges).toEqual(["A2:A4"]);
  });

  test("a bad address or a missing sheet: our message", async () => {
    const { workbook } = book("S");
    await expect(workbook.mergeCells("S", "第一格")).rejects.toThrow("合并「S」第一格失败");
    await expect(workbook.mergeCells("统计", "A1:B1")).rejects.toThrow("找不到该工作表");
  });
});

describe("freezePanes", () => {
  test("rows and columns together: freezeAt over A1:B2 (CNCA's C3)", async () => {
    const { excel, workbook } = book("证书信息表");
    await workbook.freezePanes("证书信息表", 2, 2);
    expect(excel.sheet("证书信息表").frozen).toEqual({ rows: 2, columns: 2 });
    expect(excel.syncs).toBe(1);
  });

  test("rows only, columns only, and 0/0 unfreezes what was frozen", async () => {
    const { excel, workbook } = book("S");
    await workbook.freezePanes("S", 7, 0);
    expect(excel.sheet("S").frozen).toEqual({ rows: 7, columns: 0 });
    await workbook.freezePanes("S", 0, 3);
    expect(excel.sheet("S").frozen).toEqual({ rows: 0, columns: 3 });
    await workbook.freezePanes("S", 0, 0);
    expect(excel.sheet("S").frozen).toEqual({ rows: 0, columns: 0 });
  });

  test.each([
    [-1, 0, "冻结的行数应为 0 到 1048575 的整数，收到「-1」"],
    [1.5, 0, "收到「1.5」"],
    [0, 16_384, "冻结的列数应为 0 到 16383 的整数"],
    [Number.NaN, 0, "收到「NaN」"],
  ])("rows %p, columns %p: refused before Excel is asked", async (rows, columns, message) => {
    const { excel, workbook } = book("S");
    await expect(workbook.freezePanes("S", rows, columns)).rejects.toThrow(message);
    expect(excel.sheet("S").frozen).toEqual({ rows: 0, columns: 0 });
    expect(excel.syncs).toBe(0);
  });
});
