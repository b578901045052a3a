/**
 * `certdesk validate` on hostile workbooks and failing `--out` copies (issue 8 item 1), through
 * the real binary: one clear line and exit 2, or bounded findings and exit 0/1 — never exit 3, a
 * stack trace, or an input changed behind the user's back.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeAtomically } from "../../cli/src/xlsx/out-path";
import { readWorkbook } from "../../cli/src/xlsx/read-workbook";
import { FINDING_LIMITS } from "../../core/validation/finding-limits";
import { templateColumns } from "../../core/validation/specs";
import { columnLetters } from "../../core/sheet/a1";
import { ROOT, expectOneLineError, parseSingleJson, runCli } from "./run-cli";
import { minimalXlsx, repeatedPart, unzipParts, zipParts } from "./xlsx/zip-fixture";

// Each case spawns the CLI: seconds on a loaded 2-core machine, so no case relies on jest's 5 s default.
jest.setTimeout(60_000);

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const AS_OF = ["--month", "2026-10", "--date", "2026-11-03"];
const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-hostile-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, content: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A monthly report whose 证书编号 column holds the same 32 000-character text in `rows` rows, via one shared string. */
function longCertificates(rows: number, after = ""): Buffer {
  const headers = templateColumns("monthly").map((c) => c.header);
  const certColumn = columnLetters(templateColumns("monthly").findIndex((c) => c.key === "certNo") + 1);
  const header = `<row r="1">${headers.map((_, i) => `<c t="s"><v>${i}</v></c>`).join("")}</row>`;
  let body = "";
  for (let r = 2; r <= rows + 1; r++)
    body += `<row r="${r}"><c r="${certColumn}${r}" t="s"><v>${headers.length}</v></c></row>`;
  return minimalXlsx({
    sheetName: "获证组织基本信息月报",
    sharedStrings: [...headers, "HG".repeat(16_000)],
    sheetXml: `<worksheet ${NS}><sheetData>${header}${body}</sheetData>${after}</worksheet>`,
    sheetPart: "xl/worksheets/sheet1.xml",
  });
}

