/**
 * A1 address maths shared by the validation findings, the Excel workbook, the panes and the CLI's
 * xlsx writers. Rows and columns are 1-based, as in A1 notation. Pure: no Office here.
 */

/** Excel's grid limits (rows 1 048 576, columns XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRef {
  row: number;
  column: number;
}

/** An inclusive rectangle. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class AddressError extends Error {
  readonly address: string;
  constructor(address: string) {
    super(`「${address}」不是有效的单元格地址（例如 B2 或 B2:D40） / "${address}" is not a valid A1 address`);
    this.name = "AddressError";
    this.address = address;
  }
}

/**
 * Column number → letters, never throwing: 1 → A, 28 → AB, 0 or less → "". Findings name a column
 * whatever it is; use `columnName` where a bad number must be refused.
 */
export function columnLetters(column: number): string {
  let n = column;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Column number → letters, refusing what is outside Excel's grid (AddressError). */
export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) throw new AddressError(String(column));
  return columnLetters(column);
}

/** 1-based row and column → "D7"; no cell ("") without a column: a sheet- or row-level finding keeps its row for sorting only. */
export function a1(row: number, column: number): string {
  return row > 0 && column > 0 ? `${columnLetters(column)}${row}` : "";
}

export function columnIndex(name: string): number {
  const letters = name.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters)) throw new AddressError(name);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new AddressError(name);
  return n;
}

export function formatCell(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS)
    throw new AddressError(`${columnName(column)}${row}`);
  return `${columnName(column)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN_ONLY = /^\$?([A-Za-z]{1,3})$/;
const ROW_ONLY = /^\$?(\d{1,7})$/;

export function parseCell(address: string): CellRef {
  const match = CELL.exec(address.trim());
  if (!match) throw new AddressError(address);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS) throw new AddressError(address);
  return { row, column: columnIndex(match[1] as string) };
}

/** Parses "B2", "B2:D40", whole columns "A:C" and whole rows "2:5" (no sheet prefix). */
export function parseRange(address: string): RangeRef {
  const parts = address.trim().split(":");
  if (parts.length === 1) {
    const cell = parseCell(parts[0] as string);
    return { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
  }
  if (parts.length !== 2) throw new AddressError(address);
  const [a, b] = parts as [string, string];
  const colA = COLUMN_ONLY.exec(a);
  const colB = COLUMN_ONLY.exec(b);
  if (colA && colB) {
    return order({
      top: 1,
      left: columnIndex(colA[1] as string),
      bottom: MAX_ROWS,
      right: columnIndex(colB[1] as string),
    });
  }
  const rowA = ROW_ONLY.exec(a);
  const rowB = ROW_ONLY.exec(b);
  if (rowA && rowB) {
    const top = Number(rowA[1]);
    const bottom = Number(rowB[1]);
    if (top < 1 || bottom < 1 || top > MAX_ROWS || bottom > MAX_ROWS) throw new AddressError(address);
    return order({ top, left: 1, bottom, right: MAX_COLUMNS });
  }
  const start = parseCell(a);
  const end = parseCell(b);
  return order({ top: start.row, left: start.column, bottom: end.row, right: end.column });
}

function order(ref: RangeRef): RangeRef {
  return {
    top: Math.min(ref.top, ref.bottom),
    bottom: Math.max(ref.top, ref.bottom),
    left: Math.min(ref.left, ref.right),
    right: Math.max(ref.left, ref.right),
  };
}

export function formatRange(ref: RangeRef): string {
  const start = formatCell(ref.top, ref.left);
  if (ref.top === ref.bottom && ref.left === ref.right) return start;
  return `${start}:${formatCell(ref.bottom, ref.right)}`;
}

export function rowCount(ref: RangeRef): number {
  return ref.bottom - ref.top + 1;
}

export function columnCount(ref: RangeRef): number {
  return ref.right - ref.left + 1;
}

/** Splits an address as Excel returns it ("'My Sheet'!B2:D4", "Sheet1!A1") into sheet and A1 part. */
export function splitSheetAddress(full: string): { sheet: string | null; address: string } {
  const bang = full.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1) };
}

/** A sheet name as it must appear in a formula reference: quoted unless plain letters/digits/_. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Every cell of a range, row by row (for small ranges such as finding addresses). */
export function cellsOf(ref: RangeRef): CellRef[] {
  const cells: CellRef[] = [];
  for (let row = ref.top; row <= ref.bottom; row++) {
    for (let column = ref.left; column <= ref.right; column++) cells.push({ row, column });
  }
  return cells;
}

/** Splits rows top..bottom into consecutive blocks of at most `size` rows. */
export function rowBlocks(top: number, bottom: number, size: number): Array<{ top: number; bottom: number }> {
  const blocks: Array<{ top: number; bottom: number }> = [];
  for (let start = top; start <= bottom; start += size)
    blocks.push({ top: start, bottom: Math.min(bottom, start + size - 1) });
  return blocks;
}
