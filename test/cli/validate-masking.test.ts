/**
 * Every output channel of `certdesk validate` (text report, --json, the 校验结果 sheet and the cell
 * notes of --out) is scanned for an ID number a clerk could read (DOMAIN §13). The input is the
 * example workbook with valid IDs written into random cells in random spellings (full-width,
 * spaced, dashed, zero-width characters, glued to text or to another ID), from a fixed seed so a
 * failure reproduces.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { idCheckChar } from "../../core/ids";
import { RESULT_SHEET } from "../../core/validation/view-model";
import { unmaskedIds } from "../core/ids/unmasked";
import { ROOT, parseSingleJson, runCli } from "./run-cli";

const EXAMPLE = path.join(ROOT, "examples", "monthly-2026-10.xlsx");
const AS_OF = ["--month", "2026-10", "--date", "2026-11-03"];

/** mulberry32: a small seeded generator, so the fuzzed workbooks are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzedId(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const region = pick(["110105", "330106", "440524", "500112", "810000"]);
  const year = 1880 + Math.floor(next() * 140);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const order = String(Math.floor(next() * 1000)).padStart(3, "0");
  const body = `${region}${year}${month}${day}${order}`;
  return body + idCheckChar(body);
}

function spell(id: string, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const fullWidth = next() < 0.3;
  const separator = pick(["", "", " ", "-", "\u200B", "\u3000", "－"]);
  return [...id]
    .map((c, i) => {
      const ch = fullWidth ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
      return i > 0 && i % 4 === 2 ? separator + ch : ch;
    })
    .join("")
    .replace(/X$/, next() < 0.5 ? "x" : "X");
}

function fuzzedValue(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const id = spell(fuzzedId(next), next);
  return pick([
    id,
    `身份证${id}`,
    `ID${id}abc`,
    `${id}${fuzzedId(next)}`,
    `${fuzzedId(next)}；${id}`,
    `7${id}`,
  ]);
}

async function fuzzedWorkbook(seed: number, file: string): Promise<void> {
  const next = random(seed);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  for (const sheet of workbook.worksheets) {
    for (let n = 0; n < 25; n++) {
      const row = 2 + Math.floor(next() * (sheet.rowCount - 1));
      const column = 1 + Math.floor(next() * sheet.columnCount);
      sheet.getCell(row, column).value = fuzzedValue(next);
    }
  }
  await workbook.xlsx.writeFile(file);
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** The text CertDesk added to the annotated copy: its 校验结果 sheet and every note (not the user's cells). */
async function annotatedText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const parts: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (sheet.name === RESULT_SHEET) parts.push(cell.text);
        parts.push(noteText(cell.note));
      }),
    );
  }
  return parts.join("\n");
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-masking-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([1, 2, 3])("fuzzed workbook, seed %i", (seed) => {
  test("no channel shows a valid ID number unmasked", async () => {
    const input = path.join(dir, `fuzz-${seed}.xlsx`);
    const out = path.join(dir, `fuzz-${seed}-校验.xlsx`);
    await fuzzedWorkbook(seed, input);

    const text = runCli(["validate", input, ...AS_OF]);
    expect([0, 1]).toContain(text.status);
    const json = runCli(["validate", input, ...AS_OF, "--json", "--out", out]);
    expect(json.status).toBe(text.status);
    const findings = parseSingleJson(json.stdout).findings as Array<{ message: string }>;
    // The fuzzed cells are quoted: otherwise the scan below would prove nothing.
    expect(findings.some((f) => /\*{8}/.test(f.message))).toBe(true);
    const notes = await annotatedText(out);
    expect(notes).toContain("CertDesk 校验");

    expect(unmaskedIds(text.stdout)).toEqual([]);
    expect(unmaskedIds(text.stderr)).toEqual([]);
    expect(unmaskedIds(json.stdout)).toEqual([]);
    expect(unmaskedIds(notes)).toEqual([]);
  }, 120_000);
});
