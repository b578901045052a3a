/**
 * `certdesk validate` on CNCA's own upload workbook, end to end: an .xlsx written by exceljs in the
 * template's shape (seven header rows, A1 sheet code, data from C8, every value as text as the ERP
 * exporters write it) is recognised, read from C8 and checked; a planted mistake exits 1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../core/validation";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { CERT, cncaGrid, TEAM, type Row } from "../core/validation/cnca/fixtures";
import { parseSingleJson, runCli } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-cnca-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeXlsx(name: string, grids: SheetGrid[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined)
          sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
  }
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const upload = (cert: Row = CERT) => [
  cncaGrid("cnca-2016", "certificates", [cert]),
  cncaGrid("cnca-2016", "team", TEAM),
];
const AS_OF = ["--date", "2026-10-31"];

describe("certdesk validate on a CNCA upload workbook", () => {
  test("read through the .xlsx reader, the file is recognised and read from C8", async () => {
    const file = await writeXlsx("read.xlsx", upload());
    const grids = await readWorkbook(file);
    expect(grids.map((g) => g.name)).toEqual(["证书信息表", "审核结果信息表"]);
    expect(grids[0]?.cells[0]?.[0]).toBe("103010");
    expect(grids[0]?.cells[7]?.[2]).toBe("CNCA-R-2021-812");
  });

  test("a clean upload: recognised, rows read, exit 0; the layout named in text and JSON", async () => {
    const file = await writeXlsx("clean.xlsx", upload());
    const text = runCli(["validate", file, ...AS_OF]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      "【证书信息表】按 CNCA 管理体系及服务认证信息上报数据模版（2016 规范）「证书信息表」校验 · 1 行",
    );
    expect(text.stdout).toContain(
      "【审核结果信息表】按 CNCA 管理体系及服务认证信息上报数据模版（2016 规范）「审核结果信息表」校验 · 3 行",
    );
    const json = parseSingleJson(runCli(["validate", file, ...AS_OF, "--json"]).stdout) as {
      summary: { errors: number; rows: number };
      layouts: { id: string }[];
    };
    expect(json.summary).toMatchObject({ errors: 0, rows: 4 });
    expect(json.layouts.map((l) => l.id)).toEqual(["cnca-2016"]);
  });

  test("a planted mistake exits 1 and names the cell and the template item", async () => {
    const file = await writeXlsx("suspended.xlsx", upload({ ...CERT, CERTI_STATUS: "02" }));
    const run = runCli(["validate", file, ...AS_OF, "--json"]);
    expect(run.status).toBe(1);
    const json = parseSingleJson(run.stdout) as { findings: { id: string; cell: string; clause: string }[] };
    expect(json.findings.filter((f) => f.id === "CNCA-REQUIRED-WHEN").map((f) => [f.cell, f.clause])).toEqual(
      [
        ["AR8", "CNCA 模版 证书信息表 第 42 项"],
        ["AS8", "CNCA 模版 证书信息表 第 43 项"],
        ["AT8", "CNCA 模版 证书信息表 第 44 项"],
      ],
    );
  });
});
