/**
 * One worksheet part → the grid validation reads (core/validation/sheet.ts). Cell values as the
 * user sees them: shared and inline strings (rich text flattened), numbers, dates where the
 * cell's format shows a date, ISO dates (`t="d"`), booleans, `{ error }` for error values, and
 * for a formula its cached result (Excel saves it with the file). Hyperlink cells already hold
 * their display text. This is the hot path of a 100 000-row file: one pass, no per-cell objects
 * beyond the value. Row and column numbers are checked against Excel's limits before they size
 * anything, and every value kept — blanks padding a row included — is charged to the read's
 * budget (limits.ts).
 */
import { a1, type CellValue, type SheetGrid } from "../../../core";
import { readPlainCell, type CellState } from "./cell-bytes";
import { isDateSerial, isoToDate, serialToDate } from "./excel-values";
import { fileProblems } from "./file-error";
import { LIMITS, limitExceeded, type ReadBudget } from "./limits";
import type { WorkbookParts } from "./package-parts";
import { parseXml, type Attributes } from "./xml";
import type { ZipArchive } from "./zip";

/**
 * A formula Excel never calculated (files written by some generators) has no value to check;
 * it is reported as this error value rather than read as a blank (DOMAIN §9.1: no silent default).
 */
export const UNCALCULATED_FORMULA = "#公式未计算";

const A = 65;
const Z = 90;
const ZERO = 48;
const NINE = 57;

/** columnOfRef on attribute `i`'s raw bytes, sparing a string per cell; -1 also when they need decoding. */
function columnOfBytes(a: Attributes, i: number): number {
  let column = 0;
  let k = 0;
  let code = a.byteAt(i, 0);
  for (; k < 4 && code >= A && code <= Z; code = a.byteAt(i, ++k)) column = column * 26 + (code - A + 1);
  if (k === 0 || column > LIMITS.columns) return -1;
  for (; code !== -1; code = a.byteAt(i, ++k)) if (code < ZERO || code > NINE) return -1;
  return column - 1;
}

/** The 0-based column of an A1 reference (`AB12` → 27), or -1 when it is not one or lies past XFD. */
export function columnOfRef(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i);
    if (code < A || code > Z) break;
    column = column * 26 + (code - A + 1);
  }
  if (i === 0 || column > LIMITS.columns) return -1;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < ZERO || code > NINE) return -1;
  }
  return column - 1;
}

/** A row number as written in `<row r>`: digits only, 1 … 1 048 576; otherwise -1. */
function rowOfAttribute(text: string): number {
  if (text.length === 0 || text.length > 7) return -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) return -1;
  }
  const row = Number(text);
  return row >= 1 && row <= LIMITS.rows ? row : -1;
}

/** Types whose value may be read as plain digits: shared-string indexes and numbers. */
const NUMERIC_TYPES = new Set(["s", "n"]);

/**
 * The same Date object for the same serial: a report's dates repeat, and Dates are never changed
 * by the checks. A serial no date can show (past 9999-12-31, negative) stays a number.
 */
function dateOf(serial: number, date1904: boolean, dates: Map<number, Date>): Date | number {
  if (!isDateSerial(serial, date1904)) return serial;
  let date = dates.get(serial);
  if (date === undefined) {
    date = serialToDate(serial, date1904);
    if (dates.size < 100_000) dates.set(serial, date);
  }
  return date;
}

function cellValue(
  cell: CellState,
  parts: WorkbookParts,
  file: string,
  at: () => string,
  dates: Map<number, Date>,
): CellValue {
  // The common cells first, without making a string: a shared-string index, a number.
  if (cell.number >= 0) {
    if (cell.type === "s") {
      const shared = parts.sharedStrings[cell.number];
      if (shared !== undefined) return shared;
    } else if (cell.type === "n")
      return parts.dateStyles[cell.style] === true ? dateOf(cell.number, parts.date1904, dates) : cell.number;
  }
  const text = cell.number >= 0 ? String(cell.number) : cell.text;
  switch (cell.type) {
    case "s": {
      if (!cell.hasValue) return null;
      const value = parts.sharedStrings[cell.number >= 0 ? cell.number : Number(text)];
      if (value === undefined)
        throw fileProblems.corrupt(
          file,
          `${at()}: 共享字符串 ${text.slice(0, 20)} 不存在 / missing shared string`,
        );
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
      const n = cell.number >= 0 ? cell.number : Number(text);
      if (!Number.isFinite(n))
        throw fileProblems.corrupt(file, `${at()}: 「${text.slice(0, 20)}」不是数字 / not a number`);
      return parts.dateStyles[cell.style] === true ? dateOf(n, parts.date1904, dates) : n;
    }
  }
}

/**
 * Drops trailing blanks (cells that only carry formatting) so a formatted but empty area adds no
 * rows. Rows are built dense (see `place`), so nothing here can grow.
 */
function trimGrid(cells: CellValue[][]): void {
  for (const row of cells) {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    row.length = end;
  }
  let last = cells.length;
  while (last > 0 && cells[last - 1]!.length === 0) last--;
  cells.length = last;
}

