/**
 * `certdesk convert` end to end: the clean friendly example with CNCA's extra columns
 * (scripts/cnca-example-data.ts) validates clean, converts to cnca-2016, and the upload file then
 * validates with no error through `certdesk validate` — recognised as CNCA's layout, header rows
 * as the template's, nothing but CNCA's sheets. Bad usage: one bilingual line, exit 2.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readAnyWorkbook } from "../../cli/src/xlsx/open-workbook";
import { layoutTemplatePlan } from "../../core/layout-template/plan";
import { withCncaExtras, writeGrids } from "../../scripts/cnca-example-data";
import { ROOT, expectOneLineError, parseSingleJson, runCli } from "./run-cli";

// Each test spawns the CLI on a 100-row workbook (seconds on a loaded 2-core machine).
jest.setTimeout(180_000);

let dir: string;
let source: string;
const upload = () => path.join(dir, "upload.xlsx");
const DATES = ["--date", "2026-11-03", "--month", "2026-10"];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-convert-"));
  const { grids } = await readAnyWorkbook(path.join(ROOT, "examples", "monthly-clean.xlsx"));
  source = path.join(dir, "月报-上报用.xlsx");
  await writeGrids(withCncaExtras(grids), source);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("certdesk convert --to cnca-2016", () => {
  let json: Record<string, unknown>;
  beforeAll(() => {
    const run = runCli([
      "convert",
      source,
      "--to",
      "cnca-2016",
      "--out",
      upload(),
      "--cb",
      "CNCA-R-2021-812",
      "--branch",
      "示例认证有限公司",
      "--fetch-from",
      "2026-10-01",
      "--fetch-to",
      "2026-10-31",
      "--json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    json = parseSingleJson(run.stdout);
  });

  test("the source is clean as a friendly report", () => {
    const run = runCli(["validate", source, ...DATES, "--json"]);
    expect(run.status).toBe(0);
    expect((parseSingleJson(run.stdout).summary as { errors: number }).errors).toBe(0);
  });

  test("JSON: the file, the sources read, rows per sheet, the notes", () => {
    expect(json.layout).toBe("cnca-2016");
    expect(json.sources).toEqual([
      { sheet: "获证组织基本信息月报", type: "monthly", rows: 50 },
      { sheet: "审核组成员", type: "team", rows: expect.any(Number) },
    ]);
    expect(json.sheets).toEqual([
      { name: "审核计划信息表", rows: 0 },
      { name: "证书信息表", rows: 48 }, // two stage pairs merged
      { name: "审核结果信息表", rows: expect.any(Number) },
      { name: "能源绩效信息表", rows: 0 },
    ]);
    // What the friendly register cannot give: 22 认证项目分类代码 (none known for HG/SR) and 71.
    const notes = json.notes as { id: string; cell: string }[];
    expect(notes.map((n) => `${n.id} ${n.cell}`)).toEqual([
      "CONVERT-FIELD-MISSING X8",
      "CONVERT-FIELD-MISSING BU8",
    ]);
  });

  test("the upload file validates with no error, recognised as CNCA's 2016 layout", () => {
    const run = runCli(["validate", upload(), ...DATES, "--json"]);
    const result = parseSingleJson(run.stdout) as {
      findings: { id: string; severity: string; sheet: string }[];
      summary: { errors: number; rows: number };
    };
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.status).toBe(0);
    const recognised = result.findings.filter((f) => f.id === "CNCA-LAYOUT-RECOGNISED").map((f) => f.sheet);
    expect(recognised).toEqual(["审核计划信息表", "证书信息表", "审核结果信息表", "能源绩效信息表"]);
  });

  test("only CNCA's sheets, header rows as the template's, data from C8, no drop-downs", async () => {
    const grids = (await readAnyWorkbook(upload())).grids;
    const plan = layoutTemplatePlan("cnca-2016");
    expect(grids.map((g) => g.name)).toEqual(plan.sheets.map((s) => s.name));
    const cert = grids[1]!;
    plan.sheets[1]!.cells.forEach((row, r) =>
      row.forEach((value, c) => expect(cert.cells[r]?.[c] ?? null).toBe(value)),
    );
    expect(cert.cells[7]!.slice(2, 5)).toEqual([
      "CNCA-R-2021-812",
      "示例认证有限公司",
      "成都创源贸易有限公司", // the first row of the register is a stage-1 row, merged into its stage 2 below
    ]);
    expect(cert.cells[7]!.slice(-2)).toEqual(["2026-10-01", "2026-10-31"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(upload());
    expect(workbook.getWorksheet("证书信息表")!.getCell("AQ8").dataValidation).toBeUndefined();
  });
});

describe("certdesk convert --to cnca-2015 (fields from A, no sheet code)", () => {
  test("the upload validates as 2015's layout: no shifted columns, no mixed layouts, no error", () => {
    const out = path.join(dir, "upload-2015.xlsx");
    const conv = runCli(["convert", source, "--to", "cnca-2015", "--out", out, "--cb", "CNCA-R-2021-812"]);
    expect(conv.status).toBe(0);
    const run = runCli(["validate", out, ...DATES, "--json"]);
    const result = parseSingleJson(run.stdout) as {
      findings: { id: string; severity: string }[];
      layouts: { id: string }[];
    };
    expect(result.layouts.map((l) => l.id)).toEqual(["cnca-2015"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.map((f) => f.id)).not.toContain("CNCA-LAYOUTS-MIXED");
    expect(run.status).toBe(0);
  });
});

describe("bad usage", () => {
  test("an unknown --to lists the CNCA layouts", () => {
    expectOneLineError(
      runCli(["convert", source, "--to", "cnca-2030", "--out", path.join(dir, "x.xlsx")]),
      "不是 CNCA 上报格式",
      "cnca-2016",
      "not a CNCA layout",
    );
  });

  test("a malformed approval number", () => {
    expectOneLineError(
      runCli(["convert", source, "--to", "cnca-2016", "--out", path.join(dir, "x.xlsx"), "--cb", "0812"]),
      "不是认证机构批准号",
      "CNCA-R-2021-812",
    );
  });

  test("--out missing, or the input itself", () => {
    expectOneLineError(runCli(["convert", source, "--to", "cnca-2016"]), "--out");
    expectOneLineError(
      runCli(["convert", source, "--to", "cnca-2016", "--out", source, "--force"]),
      "就是输入文件",
    );
  });

  test("a workbook with no friendly report says so instead of writing an empty upload", () => {
    expectOneLineError(
      runCli(["convert", upload(), "--to", "cnca-2016", "--out", path.join(dir, "again.xlsx")]),
      "没有可转换的易读格式报表",
    );
  });
});
