import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { REPORT_SPECS, templateColumns } from "../../core/validation/specs";
import { REPORT_TYPES } from "../../core/validation/types";
import { TEMPLATE_ROWS, templatePlan } from "../../core/validation/template-plan";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { expectOneLineError, parseSingleJson, runCli } from "./run-cli";

// Each test spawns the CLI, whose start alone takes seconds on a loaded 2-core machine.
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-template-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("certdesk template (DOMAIN §9, §12)", () => {
  test("monthly: exactly the §9 headers, dropdowns with code + label, text and date formats", async () => {
    const file = path.join(dir, "monthly.xlsx");
    const run = runCli(["template", "monthly", "--out", file, "--json"]);
    expect(run.status).toBe(0);
    const json = parseSingleJson(run.stdout);
    expect(json).toMatchObject({ type: "monthly", sheet: "获证组织基本信息月报", columns: 34, lists: 8 });

    const [grid] = await readWorkbook(file);
    expect(grid!.name).toBe("获证组织基本信息月报");
    expect(grid!.cells).toEqual([templateColumns("monthly").map((c) => c.header)]);
    expect(grid!.cells[0]!.slice(0, 4)).toEqual(["组织名称", "英文名称", "组织原名", "统一社会信用代码"]);

    const sheet = (await load(file)).getWorksheet("获证组织基本信息月报")!;
    const headerAt = (header: string): number => grid!.cells[0]!.indexOf(header) + 1;
    // Codes and IDs keep leading zeros: text format; dates: the date format.
    expect(sheet.getColumn(headerAt("统一社会信用代码")).numFmt).toBe("@");
    expect(sheet.getColumn(headerAt("行政区划代码")).numFmt).toBe("@");
    expect(sheet.getColumn(headerAt("证书号")).numFmt).toBe("@");
    expect(sheet.getColumn(headerAt("审核开始日期")).numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getColumn(headerAt("颁证日期")).numFmt).toBe("yyyy-mm-dd");

    const activity = sheet.getCell(2, headerAt("认证审核活动类别")).dataValidation;
    expect(activity.type).toBe("list");
    expect(activity.formulae[0]).toContain("0101 初次认证第一阶段");
    expect(activity.formulae[0]).toContain("0302 第二次监督审核");
    expect(activity.showErrorMessage).toBe(true);
    const last = sheet.getCell(TEMPLATE_ROWS + 1, headerAt("证书状态")).dataValidation;
    expect(last.formulae[0]).toBe('"01 有效,02 暂停,03 撤销,04 注销"');
    expect(sheet.getCell(TEMPLATE_ROWS + 2, headerAt("证书状态")).dataValidation).toBeUndefined();
    // Open lists and multi-code columns suggest values without refusing others.
    expect(sheet.getCell(2, headerAt("国家和地区代码")).dataValidation.showErrorMessage).toBeFalsy();
    expect(sheet.getCell(2, headerAt("认可标识")).dataValidation.showErrorMessage).toBeFalsy();
    // Columns without a list have no dropdown.
    expect(sheet.getCell(2, headerAt("组织名称")).dataValidation).toBeUndefined();
  });

  test.each(REPORT_TYPES)("%s: one sheet whose headers are the spec's, in order", async (type) => {
    const file = path.join(dir, `each-${type}.xlsx`);
    expect(runCli(["template", type, "--out", file]).status).toBe(0);
    const grids = await readWorkbook(file);
    const report = grids.filter((g) => g.name !== "CertDesk列表");
    expect(report).toHaveLength(1);
    expect(report[0]!.cells[0]).toEqual(templateColumns(type).map((c) => c.header));
  });

  test.each(REPORT_TYPES)(
    "%s: every column's number format, dropdown (code + label) and required note, read back with exceljs",
    async (type) => {
      const file = path.join(dir, `formats-${type}.xlsx`);
      expect(runCli(["template", type, "--out", file]).status).toBe(0);
      const workbook = await load(file);
      const plan = templatePlan(type);
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      const lists = workbook.getWorksheet("CertDesk列表");
      /** The items a list validation offers: inline "a,b" or a range of the hidden list sheet. */
      const offered = (formula: string): string[] => {
        if (formula.startsWith('"')) return formula.slice(1, -1).split(",");
        const m = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula);
        if (!m || !lists) return [];
        const out: string[] = [];
        for (let r = Number(m[2]); r <= Number(m[3]); r++)
          out.push(String(lists.getCell(`${m[1]}${r}`).value));
        return out;
      };
      plan.columns.forEach((col, i) => {
        const where = `${type} ${col.header}`;
        expect([where, sheet.getCell(1, i + 1).value]).toEqual([where, col.header]);
        // exceljs reads Excel's default format "General" back as no format.
        expect([where, sheet.getColumn(i + 1).numFmt ?? "General"]).toEqual([where, col.numberFormat]);
        expect([
          where,
          String(sheet.getCell(1, i + 1).note).startsWith(col.required ? "必填" : "选填"),
        ]).toEqual([where, true]);
        const validation = sheet.getCell(2, i + 1).dataValidation;
        if (col.items.length === 0) {
          expect([where, validation]).toEqual([where, undefined]);
          return;
        }
        expect([where, validation.type, offered(validation.formulae[0] as string)]).toEqual([
          where,
          "list",
          col.items,
        ]);
        expect([where, Boolean(validation.showErrorMessage)]).toEqual([where, col.strictList]);
      });
      // Codes, IDs and enumerations are text ("@"), dates a date format, so leading zeros survive.
      const spec = REPORT_SPECS[type].columns.filter((c) => !c.extra);
      for (const [i, c] of spec.entries()) {
        const want =
          c.format === "date" ? /^yyyy-mm(-dd)?$/ : c.format === "number" ? /^(General|0\.0+)$/ : /^@$/;
        expect([type, c.header, want.test(sheet.getColumn(i + 1).numFmt ?? "General")]).toEqual([
          type,
          c.header,
          true,
        ]);
      }
    },
  );

  test("enumerated dropdowns offer the CNCA code with its label (DOMAIN §9)", async () => {
    const file = path.join(dir, "codes-status.xlsx");
    expect(runCli(["template", "status", "--out", file]).status).toBe(0);
    const sheet = (await load(file)).getWorksheet("证书状态变更")!;
    expect(sheet.getCell(2, 5).dataValidation.formulae[0]).toBe('"02 暂停,03 撤销,04 注销,01 恢复"');
    const auditors = path.join(dir, "codes-auditors.xlsx");
    expect(runCli(["template", "auditors", "--out", auditors]).status).toBe(0);
    const a = (await load(auditors)).getWorksheet("审核人员基本信息年报")!;
    expect(a.getCell(2, 2).dataValidation.formulae[0]).toBe('"1 男,2 女"');
    expect(a.getColumn(3).numFmt).toBe("yyyy-mm");
  });

  test("the failed-audit title has a '/' Excel forbids in sheet names", async () => {
    const file = path.join(dir, "failed-title.xlsx");
    const run = runCli(["template", REPORT_SPECS.failed.title, "--out", file, "--json"]);
    expect(parseSingleJson(run.stdout).sheet).toBe("初评_再认证审核未通过组织月报");
  });

  test("text output names the file", () => {
    const file = path.join(dir, "team-text.xlsx");
    const run = runCli(["template", "team", "--out", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("已生成「审核组成员」模板");
  });

  test("refuses to overwrite an existing file unless --force", () => {
    const file = path.join(dir, "existing.xlsx");
    writeFileSync(file, "keep me");
    expectOneLineError(runCli(["template", "team", "--out", file]), "已存在", "--force");
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(runCli(["template", "team", "--out", file, "--force"]).status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test("bad usage: unknown type, missing --out, not .xlsx, missing folder", () => {
    expectOneLineError(
      runCli(["template", "weekly", "--out", path.join(dir, "w.xlsx")]),
      "weekly",
      "monthly",
    );
    expectOneLineError(runCli(["template", "team"]), "--out");
    expectOneLineError(runCli(["template", "team", "--out", path.join(dir, "team.csv")]), ".xlsx");
    expectOneLineError(
      runCli(["template", "team", "--out", path.join(dir, "no", "such", "t.xlsx")]),
      "目录不存在",
    );
    expectOneLineError(runCli(["template", "--out", path.join(dir, "x.xlsx")]), "type");
    expect(existsSync(path.join(dir, "w.xlsx"))).toBe(false);
  });
});
