/**
 * The annotated COPY `certdesk validate --out` writes (DOMAIN §9.1, §12): cells with findings
 * filled (errors red-ish, warnings yellow) and given a note with the messages, plus a 校验结果
 * sheet listing every finding with a link to its cell. Cell values are never changed, and the
 * input file is only read: the copy is built in memory and renamed into place. exceljs loads the
 * input; where it misreads a value our reader read right (ISO `t="d"` dates, which exceljs takes
 * for the number 2026 and writes back as a 1905 date), the value we read is written back.
 */
import ExcelJS from "exceljs";
import {
  type SheetGrid,
  type ValidationResult,
  freeSheetName,
  MARK_FILLS,
  RESULT_SHEET,
  SEVERITY_LABELS,
  buildView,
  linkFormula,
  markPlan,
  resultSheetRows,
  verdictOf,
  type FindingItem,
  type ResultCell,
} from "../../../core";
import { isDateFormatCode } from "./excel-values";
import { fileProblems } from "./file-error";
import { writeAtomically } from "./out-path";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function solid(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

function paint(workbook: ExcelJS.Workbook, result: ValidationResult): void {
  for (const { sheet, cells } of markPlan(result.findings)) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    for (const severity of ["warning", "error"] as const) {
      for (const address of cells[severity]) {
        const cell = worksheet.getCell(address);
        // exceljs shares one style object between cells read with the same style: replace, never mutate.
        cell.style = { ...cell.style, fill: solid(MARK_FILLS[severity]) };
      }
    }
  }
}

const sameDate = (value: ExcelJS.CellValue, date: Date): boolean =>
  value instanceof Date && value.getTime() === date.getTime();

/** Puts back the dates exceljs misread (see above), shown as dates where the cell had no date format. */
function restoreDates(workbook: ExcelJS.Workbook, grids: readonly SheetGrid[]): void {
  for (const grid of grids) {
    const worksheet = workbook.getWorksheet(grid.name);
    if (!worksheet) continue;
    grid.cells.forEach((row, r) => {
      row.forEach((value, c) => {
        if (!(value instanceof Date)) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (cell.type === ExcelJS.ValueType.Formula || sameDate(cell.value, value)) return;
        cell.value = value;
        if (!isDateFormatCode(cell.numFmt ?? "")) cell.numFmt = "yyyy-mm-dd";
      });
    });
  }
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function annotate(workbook: ExcelJS.Workbook, items: readonly FindingItem[]): void {
  const byCell = new Map<string, FindingItem[]>();
  for (const item of items) {
    if (item.target === "" || item.severity === "info") continue;
    const key = `${item.sheet}\u0000${item.target}`;
    const list = byCell.get(key);
    if (list) list.push(item);
    else byCell.set(key, [item]);
  }
  for (const [key, list] of byCell) {
    const [sheet, address] = key.split("\u0000") as [string, string];
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(address);
    const ours = list.map((item) => `【${SEVERITY_LABELS[item.severity].zh}】${item.message}`).join("\n");
    const before = noteText(cell.note);
    cell.note = before === "" ? `CertDesk 校验：\n${ours}` : `${before}\n——\nCertDesk 校验：\n${ours}`;
  }
}

function toExcel(value: ResultCell): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  return { formula: linkFormula(value).slice(1), result: value.text };
}

function addResultSheet(workbook: ExcelJS.Workbook, result: ValidationResult): string {
  const name = freeSheetName(
    RESULT_SHEET,
    workbook.worksheets.map((w) => w.name),
  );
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  const rows = resultSheetRows(result);
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = toExcel(value);
    });
  });
  const verdict = verdictOf(result.summary);
  const top = sheet.getCell(1, 1);
  top.font = { bold: true, size: 14, color: { argb: verdict.canUpload ? "FF006100" : "FF9C0006" } };
  top.fill = solid(verdict.canUpload ? "#C6EFCE" : MARK_FILLS.error);
  sheet.getRow(2).font = { bold: true };
  for (let r = 3; r <= rows.length; r++) {
    const severity = sheet.getCell(r, 4);
    if (severity.value === SEVERITY_LABELS.error.zh) severity.fill = solid(MARK_FILLS.error);
    else if (severity.value === SEVERITY_LABELS.warning.zh) severity.fill = solid(MARK_FILLS.warning);
    sheet.getCell(r, 3).font = { color: { argb: "FF0563C1" }, underline: true };
  }
  [6, 22, 14, 10, 28, 90, 18].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  return name;
}

/**
 * Writes the annotated copy of `input` to `out` (already checked by checkOutPath); returns the
 * result sheet's name. `input` is a file name, or the bytes of an .xlsx (an .xls converted in memory).
 */
export async function writeAnnotatedCopy(
  input: string | Buffer,
  out: string,
  result: ValidationResult,
  grids: readonly SheetGrid[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof input === "string") await workbook.xlsx.readFile(input);
    else await workbook.xlsx.load(input as unknown as ArrayBuffer);
  } catch (error) {
    throw fileProblems.writeFailed(
      out,
      `exceljs 无法载入原文件 / cannot load the input: ${(error as Error).message}`,
    );
  }
  restoreDates(workbook, grids);
  paint(workbook, result);
  annotate(workbook, buildView(result).items);
  const sheet = addResultSheet(workbook, result);
  await writeAtomically(out, () => workbook.xlsx.writeBuffer());
  return sheet;
}
