/**
 * The statistics pane and `certdesk stats` given the same CNCA upload workbook (examples/): the
 * pane, through the Excel door over the values Office.js hands it (dates as serial numbers), lists
 * the sheets the CLI reports under `sheets` (kind, layout, rows), takes the same certificates from
 * the same rows, and computes the same tables and checks. cnca-2016-mistakes.xlsx carries an
 * edited header, a status stored as a number and a suspension without dates.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createExcelWorkbook } from "../../../addin/workbook/excel-workbook";
import {
  computeStats,
  loadStatsSheets,
  readChosenSheets,
} from "../../../addin/taskpane/statistics/stats-actions";
import { readWorkbook } from "../../../cli/src/xlsx/read-workbook";
import { fromYmd, toExcelSerial } from "../../../core/dates/civil";
import { emptyStatsInput, readStatsSheet, type StatsInput } from "../../../core/statistics";
import type { SheetGrid } from "../../../core/validation/sheet";
import { FakeExcel } from "../workbook/fake-excel";
import { parseSingleJson, ROOT, runCli } from "../../cli/run-cli";

/** A workbook in the fake Excel as Office.js would give its values: a date cell is its serial number. */
function excelOf(grids: readonly SheetGrid[]): FakeExcel {
  const excel = new FakeExcel(...grids.map((g) => g.name));
  for (const grid of grids) {
    const sheet = excel.sheet(grid.name);
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = sheet.cellAt(r + 1, c + 1);
        if (value instanceof Date)
          cell.value = toExcelSerial(
            fromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()),
          );
        else if (typeof value === "object") cell.error = value.error;
        else cell.value = value;
      }),
    );
  }
  return excel;
}

/** The certificates as read, without the file name each side gives its source. */
function certificates(input: StatsInput) {
  return input.registers.map((r) => ({
    certNo: r.certNo,
    sheet: r.src.sheet,
    row: r.row,
    status: r.status,
    statusDate: r.statusDate,
    issueDate: r.issueDate,
    expiryDate: r.expiryDate,
    suspendStart: r.suspendStart,
    scopes: r.scopes,
    division: r.division,
    scheme: r.scheme,
    sub: r.sub,
    unreadable: r.unreadable,
  }));
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-stats-agree-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = (name: string) => path.join(ROOT, "examples", name);

/**
 * The clean upload with every yyyy-mm-dd text of 证书信息表 typed as a real Excel date (as a clerk
 * typing into CNCA's template gets): the CLI reads a Date, Office.js a serial number.
 */
async function withExcelDates(): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(example("cnca-2016-clean.xlsx"));
  book.getWorksheet("证书信息表")?.eachRow((row, r) => {
    if (r < 8) return;
    row.eachCell((cell) => {
      const ymd = typeof cell.value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.value) : null;
      if (!ymd) return;
      cell.value = new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3])));
      cell.numFmt = "yyyy-mm-dd";
    });
  });
  const file = path.join(dir, "cnca-2016-excel-dates.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

describe.each([
  ["cnca-2016-clean.xlsx", async () => example("cnca-2016-clean.xlsx")],
  ["cnca-2016-mistakes.xlsx", async () => example("cnca-2016-mistakes.xlsx")],
  ["cnca-2016-clean.xlsx with Excel dates", withExcelDates],
])("%s", (_name, make) => {
  let file = "";
  let grids: SheetGrid[] = [];
  let cli: Record<string, unknown> = {};
  beforeAll(async () => {
    file = await make();
    grids = await readWorkbook(file);
    const run = runCli(["stats", file, "--year", "2026", "--json"]);
    expect(run.stderr).toBe("");
    cli = parseSingleJson(run.stdout);
  });

  test("the pane lists the sheets as the CLI reads them: kind, layout and rows", async () => {
    const entries = await loadStatsSheets(createExcelWorkbook(excelOf(grids).run));
    const cliSheets = (cli.sheets as Array<Record<string, unknown>>).map((s) => ({
      name: s.sheet,
      kind: s.kind === "ignored" ? null : s.kind,
      layout: s.layout,
      rows: s.rows,
    }));
    expect(entries).toEqual(cliSheets);
    expect(entries).toEqual([
      { name: "审核计划信息表", kind: null, layout: "cnca-2016", rows: 0 },
      { name: "证书信息表", kind: "certificates", layout: "cnca-2016", rows: 48 },
      { name: "审核结果信息表", kind: "team", layout: "cnca-2016", rows: 96 },
      { name: "能源绩效信息表", kind: null, layout: "cnca-2016", rows: 0 },
    ]);
  });

  test("the same certificates from the same rows, then the same tables and checks", async () => {
    const workbook = createExcelWorkbook(excelOf(grids).run);
    const chosen = (await loadStatsSheets(workbook)).filter((e) => e.kind !== null).map((e) => e.name);
    const fromCli = emptyStatsInput();
    for (const grid of grids) readStatsSheet(grid, file, 0, fromCli);
    const fromPane = await readChosenSheets(workbook, chosen);
    expect(certificates(fromPane)).toEqual(certificates(fromCli));
    expect(fromPane.registers).toHaveLength(48);
    expect(fromPane.team.map((t) => [t.certNo, t.row, t.start, t.end])).toEqual(
      fromCli.team.map((t) => [t.certNo, t.row, t.start, t.end]),
    );

    const pane = await computeStats(workbook, chosen, { year: 2026 });
    const { byStatus, byScope, byProvince, byScheme, issued, totalValid } = pane;
    expect({ byStatus, byScope, byProvince, byScheme, issued, totalValid }).toEqual({
      byStatus: cli.byStatus,
      byScope: cli.byScope,
      byProvince: cli.byProvince,
      byScheme: cli.byScheme,
      issued: cli.issued,
      totalValid: cli.totalValid,
    });
    const checks = (cli.checks as Array<Record<string, string>>).map((c) => [
      c.id,
      c.sheet,
      c.cell,
      c.message,
    ]);
    expect(pane.findings.map((f) => [f.id, f.sheet, f.cell, f.message])).toEqual(checks);
  });
});

test("the Excel-dates copy holds real dates, so the two doors hand over different values", async () => {
  const certs = (await readWorkbook(await withExcelDates())).find((g) => g.name === "证书信息表");
  expect(certs?.cells.flat().filter((v) => v instanceof Date).length).toBeGreaterThan(100);
});

test("the mistakes file: the suspension without dates is 无法归类 on both sides", async () => {
  const workbook = createExcelWorkbook(excelOf(await readWorkbook(example("cnca-2016-mistakes.xlsx"))).run);
  const pane = await computeStats(workbook, ["证书信息表", "审核结果信息表"], { year: 2026 });
  expect(pane.byStatus).toMatchObject({ 有效: 47, 暂停: 0, 无法归类: 1 });
  // CNCA has no 状态变更日期: a 02 row's day is 43 暂停开始时间 (AS), where validate also points.
  expect(pane.findings.map((f) => `${f.id}@${f.sheet}!${f.cell}`)).toEqual([
    "STATS-DATE-MISSING@证书信息表!AS11",
  ]);
  expect(pane.findings[0]?.message).toContain("缺少暂停开始日期");
  expect(pane.findings[0]?.certNo).toBe("081226SR00061R000");
});
