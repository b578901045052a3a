/**
 * 插入上报模版 in the workbench (exceljs in the worker, through the Workbook door) against the
 * command line's `certdesk template` writer: the downloaded file has the same merged cells and the
 * same frozen panes on every sheet, for CNCA's framed 2016 layout and the 2015 layout without the
 * frame. mergeCells / freezePanes of the workbench's book refuse what Excel would.
 */
import ExcelJS from "exceljs";
import { insertLayoutTemplate } from "../../../addin/taskpane/validation/layout-actions";
import { addLayoutTemplate } from "../../../cli/src/xlsx/write-layout-template";
import { openedWorkbench, xlsxOf } from "./in-process";

jest.setTimeout(60_000);

interface Shape {
  name: string;
  merges: string[];
  frozen: { xSplit?: number; ySplit?: number; state?: string } | null;
}

function shapeOf(workbook: ExcelJS.Workbook, names: string[]): Shape[] {
  return names.map((name) => {
    const sheet = workbook.getWorksheet(name)!;
    const model = sheet.model as unknown as { merges?: string[] };
    const view = sheet.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    return {
      name,
      merges: [...(model.merges ?? [])].sort(),
      frozen: view?.state === "frozen" ? { state: "frozen", xSplit: view.xSplit, ySplit: view.ySplit } : null,
    };
  });
}

async function reopen(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}

describe.each(["cnca-2016", "cnca-2015"])(
  "%s: the pane's template has the CLI's merges and frozen panes",
  (id) => {
    test("every sheet, after a download", async () => {
      const { workbook, client } = await openedWorkbench(await xlsxOf({ 说明: [["x"]] }));
      const names = await insertLayoutTemplate(workbook, id);
      const pane = shapeOf(await reopen(await client.call("save")), names);
      const cliBook = new ExcelJS.Workbook();
      addLayoutTemplate(cliBook, id);
      const cli = shapeOf(await reopen(await cliBook.xlsx.writeBuffer()), names);
      expect(pane).toEqual(cli);
      if (id === "cnca-2016") {
        expect(pane.find((s) => s.name === "证书信息表")).toEqual({
          name: "证书信息表",
          merges: ["A2:A4", "A5:A7"],
          frozen: { state: "frozen", xSplit: 2, ySplit: 2 },
        });
      } else {
        // No A/B frame in the 2014/2015 files: nothing merged, the seven header rows frozen.
        expect(pane.every((s) => s.merges.length === 0)).toBe(true);
        expect(pane[0]?.frozen).toEqual({ state: "frozen", xSplit: 0, ySplit: 7 });
      }
    });
  },
);

test("the book refuses an overlapping merge and a count outside the sheet; 0/0 unfreezes", async () => {
  const { workbook, client } = await openedWorkbench(await xlsxOf({ S: [["a", "b"]] }));
  await workbook.mergeCells("S", "A2:A4");
  await expect(workbook.mergeCells("S", "A3:B5")).rejects.toThrow("与已合并的单元格重叠");
  await expect(workbook.freezePanes("S", -1, 0)).rejects.toThrow("冻结的行数应为 0 到 1048575 的整数");
  await workbook.freezePanes("S", 1, 0);
  expect(shapeOf(await reopen(await client.call("save")), ["S"])[0]).toEqual({
    name: "S",
    merges: ["A2:A4"],
    frozen: { state: "frozen", xSplit: 0, ySplit: 1 },
  });
  await workbook.freezePanes("S", 0, 0);
  expect(shapeOf(await reopen(await client.call("save")), ["S"])[0]?.frozen).toBeNull();
});
