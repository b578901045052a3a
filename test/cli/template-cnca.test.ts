/**
 * `certdesk template <CNCA layout>`: CNCA's upload template written exactly. The header block of
 * every sheet is compared cell by cell with CNCA's own files in ../shared/cnca (templ-2016.xls read
 * by our .xls reader, plan-2016.xls), then the workbook shape: merges, frozen panes, text format,
 * drop-down lists with code and label on every coded column.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readAnyWorkbook } from "../../cli/src/xlsx/open-workbook";
import { LIST_SHEET } from "../../cli/src/xlsx/write-template";
import { columnName } from "../../core/sheet/a1";
import type { CellValue, SheetGrid } from "../../core/validation/sheet";
import { getLayout } from "../../core/validation/layouts";
import { cncaFile, describeWithCnca } from "../cnca-shared";
import { expectOneLineError, parseSingleJson, runCli } from "./run-cli";

// Each test spawns the CLI (a second or more on a loaded 2-core machine), some several times.
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-template-cnca-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * What a person sees in a cell: CNCA's .xls stores some lengths and levels as numbers, others as
 * text. Trailing line feeds are dropped (one 填表说明 of 能源绩效信息表 ends in one; the layout data
 * keeps notes trimmed).
 */
const shown = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value).trimEnd();

/** Rows 1..n as shown, trailing blanks trimmed, for a cell-by-cell comparison. */
function block(grid: SheetGrid, rows: number): string[][] {
  return Array.from({ length: rows }, (_, r) => {
    const row = (grid.cells[r] ?? []).map(shown);
    while (row.length > 0 && row.at(-1) === "") row.pop();
    return row;
  });
}

function writeTemplate(layout: string): { file: string; json: Record<string, unknown> } {
  const file = path.join(dir, `${layout}.xlsx`);
  const run = runCli(["template", layout, "--out", file, "--force", "--json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return { file, json: parseSingleJson(run.stdout) };
}

describe("certdesk template cnca-2016", () => {
  let file: string;
  let written: SheetGrid[];
  beforeAll(async () => {
    ({ file } = writeTemplate("cnca-2016"));
    written = (await readAnyWorkbook(file)).grids;
  });

  test("sheets in the 2016 规范's names, the hidden list sheet last", () => {
    expect(written.map((g) => g.name)).toEqual([
      "审核计划信息表",
      "证书信息表",
      "审核结果信息表",
      "能源绩效信息表",
      LIST_SHEET,
    ]);
  });

  describeWithCnca("the header block equals CNCA's template cell by cell", () => {
    test.each(["证书信息表", "审核结果信息表", "能源绩效信息表"])(
      "%s vs templ-2016.xls rows 1–8",
      async (name) => {
        const cnca = (await readAnyWorkbook(cncaFile("templ-2016.xls"))).grids.find((g) => g.name === name)!;
        const ours = written.find((g) => g.name === name)!;
        expect(block(ours, 8)).toEqual(block(cnca, 8));
        expect(ours.merged).toEqual(cnca.merged);
      },
    );

    test("审核计划信息表 vs plan-2016.xls rows 1–8", async () => {
      const cnca = (await readAnyWorkbook(cncaFile("plan-2016.xls"))).grids[0]!;
      const ours = written.find((g) => g.name === "审核计划信息表")!;
      expect(block(ours, 8)).toEqual(block(cnca, 8));
      expect(ours.merged).toEqual(cnca.merged);
    });
  });

  test("frozen at C3, text format on text columns, fills as CNCA's", async () => {
    const sheet = (await load(file)).getWorksheet("证书信息表")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    expect(sheet.getCell("A1").value).toBe("103010");
    expect(sheet.getCell("C8").value).toBeNull();
    // H ORG_CODE, BV FETCH_S_DATE (dates stay text: YYYY-MM-DD), U employees (a number)
    expect(sheet.getColumn("H").numFmt).toBe("@");
    expect(sheet.getColumn("BV").numFmt).toBe("@");
    expect(sheet.getCell("U1").value).toBe("RELA_PEOP_NUM");
    expect(sheet.getColumn("U").numFmt).toBeUndefined(); // General
    expect(sheet.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFC0C0C0" } });
    expect(sheet.getCell("C2").fill).toMatchObject({ fgColor: { argb: "FF00FFFF" } });
  });

  test("every coded column has a drop-down with code and label, from C8 on", async () => {
    const workbook = await load(file);
    const layout = getLayout("cnca-2016")!;
    for (const layoutSheet of layout.sheets) {
      const sheet = workbook.getWorksheet(layoutSheet.name)!;
      layoutSheet.columns.forEach((column, i) => {
        const validation = sheet.getCell(8, 3 + i).dataValidation;
        if (column.codeTable === undefined) expect(validation).toBeUndefined();
        else
          expect({ code: column.code, type: validation?.type }).toEqual({ code: column.code, type: "list" });
        expect(sheet.getCell(7, 3 + i).dataValidation).toBeUndefined();
      });
    }
    const cert = workbook.getWorksheet("证书信息表")!;
    const status = cert.getCell(`${columnOf("CERTI_STATUS")}8`).dataValidation;
    expect(status.formulae[0]).toContain("02 暂停");
    expect(status.showErrorMessage).toBe(true); // a verified, complete table
    // 国家和地区 (239 entries) goes through the hidden list sheet; partial tables suggest, never refuse.
    const country = cert.getCell(`${columnOf("ORG_COUNTRY")}8`).dataValidation;
    expect(country.formulae[0]).toMatch(new RegExp(`^'${LIST_SHEET}'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$239$`));
    expect(country.showErrorMessage).toBeFalsy();
    const list = workbook.getWorksheet(LIST_SHEET)!;
    expect(list.state).toBe("hidden");
  });
});

/** Letter of a 证书信息表 field in the 2016 layout (fields from column C). */
function columnOf(code: string): string {
  const sheet = getLayout("cnca-2016")!.sheets.find((s) => s.id === "certificates")!;
  return columnName(sheet.columns.findIndex((c) => c.code === code) + 3);
}

describe("the other CNCA layouts", () => {
  test.each(["cnca-2021", "cnca-2015", "cnca-2014", "cnca-59"])(
    "%s: its sheets, headers in order",
    async (id) => {
      const { file, json } = writeTemplate(id);
      const layout = getLayout(id)!;
      expect(json.layout).toBe(id);
      const grids = (await readAnyWorkbook(file)).grids.filter((g) => g.name !== LIST_SHEET);
      expect(grids.map((g) => g.name)).toEqual(layout.sheets.map((s) => s.name));
      layout.sheets.forEach((sheet, i) => {
        const headerRow = grids[i]!.cells[sheet.headerRows.header - 1]!;
        expect(headerRow.slice(sheet.firstColumn - 1)).toEqual(sheet.columns.map((c) => c.header));
      });
    },
  );

  test("an unknown name lists the CNCA layouts and the friendly types", () => {
    expectOneLineError(
      runCli(["template", "cnca-2099", "--out", path.join(dir, "x.xlsx")]),
      "cnca-2016",
      "monthly",
      "unknown template",
    );
  });
});
