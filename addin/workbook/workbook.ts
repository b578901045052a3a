/**
 * The only door from panes to a workbook (STYLE.md: Office glue in one place). The Excel
 * implementation (excel-workbook.ts) is the only code that says `Excel.` or `Office.`; the browser
 * workbench supplies a file-backed implementation of the same interface. Components receive a
 * `Workbook` as a prop or through context and never touch Office themselves.
 *
 * Addresses are A1 strings on a named sheet. Values are what the validator reads (CellValue).
 * Implementations read and write big ranges in blocks of about 10 000 rows, one sync per block.
 */
import type { CellValue } from "../../core";

export interface SheetInfo {
  name: string;
  rowCount: number;
  columnCount: number;
}

export interface Selection {
  sheet: string;
  /** A1 address of the selected range, e.g. "B2:D40". */
  address: string;
  rowCount: number;
  columnCount: number;
  /** Values of the selection (top-left first). */
  values: CellValue[][];
}

/** A cell's fill as it was before we painted it: null = no fill. Restored exactly by clearMarks. */
export type Fill = string | null;

export interface CellFormat {
  fill?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** A chart the panes ask for: one category column and one or more value columns, headers in the first row. */
export interface ChartSpec {
  kind: "column" | "line";
  /** A1 range on `sheet` holding the data, header row first, categories in the first column. */
  source: string;
  title: string;
  /** Where the chart sits: A1 of its top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
}

export interface Workbook {
  listSheets(): Promise<SheetInfo[]>;
  /** Used range of a sheet, values only, read in blocks. */
  readSheet(sheet: string): Promise<CellValue[][]>;
  getSelection(): Promise<Selection>;
  /** Writes a rectangular block of values or formulas (strings starting with "=") starting at `topLeft`. */
  writeBlock(sheet: string, topLeft: string, rows: (string | number | boolean | null)[][]): Promise<void>;
  /**
   * Writes a block whose top-left is the first cell of the current selection, in one request (no
   * separate read, so the selection cannot change in between). Returns where it was written:
   * sheet and A1 address of the block. Added for the audit-time pane's "insert" actions.
   */
  writeAtSelection(rows: (string | number | boolean | null)[][]): Promise<{ sheet: string; address: string }>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Paints fills on many cells, returns their previous fills so they can be restored exactly. */
  paintCells(sheet: string, addresses: string[], fill: string): Promise<Map<string, Fill>>;
  restoreFills(sheet: string, previous: Map<string, Fill>): Promise<void>;
  formatCells(sheet: string, address: string, format: CellFormat): Promise<void>;
  /** Adds a sheet; if the name exists, a suffix (2), (3)… is added. Returns the name used. */
  addSheet(name: string): Promise<string>;
  /** Adds list data validation (dropdown) to a range. */
  addListValidation(sheet: string, address: string, items: string[]): Promise<void>;
  /** Merges a range into one cell, its top-left value kept (CNCA's template: A2:A4 and A5:A7). */
  mergeCells(sheet: string, range: string): Promise<void>;
  /**
   * Freezes the top `rows` rows and the left `columns` columns of a sheet (CNCA's template freezes
   * at C3: 2 and 2); 0 and 0 unfreezes.
   */
  freezePanes(sheet: string, rows: number, columns: number): Promise<void>;
  /** Adds a chart over data already written on `sheet` (Excel: sheet.charts.add; workbench: kept in the downloaded file). */
  addChart(sheet: string, chart: ChartSpec): Promise<void>;
  /**
   * Deletes a sheet the product made itself (the statistics pane's 年报统计YYYY when it is run
   * again, after the user confirmed). A missing sheet is an error. Never called on a user's sheet.
   */
  deleteSheet(sheet: string): Promise<void>;
}
