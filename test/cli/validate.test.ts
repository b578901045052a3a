/**
 * `certdesk validate` on the example workbooks (examples/README.md lists the deliberate errors),
 * through the real binary. The month and report date are given so the result never depends on
 * the day the tests run.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { MARK_FILLS } from "../../core/validation/view-model";
import { ROOT, expectOneLineError, parseSingleJson, runCli } from "./run-cli";
import type { FindingFields as JsonFinding } from "../../cli/src/finding-json";

const CLEAN = path.join(ROOT, "examples", "monthly-clean.xlsx");
const WITH_ERRORS = path.join(ROOT, "examples", "monthly-2026-10.xlsx");
const AS_OF = ["--month", "2026-10", "--date", "2026-11-03"];
const MONTHLY = "获证组织基本信息月报";
const TEAM = "审核组成员";

// Each case spawns the CLI (and --out loads the workbook with exceljs): seconds on a loaded machine.
jest.setTimeout(60_000);

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the clean example", () => {
  test("--json: exactly one object, no findings, exit 0", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF, "--json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const json = parseSingleJson(run.stdout);
    expect(Object.keys(json).sort()).toEqual(["findings", "layouts", "summary"]);
    expect(json.layouts).toEqual([{ id: "friendly", version: "1", title: "认证工作台易读格式" }]);
    expect(json.findings).toEqual([]);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, rows: 144 });
  });

  test("text: each sheet, and 可以上报 on the last line", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("可以上报：没有错误");
    expect(run.stdout).toContain(`【${MONTHLY}】50 行 · 未发现问题`);
    expect(run.stdout).toContain(`【${TEAM}】94 行 · 未发现问题`);
  });
});

describe("an empty report", () => {
  test("a fresh template validates: exit 0, no errors, the note that an empty report is still filed", () => {
    const file = path.join(dir, "空月报.xlsx");
    expect(runCli(["template", "monthly", "--out", file]).status).toBe(0);
    const run = runCli(["validate", file, ...AS_OF, "--json"]);
    expect(run.status).toBe(0);
    const json = parseSingleJson(run.stdout) as unknown as { findings: JsonFinding[]; summary: unknown };
    expect(json.summary).toEqual({ errors: 0, warnings: 0, rows: 0 });
    expect(json.findings).toEqual([
      {
        id: "SHEET-EMPTY",
        severity: "info",
        sheet: MONTHLY,
        cell: "",
        message: expect.stringContaining("空表也是有效的报送"),
        clause: "000 4.3.3.2",
      },
    ]);
  });
});

describe("the example with deliberate errors", () => {
  let json: { findings: JsonFinding[]; summary: Record<string, number> };
  let status: number | null;
  beforeAll(() => {
    const run = runCli(["validate", WITH_ERRORS, ...AS_OF, "--json"]);
    status = run.status;
    json = parseSingleJson(run.stdout) as unknown as typeof json;
  });

  test("exit 1 and exactly the findings examples/README.md lists", () => {
    expect(status).toBe(1);
    const found = json.findings.map((f) => `${f.severity} ${f.id} ${f.sheet}!${f.cell}`).sort();
    expect(found).toEqual(
      [
        `warning PERIOD-OUTSIDE-MONTH ${MONTHLY}!T4`,
        `error TIME-BELOW-MINIMUM ${MONTHLY}!U8`,
        `error CODE-CHECKSUM ${MONTHLY}!D11`,
        `error CERT-CYCLE ${MONTHLY}!AB13`,
        `error TEAM-NO-LEADER ${MONTHLY}!AB23`,
        `error CODE-STORED-AS-NUMBER ${TEAM}!C27`,
      ].sort(),
    );
    expect(json.summary).toEqual({ errors: 5, warnings: 1, rows: 144 });
  });

  test("each finding has exactly the six DOMAIN §12 fields, a Chinese message and a clause", () => {
    for (const f of json.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "clause", "id", "message", "severity", "sheet"]);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.clause).not.toBe("");
    }
    expect(json.findings.find((f) => f.id === "TIME-BELOW-MINIMUM")!.message).toContain(
      "申报 2.5 人日，低于允许的最低 3.5 人日",
    );
  });

  test("ID numbers are masked in JSON and text output", async () => {
    const team = (await readWorkbook(WITH_ERRORS)).find((g) => g.name === TEAM)!;
    const stored = team.cells[26]![2];
    expect(typeof stored).toBe("number");
    const text = runCli(["validate", WITH_ERRORS, ...AS_OF]).stdout;
    for (const output of [JSON.stringify(json), text]) {
      for (const digits of [String(stored), BigInt(stored as number).toString()])
        expect(output).not.toContain(digits);
      expect(output).toMatch(/存为数字 330106\*{8}\d{4}；/);
      // No ID of any team member appears whole.
      for (const row of team.cells.slice(1))
        if (typeof row[2] === "string") expect(output).not.toContain(row[2]);
    }
  });

  test("text: grouped by sheet, errors before warnings, 不可上报 on the last line", () => {
    const run = runCli(["validate", WITH_ERRORS, ...AS_OF]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("不可上报：5 个错误须改正，另有 1 个警告需查看");
    const monthly = lines.indexOf(`【${MONTHLY}】50 行 · 错误 4 · 警告 1`);
    const team = lines.indexOf(`【${TEAM}】94 行 · 错误 1`);
    expect(monthly).toBeGreaterThan(0);
    expect(team).toBeGreaterThan(monthly);
    const block = lines.slice(monthly + 1, team).filter((l) => l.trim() !== "");
    expect(block.map((l) => l.trim().split(/\s+/)[0])).toEqual(["U8", "D11", "AB13", "AB23", "T4"]);
    expect(lines[team + 1]).toMatch(/^ {2}C27 +错误 {2}CODE-STORED-AS-NUMBER/);
  });
});

describe("--out writes an annotated copy and never touches the input", () => {
  test("cells painted and noted, a 校验结果 sheet with links, values unchanged, input byte-identical", async () => {
    const input = path.join(dir, "月报.xlsx");
    copyFileSync(WITH_ERRORS, input);
    const before = sha256(input);
    const out = path.join(dir, "月报-校验.xlsx");
    const run = runCli(["validate", input, ...AS_OF, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`已写出标注副本：${out}（原文件未改动）`);
    expect(sha256(input)).toBe(before);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual([MONTHLY, TEAM, "校验结果"]);
    const monthly = copy.getWorksheet(MONTHLY)!;
    const fill = (sheet: ExcelJS.Worksheet, address: string): string | undefined => {
      const f = sheet.getCell(address).fill;
      return f?.type === "pattern" && f.pattern === "solid" ? f.fgColor?.argb : undefined;
    };
    const argb = (hex: string): string => `FF${hex.slice(1)}`;
    for (const cell of ["U8", "D11", "AB13", "AB23"])
      expect(fill(monthly, cell)).toBe(argb(MARK_FILLS.error));
    expect(fill(monthly, "T4")).toBe(argb(MARK_FILLS.warning));
    expect(fill(copy.getWorksheet(TEAM)!, "C27")).toBe(argb(MARK_FILLS.error));
    // Neighbours sharing the painted cells' style stay unpainted.
    for (const cell of ["D10", "D12", "U9", "AB14", "A1"]) expect(fill(monthly, cell)).toBeUndefined();
    expect(String(monthly.getCell("D11").note)).toContain("【错误】「统一社会信用代码」");
    expect(monthly.getCell("D12").note).toBeUndefined();

    const results = copy.getWorksheet("校验结果")!;
    expect(results.getCell("A1").value).toBe("不可上报：5 个错误须改正，另有 1 个警告需查看");
    expect(results.getRow(2).values).toEqual([
      undefined,
      "序号",
      "工作表",
      "单元格",
      "严重程度",
      "检查项",
      "说明",
      "依据",
    ]);
    const links: string[] = [];
    for (let r = 3; r <= 8; r++)
      links.push((results.getCell(r, 3).value as ExcelJS.CellFormulaValue).formula);
    expect(links).toContain(`HYPERLINK("#'${MONTHLY}'!D11","${MONTHLY}!D11")`);
    expect(links).toContain(`HYPERLINK("#'${TEAM}'!C27","${TEAM}!C27")`);
    expect(results.getCell(9, 1).value).toBeNull();

    // Every value of the report sheets is as it was.
    const original = await readWorkbook(input);
    const annotated = await readWorkbook(out);
    expect(annotated.slice(0, 2)).toEqual(original);
  });

  test("--out naming the input, however spelt, is refused and the input untouched", () => {
    const input = path.join(dir, "keep.xlsx");
    copyFileSync(CLEAN, input);
    const before = sha256(input);
    const link = path.join(dir, "link.xlsx");
    symlinkSync(input, link);
    for (const out of [input, path.join(dir, ".", "sub", "..", "keep.xlsx"), link]) {
      expectOneLineError(
        runCli(["validate", input, "--out", out, "--force"]),
        "就是输入文件",
        "never overwritten",
      );
    }
    expectOneLineError(runCli(["validate", link, "--out", input]), "就是输入文件");
    expect(sha256(input)).toBe(before);
  });

  test("an existing --out file is kept unless --force", () => {
    const out = path.join(dir, "exists.xlsx");
    writeFileSync(out, "someone's file");
    expectOneLineError(runCli(["validate", CLEAN, "--out", out]), "已存在", "--force");
    expect(readFileSync(out, "utf8")).toBe("someone's file");
    expect(runCli(["validate", CLEAN, ...AS_OF, "--out", out, "--force"]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("options", () => {
  test("--type forces every sheet: the monthly sheet checked as a team sheet lacks its columns", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF, "--type", "team", "--json"]);
    expect(run.status).toBe(1);
    const errors = (parseSingleJson(run.stdout) as unknown as { findings: JsonFinding[] }).findings.filter(
      (f) => f.severity === "error",
    );
    expect(new Set(errors.map((f) => f.sheet))).toEqual(new Set([MONTHLY]));
    expect(errors.map((f) => f.message)).toContain(
      "缺少必填列「身份证件号码」；表头行应有此列（依据 000 4.3.3.1(3)）",
    );
  });

  test("--profile HG-ZGLY is used for HG rows: no risk reduction, so the low-risk rows fall below its standard", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF, "--profile", "hg-zgly", "--json"]);
    expect(run.status).toBe(0);
    const findings = (parseSingleJson(run.stdout) as unknown as { findings: JsonFinding[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => `${f.severity} ${f.id} ${f.clause}`))).toEqual(
      new Set(["warning TIME-BELOW-STANDARD 001 5.4.2.3"]),
    );
  });

  test("--profile SR-GGBZ: the core's choice, as in the pane — HG rows use HG-HY, and a note says so", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF, "--profile", "SR-GGBZ", "--json"]);
    expect(run.status).toBe(0);
    const findings = (parseSingleJson(run.stdout) as unknown as { findings: JsonFinding[] }).findings;
    expect(findings).toEqual([
      {
        id: "OPTION-PROFILE-OTHER-SCHEME",
        severity: "info",
        sheet: "",
        cell: "",
        message:
          "规则配置 SR-GGBZ 用于社会责任管理体系，这类行本来就按它校验；合规（HG）行按 HG-HY 校验（依据 本工具约定）",
        clause: "本工具约定",
      },
    ]);
  });

  test("--month 202610: the core's reader accepts it, as validateWorkbook and the pane do", () => {
    const compact = runCli(["validate", WITH_ERRORS, "--month", "202610", "--date", "2026-11-03", "--json"]);
    const dashed = runCli(["validate", WITH_ERRORS, ...AS_OF, "--json"]);
    expect(compact.stderr).toBe("");
    expect(compact.status).toBe(1);
    expect(parseSingleJson(compact.stdout)).toEqual(parseSingleJson(dashed.stdout));
  });

  test("--type sheet=type names one sheet's type", () => {
    const run = runCli(["validate", CLEAN, ...AS_OF, "--type", `${MONTHLY}=monthly,${TEAM}=审核组成员`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`【${MONTHLY}】按「${MONTHLY}」（指定）校验 · 50 行`);
  });

  test.each([
    [["--type", "weekly"], "weekly"],
    [["--type", "=monthly"], "工作表名=类型"],
    [["--month", "2026-13"], "2026-13"],
    [["--month", "October"], "October"],
    [["--date", "2026-02-30"], "2026-02-30"],
    [["--profile", "XX-1"], "XX-1"],
    [["--colour"], "--colour"],
  ])("bad option %j → exit 2 naming it", (args, fragment) => {
    expectOneLineError(runCli(["validate", CLEAN, ...args]), fragment);
  });

  test("--month accepts 2026年10月; without --date the report date is today", async () => {
    // A certificate that expired yesterday by this machine's clock, still marked 有效: only a
    // report date of today (or later) sees it expired; a week earlier it is fine.
    const now = new Date();
    const yesterday = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - 1));
    const weekAgo = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - 8));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(CLEAN);
    const sheet = workbook.getWorksheet(MONTHLY)!;
    let expiryColumn = 0;
    sheet.getRow(1).eachCell((cell, column) => {
      if (cell.text === "证书截止日期") expiryColumn = column;
    });
    sheet.getCell(2, expiryColumn).value = yesterday;
    const file = path.join(dir, "expired-yesterday.xlsx");
    await workbook.xlsx.writeFile(file);
    const expiredAt = (args: string[]): string[] => {
      const run = runCli(["validate", file, "--month", "2026年10月", "--json", ...args]);
      expect(run.stderr).toBe("");
      const findings = parseSingleJson(run.stdout).findings as JsonFinding[];
      return findings
        .filter((f) => f.id === "CERT-EXPIRED-VALID" && f.sheet === MONTHLY && /^[A-Z]+2$/.test(f.cell))
        .map((f) => f.message);
    };
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    expect(expiredAt([])).toEqual([expect.stringContaining(iso(yesterday))]);
    expect(expiredAt(["--date", iso(weekAgo)])).toEqual([]);
  });
});
