/**
 * The workbench's gate before exceljs (issue 8 item 1's limits, in the browser): each kind of bad
 * file gets its own code and a message saying what it is and what to do; a part that inflates
 * past the cap is stopped whatever its header declares; rows and columns past Excel's bounds and
 * too many cells are refused before exceljs would allocate them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { FileProblem } from "../../../addin/workbench/file-problem";
import { LIMITS, SheetScanner, checkPackage } from "../../../addin/workbench/package-check";

const EXAMPLE = readFileSync(path.resolve(__dirname, "..", "..", "..", "examples", "monthly-2026-10.xlsx"));
const SMALL = { ...LIMITS, partBytes: 64 * 1024, totalBytes: 256 * 1024 };

async function problemOf(bytes: Uint8Array, limits = LIMITS): Promise<FileProblem> {
  try {
    await checkPackage(bytes, undefined, limits);
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error("accepted");
}

function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

async function packageWith(sheet: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", sheet);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("the example passes and is counted", async () => {
  const summary = await checkPackage(new Uint8Array(EXAMPLE));
  expect(summary.sheets).toBe(2);
  expect(summary.maxRow).toBeGreaterThan(40);
  expect(summary.cells).toBeGreaterThan(1000);
});

test.each([
  ["an empty file", new Uint8Array(), "empty", "0 字节"],
  ["a CSV", new TextEncoder().encode("名称,人数\n甲,3\n"), "notXlsx", "不是 .xlsx 工作簿"],
  [
    "an old .xls (OLE2)",
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    "xls",
    "另存为",
  ],
])("%s is refused as %s", async (_, bytes, code, text) => {
  const problem = await problemOf(bytes);
  expect(problem.code).toBe(code);
  expect(problem.message).toContain(text);
});

test("a password-protected workbook (OLE2 holding an EncryptedPackage stream) says to remove the password", async () => {
  const name = new Uint8Array([..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]));
  const bytes = new Uint8Array(600);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(name, 512);
  const problem = await problemOf(bytes);
  expect(problem.code).toBe("encrypted");
  expect(problem.message).toContain("去掉密码");
});

test("a file cut short is corrupt: no ZIP directory", async () => {
  const problem = await problemOf(new Uint8Array(EXAMPLE.subarray(0, EXAMPLE.length / 2)));
  expect(problem.code).toBe("corrupt");
  expect(problem.message).toContain("找不到 ZIP 目录");
});

test("a ZIP that is not a workbook names what is missing", async () => {
  const zip = new JSZip();
  zip.file("readme.txt", "hello");
  const problem = await problemOf(await zip.generateAsync({ type: "uint8array" }));
  expect(problem.code).toBe("notWorkbook");
  expect(problem.message).toContain("xl/workbook.xml");
});

test("a part declaring more than the cap is refused before inflating", async () => {
  const bytes = await packageWith(sheetXml(`<row r="1"><c r="A1"><v>${"1".repeat(100_000)}</v></c></row>`));
  const problem = await problemOf(bytes, SMALL);
  expect(problem.code).toBe("tooLarge");
  expect(problem.message).toContain("xl/worksheets/sheet1.xml 声明解压后");
});

test("a bomb that lies about its size is stopped while inflating", async () => {
  const bytes = await packageWith(sheetXml(" ".repeat(1_000_000)));
  // Rewrite the central directory's uncompressed size of every entry to 10 bytes.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
  const problem = await problemOf(bytes, SMALL);
  expect(problem.code).toBe("tooLarge");
  expect(problem.message).toContain("xl/worksheets/sheet1.xml 解压后超过");
});

test.each([
  ['<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "行号 1048577"],
  ['<row r="1000000000"/>', "行号 1000000000"],
  ['<row r="1"><c r="XFE1"><v>1</v></c></row>', "单元格 XFE1"],
  ['<row r="1"><c r="A0"><v>1</v></c></row>', "单元格 A0"],
])("a sheet claiming %s is refused before exceljs fills a grid up to it", async (rows, what) => {
  const problem = await problemOf(await packageWith(sheetXml(rows)));
  expect(problem.code).toBe("outOfBounds");
  expect(problem.message).toContain(`xl/worksheets/sheet1.xml 中的${what}超出 Excel 的范围`);
});

test("the last legal row and column pass", async () => {
  const summary = await checkPackage(
    await packageWith(sheetXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
  );
  expect(summary.maxRow).toBe(1_048_576);
  expect(summary.cells).toBe(1);
});

test("too many cells for a browser tab: a notice pointing to the CLI", async () => {
  const rows = Array.from(
    { length: 60 },
    (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c><v>2</v></c></row>`,
  ).join("");
  const problem = await problemOf(await packageWith(sheetXml(rows)), { ...LIMITS, cells: 100 });
  expect(problem.code).toBe("tooManyCells");
  expect(problem.message).toContain("certdesk validate");
  // 120 cells (cells without r counted too) is just over; 120 is fine with a budget of 120.
  await expect(
    checkPackage(await packageWith(sheetXml(rows)), undefined, { ...LIMITS, cells: 120 }),
  ).resolves.toMatchObject({ cells: 120 });
});

test("tags cut across chunk boundaries are still read", () => {
  const xml = sheetXml('<row r="7"><c r="B7"><v>1</v></c><c r="C7"/></row>');
  const scanner = new SheetScanner("sheet");
  const bytes = new TextEncoder().encode(xml);
  for (let i = 0; i < bytes.length; i += 3) scanner.push(bytes.subarray(i, i + 3));
  scanner.end();
  expect({ cells: scanner.cells, maxRow: scanner.maxRow }).toEqual({ cells: 2, maxRow: 7 });
});

test("progress goes up to 1 over the parts", async () => {
  const seen: number[] = [];
  await checkPackage(new Uint8Array(EXAMPLE), (f) => seen.push(f));
  expect(seen.at(-1)).toBeCloseTo(1, 5);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});