export async function readSheetPart(
  zip: ZipArchive,
  parts: WorkbookParts,
  name: string,
  part: string,
  file: string,
  budget: ReadBudget,
): Promise<SheetGrid> {
  const cells: CellValue[][] = [];
  const merged: string[] = [];
  let row: CellValue[] | null = null;
  let rowNumber = 0;
  /** Cells in the last row read: the width a new row starts with. */
  let width = 0;
  /** Where a cell without `r` goes: after the previous cell of its row, blank or not. */
  let nextColumn = 0;
  const state: CellState = {
    column: 0,
    type: "n",
    style: 0,
    text: "",
    number: -1,
    hasValue: false,
    hasFormula: false,
  };
  let cell: CellState | null = null;
  const dates = new Map<number, Date>();
  let inInline = false;
  let phoneticDepth = 0;
  const here = (): string => `${name}!${a1(rowNumber, Math.min((cell?.column ?? 0) + 1, LIMITS.columns))}`;

  function openRow(a: Attributes): void {
    const at = a.indexOf("r");
    const direct = at >= 0 ? a.digits(at) : -1;
    const next =
      direct >= 1 && direct <= LIMITS.rows
        ? direct
        : at >= 0
          ? rowOfAttribute(a.value(at))
          : rowNumber < LIMITS.rows
            ? rowNumber + 1
            : -1;
    if (next < 0)
      throw limitExceeded.rows(file, `${name} (${part})`, at >= 0 ? a.value(at) : String(rowNumber + 1));
    rowNumber = next;
    nextColumn = 0;
    // Rows are added densely, each charged: a high row number costs what it makes. A new row is
    // made as wide as the last one, so filling it neither grows nor copies it.
    if (rowNumber > cells.length) {
      budget.value(part, rowNumber - cells.length + width);
      while (cells.length < rowNumber - 1) cells.push([]);
      cells.push(width > 0 ? new Array<CellValue>(width).fill(null) : []);
    }
    row = cells[rowNumber - 1]!;
  }

  /** Sets a cell, padding the row with null up to it (charged) so rows never have holes. */
  function place(target: CellValue[], column: number, value: CellValue): void {
    if (column < target.length) {
      target[column] = value;
      return;
    }
    budget.value(part, column - target.length + 1);
    while (target.length < column) target.push(null);
    target.push(value);
  }

  function openCell(a: Attributes): void {
    const at = a.indexOf("r");
    let column = at < 0 ? (nextColumn < LIMITS.columns ? nextColumn : -1) : columnOfBytes(a, at);
    if (column < 0 && at >= 0) column = columnOfRef(a.value(at));
    if (column < 0)
      throw limitExceeded.columns(
        file,
        `${name} (${part})`,
        at >= 0 ? a.value(at) : `第 ${nextColumn + 1} 列`,
      );
    nextColumn = column + 1;
    const s = a.indexOf("s");
    const t = a.indexOf("t");
    const style = s < 0 ? 0 : a.digits(s);
    // One state object, reset per cell: 3.4 M cells in a 100 000-row report need no garbage here.
    cell = state;
    cell.column = column;
    cell.type = t < 0 ? "n" : a.token(t);
    cell.style = style >= 0 ? style : Number(a.value(s));
    cell.text = "";
    cell.number = -1;
    cell.hasValue = false;
    cell.hasFormula = false;
  }

  /**
   * Plain `<c>` elements read in one pass (cell-bytes.ts), as many as follow each other; -1 when
   * the first is not plain, which leaves it to the events below.
   */
  function plainCells(buf: Buffer, lt: number): number {
    const target = row;
    if (target === null || cell !== null || inInline) return -1;
    let at = lt;
    for (;;) {
      const end = readPlainCell(buf, at, nextColumn, state);
      if (end < 0) return at === lt ? -1 : at;
      nextColumn = state.column + 1;
      cell = state;
      const value = cellValue(state, parts, file, here, dates);
      if (value !== null) place(target, state.column, value);
      cell = null;
      at = end;
    }
  }

  await parseXml(
    zip.chunks(part),
    {
      wantText: false,
      element: plainCells,
      open(tag, a) {
        switch (tag) {
          case "row":
            openRow(a);
            break;
          case "c":
            if (row !== null) openCell(a);
            break;
          case "v":
            if (cell && !inInline) {
              cell.hasValue = true;
              cell.text = "";
              cell.number = -1;
              this.wantText = true;
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
            this.wantText = cell !== null && inInline && phoneticDepth === 0;
            break;
          case "rPh":
            phoneticDepth++;
            break;
          case "mergeCell": {
            const ref = a.get("ref");
            if (ref) {
              budget.value(part);
              merged.push(ref);
            }
            break;
          }
        }
      },
      close(tag) {
        switch (tag) {
          case "v":
          case "t":
            this.wantText = false;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phoneticDepth--;
            break;
          case "row":
            if (row !== null) {
              let end = row.length;
              while (end > 0 && row[end - 1] === null) end--;
              row.length = end;
              width = end;
            }
            row = null;
            break;
          case "c":
            if (cell && row) {
              const value = cellValue(cell, parts, file, here, dates);
              if (value !== null) place(row, cell.column, value);
            }
            cell = null;
            break;
        }
      },
      digits(value) {
        if (cell === null || cell.text !== "" || cell.number >= 0 || !NUMERIC_TYPES.has(cell.type))
          return false;
        cell.number = value;
        return true;
      },
      text(text) {
        if (cell === null) return;
        if (cell.number >= 0) {
          // More text after a node read as digits (split by a comment): go back to the text.
          cell.text = String(cell.number);
          cell.number = -1;
        }
        cell.text += text;
        if (cell.text.length > LIMITS.textChars) throw limitExceeded.textChars(file, here());
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
