/**
 * What validation reads and what it reports. A sheet is a plain grid of cell values, as read by
 * any door to a workbook (the CLI's own xlsx reader, Office.js in the add-in);
 * validation never sees a workbook object, and never changes a value.
 */

/** An Excel error value (#N/A, #VALUE!, …) as read from a cell. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export interface SheetGrid {
  /** The sheet's name in the workbook. */
  name: string;
  /** Rows top to bottom from row 1 of the sheet; each row left to right from column A. Ragged rows are allowed. */
  cells: CellValue[][];
  /** Merged ranges in A1 form ("A1:B1"), where the reader knows them; headers must not be merged. */
  merged?: string[];
  /** Cells whose value is a number but whose text Excel showed differs (e.g. IDs that lost digits), when known. */
  numberFormats?: Record<string, string>;
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable check id, e.g. `CODE-USCC-CHECKSUM`. */
  id: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the main cell, e.g. `D7`; empty for a sheet-level finding. */
  cell: string;
  /** 1-based sheet row and column; 0 for sheet-level findings. */
  row: number;
  column: number;
  /** Other cells involved (A1), e.g. both dates of an overlap. */
  related?: string[];
  /** Seed clause or DOMAIN section. */
  clause: string;
  /** Values for the message template. */
  params: Record<string, string | number>;
  /** Rendered Chinese text (from the message table keyed by id). */
  message: string;
}
