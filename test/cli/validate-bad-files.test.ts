/**
 * `certdesk validate` on files that are not a readable .xlsx: exit 2, nothing on stdout (even with
 * --json), one stderr line in Chinese then English naming the file and what is wrong.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, expectOneLineError, runCli } from "./run-cli";

const CLEAN = path.join(ROOT, "examples", "monthly-clean.xlsx");
/** The OLE compound file header: old .xls files and every password-protected .xlsx start with it. */
const CFB = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-badfiles-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Buffer | string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

describe.each([[[] as string[]], [["--json"]]])("bad input files %j", (extra) => {
  test("missing file", () => {
    expectOneLineError(
      runCli(["validate", path.join(dir, "nope.xlsx"), ...extra]),
      "找不到文件",
      "nope.xlsx",
      "file not found",
    );
  });

  test("not an xlsx (CSV text)", () => {
    expectOneLineError(
      runCli(["validate", file("report.xlsx", "组织名称,证书号\n"), ...extra]),
      "不是 .xlsx 工作簿",
      "not an .xlsx",
    );
  });

  test("truncated download", () => {
    const whole = readFileSync(CLEAN);
    expectOneLineError(
      runCli(["validate", file("cut.xlsx", whole.subarray(0, whole.length >> 1)), ...extra]),
      "不完整",
      "truncated",
    );
  });

  test("password-protected workbook (CFB container named .xlsx)", () => {
    expectOneLineError(
      runCli(["validate", file("locked.xlsx", CFB), ...extra]),
      "密码保护",
      "旧版 .xls",
      "password-protected",
    );
  });

  test("an old .xls", () => {
    expectOneLineError(runCli(["validate", file("old.xls", CFB), ...extra]), "旧版 .xls", "old.xls");
  });

  test("empty file and a directory", () => {
    expectOneLineError(runCli(["validate", file("empty.xlsx", ""), ...extra]), "是空的");
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder, { recursive: true });
    expectOneLineError(runCli(["validate", folder, ...extra]), "不是文件");
  });

  test("no file given → the bundled example is checked (it holds deliberate errors: exit 1)", () => {
    const run = runCli(["validate", ...extra]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    if (extra.length === 0) expect(run.stdout).toContain("校验自带示例");
    else expect(JSON.parse(run.stdout).summary.errors).toBe(5);
  });
});