describe("hostile workbooks through the CLI", () => {
  test.each([[[] as string[]], [["--json"]]])(
    "a row numbered 1 000 000 000: exit 2, one line naming the limit %j",
    (extra) => {
      const sheetXml = `<worksheet ${NS}><sheetData><row r="1000000000"><c r="A1000000000"><v>1</v></c></row></sheetData></worksheet>`;
      expectOneLineError(
        runCli(["validate", save("row.xlsx", minimalXlsx({ sheetXml })), ...extra]),
        "超出读取上限",
        "1 048 576",
        "Excel's sheet limit",
      );
    },
  );

  test("a zip bomb of one long whitespace run: exit 2, one line, no stack", () => {
    const bomb = repeatedPart(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
      Buffer.alloc(1 << 20, 0x20),
      600,
      "</t></is></c></row></sheetData></worksheet>",
    );
    const run = runCli(["validate", save("bomb.xlsx", minimalXlsx({ sheetXml: bomb }))]);
    expectOneLineError(run, "32 767", "Excel's limit for a cell");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([[[] as string[]], [["--json"]]])(
    "3 000 repeated 32 000-character certificate numbers: exit 1, each check listed 1 000 times with a note, quotes cut %j",
    (extra) => {
      const run = runCli(["validate", save("certs.xlsx", longCertificates(3_000)), ...AS_OF, ...extra]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      // Whatever the checks, no line quotes more than a clipped value, and the output stays small.
      expect(run.stdout.length).toBeLessThan(3_000_000);
      const messages =
        extra.length > 0
          ? (parseSingleJson(run.stdout).findings as { id: string; message: string }[])
          : run.stdout.split("\n").map((line) => ({ id: line.trim().split(/\s+/)[2] ?? "", message: line }));
      const parse = messages.filter((f) => f.id === "CERT-PARSE");
      expect(parse).toHaveLength(FINDING_LIMITS.perCheck);
      expect(parse[0]!.message).toContain("…（共 32000 个字符）");
      const note = messages.find((f) => f.id === "CHECK-LIST-CAPPED" && f.message.includes("CERT-PARSE"));
      expect(note?.message).toContain(
        `「CERT-PARSE」在本表共有 3000 处，只列出前 ${FINDING_LIMITS.perCheck} 处`,
      );
      for (const f of messages) expect(f.message.length).toBeLessThan(1_500);
    },
  );
});

describe("--out failures never throw away the validation", () => {
  /** The clean example plus a merged range exceljs cannot parse (it throws); our reader and the checks can. */
  const unloadable = (): string => {
    const parts = unzipParts(readFileSync(path.join(ROOT, "examples", "monthly-clean.xlsx")));
    parts["xl/worksheets/sheet1.xml"] = Buffer.from(
      parts["xl/worksheets/sheet1.xml"]!.toString().replace(
        "</sheetData>",
        `</sheetData><mergeCells count="1"><mergeCell ref="ZZZZ1:A"/></mergeCells>`,
      ),
    );
    return save("unloadable.xlsx", zipParts(parts));
  };

  test("text: the findings and verdict are printed, exit 0, one stderr line says why there is no copy", () => {
    const input = unloadable();
    const before = sha256(input);
    const out = path.join(dir, "copy.xlsx");
    const run = runCli(["validate", input, ...AS_OF, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("【审核组成员】94 行 · 未发现问题");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("可以上报：没有错误");
    expect(run.stdout).not.toContain("已写出标注副本");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^未写出标注副本（校验结果不受影响）：无法写入「.*copy\.xlsx」.* \| annotated copy not written/,
    );
    expect(lines[0]).toContain("ZZZZ");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(sha256(input)).toBe(before);
  });

  test("--json: still one JSON object with the findings; the exit code still says errors were found", () => {
    const input = save(
      "certs-out.xlsx",
      longCertificates(3, `<mergeCells><mergeCell ref="ZZZZ1:A"/></mergeCells>`),
    );
    const run = runCli(["validate", input, ...AS_OF, "--json", "--out", path.join(dir, "copy2.xlsx")]);
    expect(run.status).toBe(1);
    const json = parseSingleJson(run.stdout) as { summary: { errors: number }; findings: { id: string }[] };
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(json.findings.map((f) => f.id)).toContain("CERT-PARSE");
    expect(run.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining("未写出标注副本")]);
  });
});

describe("the annotated copy's temporary file", () => {
  test("a link planted at the old predictable temporary name is neither followed nor removed", async () => {
    const input = save("victim.xlsx", Buffer.from("the user's input"));
    const target = path.join(dir, "annotated.xlsx");
    const planted = path.join(dir, `.annotated.xlsx.${process.pid}.tmp.xlsx`);
    symlinkSync(input, planted);
    await writeAtomically(target, async () => Buffer.from("the copy"));
    expect(readFileSync(input, "utf8")).toBe("the user's input");
    expect(readFileSync(target, "utf8")).toBe("the copy");
    expect(readFileSync(planted, "utf8")).toBe("the user's input");
    expect(readdirSync(dir).filter((f) => f.startsWith(".certdesk-"))).toEqual([]);
  });

  test("a failed content build leaves nothing behind and names the target", async () => {
    const target = path.join(dir, "never.xlsx");
    await expect(
      writeAtomically(target, async () => {
        throw new Error("disk full");
      }),
    ).rejects.toMatchObject({ zh: `无法写入「${target}」（disk full）` });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith(".certdesk-"))).toEqual([]);
  });
});

describe('t="d" dates in the annotated copy', () => {
  test("are written back as the same dates (exceljs alone made them 1905-07-18)", async () => {
    const input = save(
      "iso-dates.xlsx",
      minimalXlsx({
        sheetPart: "xl/worksheets/sheet1.xml",
        sheetXml: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="d"><v>2026-10-15</v></c><c r="B1" s="1" t="d"><v>2027-01-04T00:00:00</v></c><c r="C1" s="1"><v>46310</v></c></row></sheetData></worksheet>`,
      }),
    );
    const out = path.join(dir, "iso-dates-copy.xlsx");
    const run = runCli(["validate", input, ...AS_OF, "--out", out]);
    expect(run.stderr).toBe("");
    const [copy] = await readWorkbook(out);
    expect(copy!.cells[0]).toEqual([
      new Date(Date.UTC(2026, 9, 15)),
      new Date(Date.UTC(2027, 0, 4)),
      new Date(Date.UTC(2026, 9, 15)),
    ]);
  });
});
