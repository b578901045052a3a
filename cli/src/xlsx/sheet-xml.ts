/**
 * One worksheet part → the grid validation reads (core/validation/sheet.ts). Cell values as the
 * user sees them: shared and inline strings (rich text flattened), numbers, dates where the
 * cell's format shows a date, booleans, `{ error }` for error values, and for a formula its
 * cached result (Excel saves it with the file). Hyperlink cells already hold their display text.
 * This is the hot path of a 100 000-row file: one pass, no per-cell objects beyond the value.
 */
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import { isoToDate, serialToDate } from "./excel-values";
import { fileProblems } from "./file-error";
import type { WorkbookParts } from "./package-parts";
import { parseXml } from "./xml";
import type { ZipArchive } from "./zip";

/**
 * A formula Excel never calculated (files written by some generators) has no value to check;
 * it is reported as this error value rather than read as a blank (DOMAIN §9.1: no silent default).
 */
export const UNCALCULATED_FORMULA = "#公式未计算";

const A = 65;

/** Column index (0-based) and row (1-based) of an A1 reference, without allocating. */
function decodeRef(ref: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < A || code > 90) break;
    column = column * 26 + (code - A + 1);
  }
  return { column: column - 1, row: i < ref.length ? Number(ref.slice(i)) : 0 };
}

interface CellState {
  column: number;
  type: string;
  style: number;
  text: string;
  hasValue: boolean;
  hasFormula: boolean;
}

function cellValue(cell: CellState, parts: WorkbookParts, file: string, at: string): CellValue {
  const text = cell.text;
  switch (cell.type) {
    case "s": {
      if (!cell.hasValue) return null;
      const value = parts.sharedStrings[Number(text)];
      if (value === undefined)
        throw fileProblems.corrupt(file, `${at}: 共享字符串 ${text} 不存在 / missing shared string`);
      return value;
    }
    case "inlineStr":
    case "str":
      return cell.hasValue ? text : cell.hasFormula ? { error: UNCALCULATED_FORMULA } : null;
    case "b":
      return cell.hasValue ? text === "1" || text === "true" : null;
    case "e":
      return { error: text };
    case "d":
      return cell.hasValue ? (isoToDate(text.trim()) ?? text) : null;
    default: {
      if (!cell.hasValue || text.trim() === "")
        return cell.hasFormula ? { error: UNCALCULATED_FORMULA } : null;
      const n = Number(text);
      if (!Number.isFinite(n))
        throw fileProblems.corrupt(file, `${at}: 「${text.slice(0, 20)}」不是数字 / not a number`);
      return parts.dateStyles[cell.style] === true ? serialToDate(n, parts.date1904) : n;
    }
  }
}

/** Drops trailing blanks (cells that only carry formatting) so a formatted but empty area adds no rows. */
function trimGrid(cells: CellValue[][]): void {
  for (const row of cells) {
    if (row === undefined) continue;
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    row.length = end;
  }
  let last = cells.length;
  while (last > 0 && (cells[last - 1] === undefined || cells[last - 1]!.length === 0)) last--;
  cells.length = last;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (row === undefined) cells[r] = [];
    else for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
}

export async function readSheetPart(
  zip: ZipArchive,
  parts: WorkbookParts,
  name: string,
  part: string,
  file: string,
): Promise<SheetGrid> {
  const cells: CellValue[][] = [];
  const merged: string[] = [];
  let row: CellValue[] = [];
  let rowNumber = 0;
  let cell: CellState | null = null;
  let capture = false;
  let inInline = false;
  let phoneticDepth = 0;

  await parseXml(
    zip.chunks(part),
    {
      open(tag, a) {
        switch (tag) {
          case "row":
            rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
            row = cells[rowNumber - 1] ?? (cells[rowNumber - 1] = []);
            break;
          case "c": {
            // `r` is optional in the file format: a cell without it follows the previous one.
            const column = a.r !== undefined ? decodeRef(a.r).column : row.length;
            cell = {
              column,
              type: a.t ?? "n",
              style: a.s !== undefined ? Number(a.s) : 0,
              text: "",
              hasValue: false,
              hasFormula: false,
            };
            break;
          }
          case "v":
            if (cell && !inInline) {
              cell.hasValue = true;
              cell.text = "";
              capture = true;
            }
            break;
          case "f":
            if (cell) cell.hasFormula = true;
            break;
          case "is":
            if (cell) {
              inInline = true;
              cell.hasValue = true;
            }
            break;
          case "t":
            capture = inInline && phoneticDepth === 0;
            break;
          case "rPh":
            phoneticDepth++;
            break;
          case "mergeCell":
            if (a.ref) merged.push(a.ref);
            break;
        }
      },
      close(tag) {
        switch (tag) {
          case "v":
          case "t":
            capture = false;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phoneticDepth--;
            break;
          case "c":
            if (cell) {
              const value = cellValue(cell, parts, file, `${name}!R${rowNumber}C${cell.column + 1}`);
              if (value !== null) row[cell.column] = value;
              cell = null;
            }
            break;
        }
      },
      text(text) {
        if (capture && cell) cell.text += text;
      },
    },
    file,
    part,
  );
  trimGrid(cells);
  const grid: SheetGrid = { name, cells };
  if (merged.length > 0) grid.merged = merged;
  return grid;
}
