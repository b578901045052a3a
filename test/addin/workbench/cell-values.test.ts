/**
 * exceljs values as the validator reads them and as the grid shows them; the download name; the
 * inlined example decoded without a request.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { displayText, toCellValue } from "../../../addin/workbench/cell-values";
import { annotatedName, dataUrlBytes } from "../../../addin/workbench/download";

const day = new Date(Date.UTC(2026, 9, 31));

test.each([
  ["a number", 12.5, 12.5, "12.5"],
  ["text", "北京", "北京", "北京"],
  ["a date (UTC midnight)", day, day, "2026-10-31"],
  ["a formula's cached result", { formula: "A1*2", result: 42 }, 42, "42"],
  ["a formula with no result", { formula: "SUM(A:A)" }, null, "=SUM(A:A)"],
  [
    "a formula whose result is an error",
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { error: "#DIV/0!" },
    "#DIV/0!",
  ],
  ["rich text", { richText: [{ text: "北" }, { text: "京" }] }, "北京", "北京"],
  ["a hyperlink", { text: "官网", hyperlink: "https://example.cn" }, "官网", "官网"],
  ["an error", { error: "#N/A" }, { error: "#N/A" }, "#N/A"],
  ["a boolean", true, true, "TRUE"],
  ["empty", null, null, ""],
])("%s", (_, raw, value, text) => {
  expect(toCellValue(raw as never)).toEqual(value);
  expect(displayText(raw as never)).toBe(text);
});

test("a 校验结果 link shows its label, as Excel would", () => {
  expect(displayText({ formula: 'HYPERLINK("#\'月报\'!C5","C5")' } as never)).toBe("C5");
  expect(displayText({ formula: 'HYPERLINK("#\'月报\'!C5","说""明")' } as never)).toBe('说"明');
});

test("download names: the example's label is dropped, -标注 added", () => {
  expect(annotatedName("monthly-2026-10.xlsx（示例）")).toBe("monthly-2026-10-标注.xlsx");
  expect(annotatedName("十月月报.XLSX")).toBe("十月月报-标注.xlsx");
  expect(annotatedName(null)).toBe("工作簿-标注.xlsx");
});

test("the inlined example decodes to the file's bytes", () => {
  const file = readFileSync(path.resolve(__dirname, "..", "..", "..", "examples", "monthly-2026-10.xlsx"));
  const url = `data:application/octet-stream;base64,${file.toString("base64")}`;
  expect(Buffer.from(dataUrlBytes(url)).equals(file)).toBe(true);
});
