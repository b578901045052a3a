/**
 * `certdesk validate` on .xls files (issue 7 "Bad input"): CNCA's own template as distributed is
 * read and recognised sheet by sheet, an annotated .xlsx copy can be written from it, and an
 * upload file saved as .xls gives exactly the findings of the same file as .xlsx.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { cncaFile, describeWithCnca } from "../cnca-shared";
import { ROOT, parseSingleJson, runCli } from "./run-cli";

jest.setTimeout(120_000);

type Result = { findings: { id: string; severity: string; sheet: string; cell: string; message: string }[] };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-xls-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithCnca("CNCA's templ-2016.xls", () => {
  test("three sheets recognised as CNCA's 2016 layout, nothing read as data, exit 0", () => {
    const run = runCli(["validate", cncaFile("templ-2016.xls"), "--date", "2026-11-03", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = parseSingleJson(run.stdout) as unknown as Result & { summary: { rows: number } };
    expect(result.summary.rows).toBe(0);
    expect(result.findings.filter((f) => f.id === "CNCA-LAYOUT-RECOGNISED").map((f) => f.sheet)).toEqual([
      "证书信息表",
      "审核结果信息表",
      "能源绩效信息表",
    ]);
  });

  test("--out writes an annotated .xlsx copy with the 校验结果 sheet; the .xls is not touched", async () => {
    const before = readFileSync(cncaFile("templ-2016.xls"));
    const out = path.join(dir, "templ-checked.xlsx");
    const run = runCli(["validate", cncaFile("templ-2016.xls"), "--date", "2026-11-03", "--out", out]);
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "证书信息表",
      "审核结果信息表",
      "能源绩效信息表",
      "校验结果",
    ]);
    expect(workbook.getWorksheet("证书信息表")!.getCell("C2").value).toBe("1、认证机构批准号");
    expect(readFileSync(cncaFile("templ-2016.xls")).equals(before)).toBe(true);
  });
});

test("the mistakes example saved as .xls: the same findings as the .xlsx", () => {
  const xlsx = path.join(ROOT, "examples", "cnca-2016-mistakes.xlsx");
  const book = XLSX.read(readFileSync(xlsx), { type: "buffer", cellNF: true });
  const xls = path.join(dir, "cnca-2016-mistakes.xls");
  writeFileSync(xls, XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
  const args = ["--date", "2026-11-03", "--month", "2026-10", "--json"];
  const fromXls = parseSingleJson(runCli(["validate", xls, ...args]).stdout) as unknown as Result;
  const fromXlsx = parseSingleJson(runCli(["validate", xlsx, ...args]).stdout) as unknown as Result;
  expect(fromXls.findings.filter((f) => f.severity === "error").length).toBe(11);
  expect(fromXls.findings).toEqual(fromXlsx.findings);
});
