/**
 * exceljs cell values as the validator reads them (CellValue) and as the grid shows them. Dates
 * arrive as JS Dates at UTC midnight, the form core/dates reads; a formula counts as its cached
 * result; rich text and hyperlinks as their text.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core";

type Raw = ExcelJS.CellValue | undefined;

export function toCellValue(value: Raw): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date))
      return "error" in result ? { error: String((result as { error: unknown }).error) } : null;
    return result as CellValue;
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : toCellValue(value.text as Raw);
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** What a cell shows in the grid: dates as yyyy-mm-dd, a formula with no result as its text. */
export function displayText(value: Raw): string {
  const cell = toCellValue(value);
  if (cell === null) {
    if (value && typeof value === "object" && "formula" in value) {
      // 校验结果 links: show their label, as Excel would.
      const link = /^HYPERLINK\(".*?",\s*"((?:[^"]|"")*)"\)$/i.exec(value.formula ?? "");
      return link ? (link[1] ?? "").replace(/""/g, '"') : `=${value.formula}`;
    }
    return "";
  }
  if (cell instanceof Date)
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  if (typeof cell === "object") return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
