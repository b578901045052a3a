/**
 * `certdesk stats` end to end: the JSON of DOMAIN §12 plus checks and self-inspection counts, many
 * monthly files merged (files or a folder), `--out` with names, totals, links and a chart part that
 * exceljs opens (and LibreOffice converts, where installed), and bad usage on one stderr line.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { annualStatistics, emptyStatsInput, readStatsSheet, statsTextLines } from "../../core/statistics";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { REGISTER_HEADER, SAMPLE_ROWS } from "../core/statistics/grids";
import { expectOneLineError, parseSingleJson, ROOT, runCli } from "./run-cli";
import { xlsFromXlsx } from "./xlsx/xls-fixture";

type Row = (string | null)[];

let dir = "";

async function writeRegister(file: string, rows: Row[], sheet = "证书台账"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow(REGISTER_HEADER);
  rows.forEach((row) => ws.addRow(row));
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  await workbook.xlsx.writeFile(full);
  return full;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-stats-"));
  await writeRegister("台账.xlsx", [
    SAMPLE_ROWS.甲,
    SAMPLE_ROWS.乙,
    ["081225HG00005R000", "丙", "HG", "19", "440305", "2025-01-05", "2028-01-04", "暂停", "2025-11-01", null],
    SAMPLE_ROWS.丁,
    ["081225HG00006R000-1", "丁", "HG", "28", "330106", "2025-02-01", "2028-01-31", "有效", null, "子证书"],
  ]);
  await writeRegister("2025/10月.xlsx", [
    ["081224HG00011R000", "戊", "HG", "03", "110105", "2024-02-01", "2027-01-31", "有效", null, null],
    ["081224HG00012R000", "己", "HG", "29", "310115", "2024-03-01", "2027-02-28", "有效", null, null],
  ]);
  await writeRegister("2025/11月.xlsx", [
    ["081224HG00011R000", "戊", "HG", "03", "110105", "2024-02-01", "2027-01-31", "撤销", "2025-11-20", null],
  ]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one register", () => {
  let json: Record<string, unknown> = {};
  beforeAll(() => {
    const run = runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "2025", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    json = parseSingleJson(run.stdout);
  });

  test("the DOMAIN §12 fields with hand-counted values", () => {
    expect(json).toMatchObject({
      year: 2025,
      asOf: "2025-12-31",
      issued: 2,
      totalValid: 2,
      byStatus: { 有效: 2, 暂停: 1, 撤销: 0, 注销: 0, 过期: 1 },
      byScope: { "03": 1, "28": 1, "29": 1 },
      byProvince: { "11": 1, 无法归类: 1 },
      byScheme: { HG: 2 },
    });
  });

  test("checks carry id, file, sheet, cell, message and clause; self-inspection counts by year", () => {
    const checks = json.checks as Array<Record<string, string>>;
    expect(checks.map((c) => `${c.id}@${c.cell}`)).toEqual(
      expect.arrayContaining(["STATS-VALID-EXPIRED@H3", "STATS-DIVISION-UNKNOWN@E5", "STATS-PROVINCE-SUM@"]),
    );
    const expired = checks.find((c) => c.id === "STATS-VALID-EXPIRED");
    expect(expired).toMatchObject({
      sheet: "证书台账",
      certNo: "081222HG00004R000",
      clause: "CNCA 模版 证书信息表 第 41 项",
    });
    expect(json.selfInspection).toEqual([
      { year: 2023, issued: 1, suspended: 0, withdrawn: 0, cancelled: 0 },
      { year: 2024, issued: 0, suspended: 0, withdrawn: 0, cancelled: 0 },
      { year: 2025, issued: 2, suspended: 1, withdrawn: 0, cancelled: 0 },
    ]);
  });
});

test("the text report is the core's lines for the same register: the sheet's names, order and totals", async () => {
  const file = path.join(dir, "台账.xlsx");
  const run = runCli(["stats", file, "--year", "2025"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const input = emptyStatsInput();
  for (const grid of await readWorkbook(file)) readStatsSheet(grid, file, 0, input);
  const lines = statsTextLines(annualStatistics(input, { year: 2025 }), { profile: "HG-HY", files: 1 });
  expect(run.stdout.trimEnd()).toBe(lines.join("\n"));
  expect(lines.slice(1, 5)).toEqual([
    "有效 2，暂停 1（存量）；本年撤销 0，注销 0，到期 1；本年颁发 2",
    "按业务大类：03 食品、饮料和烟草 1；28 建设业 1；29 批发和零售业；汽车、摩托、个人及家庭用品修理业 1；合计 3（各大类之和，可大于有效证书总数 2）",
    "按省份：11 北京市 1；无法归类 1；合计 2（各省份之和 1，有效证书总数 2，相差 1）",
    "按认证项目：HG 2；合计 2",
  ]);
});

test("a CNCA upload saved as .xls is read as the .xlsx is (validate reads .xls; stats refused it before)", () => {
  const xlsx = path.join(ROOT, "examples", "cnca-2016-mistakes.xlsx");
  const xls = path.join(dir, "cnca-2016-mistakes.xls");
  writeFileSync(xls, xlsFromXlsx(readFileSync(xlsx)));
  const statsOf = (file: string) => {
    const run = runCli(["stats", file, "--year", "2026", "--json"]);
    expect(run.stderr).toBe("");
    const { checks, sheets, merge, ...tables } = parseSingleJson(run.stdout);
    const where = (checks as Array<Record<string, string>>).map((c) => `${c.id}@${c.sheet}!${c.cell}`);
    const kinds = (sheets as Array<Record<string, string>>).map((s) => [s.sheet, s.kind, s.layout, s.rows]);
    return { tables, where, kinds, certificates: (merge as { certificates: number }).certificates };
  };
  const fromXls = statsOf(xls);
  expect(fromXls).toEqual(statsOf(xlsx));
  expect(fromXls.certificates).toBe(48);
  expect(fromXls.kinds).toContainEqual(["证书信息表", "certificates", "cnca-2016", 48]);
});

test("a folder of monthly files: merged, the November withdrawal wins, the merge explained", () => {
  const run = runCli(["stats", path.join(dir, "2025"), "--year", "2025", "--json"]);
  expect(run.status).toBe(0);
  const json = parseSingleJson(run.stdout);
  expect(json.byStatus).toMatchObject({ 有效: 1, 撤销: 1 });
  expect(json.merge).toMatchObject({
    files: 2,
    sheets: 2,
    rows: 3,
    certificates: 2,
    supersededCount: 1,
    conflicts: 0,
  });
  const superseded = (json.merge as { superseded: Array<Record<string, string>> }).superseded[0];
  expect(superseded?.kept).toContain("11月.xlsx:证书台账!2");
  expect(superseded?.replaced).toContain("10月.xlsx:证书台账!2");
});

test("files given one by one work the same as the folder", () => {
  const run = runCli([
    "stats",
    path.join(dir, "2025", "10月.xlsx"),
    path.join(dir, "2025", "11月.xlsx"),
    "--year",
    "2025",
    "--json",
  ]);
  expect(parseSingleJson(run.stdout).byStatus).toMatchObject({ 有效: 1, 撤销: 1 });
});

describe("--out stats.xlsx", () => {
  let out = "";
  beforeAll(() => {
    out = path.join(dir, "年报统计2025.xlsx");
    const run = runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "2025", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("已写出年报统计工作簿");
  });

  test("opens in exceljs with Chinese names, totals and a link from each finding to its row", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("年报统计2025");
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet!.eachRow((row) => texts.push(row.values ? JSON.stringify(row.values) : ""));
    const all = texts.join("\n");
    expect(all).toContain("食品、饮料和烟草");
    expect(all).toContain("北京市");
    expect(all).toContain("各省份之和 1，有效证书总数 2，相差 1");
    let link: { text: string; hyperlink: string } | undefined;
    sheet!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { hyperlink?: string; text?: string } | null;
        if (v && typeof v === "object" && v.hyperlink && v.text === "证书台账!H3") link = v as typeof link;
      }),
    );
    expect(link?.hyperlink).toBe("台账.xlsx#'证书台账'!H3");
  });

  test("holds a column chart over the province table", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<c:v>北京市</c:v>");
    expect(chart).toContain("<a:t>2025 年有效证书按省份</a:t>");
  });

  test("an existing output is not overwritten without --force", () => {
    expectOneLineError(
      runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "2025", "--out", out]),
      "已存在",
    );
  });

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
  (soffice ? test : test.skip)(
    "LibreOffice converts it to xlsx without error",
    () => {
      const target = mkdtempSync(path.join(tmpdir(), "certdesk-stats-lo-"));
      try {
        execFileSync(
          soffice!,
          [
            `-env:UserInstallation=file://${target}/profile`,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            target,
            out,
          ],
          { stdio: "pipe", timeout: 180_000 },
        );
        expect(readdirSync(target)).toContain("年报统计2025.xlsx");
      } finally {
        rmSync(target, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

describe("bad usage and input: exit 2, one line, Chinese then English", () => {
  test("no --year", () => {
    expectOneLineError(runCli(["stats", path.join(dir, "台账.xlsx")]), "--year");
  });
  test("a year that is not four digits", () => {
    expectOneLineError(
      runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "25"]),
      "统计年度「25」无法识别",
    );
  });
  test("no file", () => {
    expectOneLineError(runCli(["stats", "--year", "2025"]), "缺少参数");
  });
  test("a missing file", () => {
    expectOneLineError(runCli(["stats", path.join(dir, "无.xlsx"), "--year", "2025"]), "找不到文件");
  });
  test("a folder without workbooks", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "certdesk-empty-"));
    try {
      expectOneLineError(runCli(["stats", empty, "--year", "2025"]), "没有 .xlsx 工作簿");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
  test("a profile without business categories", () => {
    expectOneLineError(
      runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "2025", "--profile", "SR-GGBZ"]),
      "规则配置 SR-GGBZ 没有业务大类代码表，无法按业务大类统计；请选择有业务大类的配置，例如 HG-HY",
      "Profile SR-GGBZ has no business category table",
    );
  });
  test("a bad accredited scope code", () => {
    expectOneLineError(
      runCli(["stats", path.join(dir, "台账.xlsx"), "--year", "2025", "--accredited", "食品"]),
      "认可范围代码「食品」无法识别",
    );
  });
});
