/**
 * How big ranges are cut into requests. Excel on the web rejects a request or response above
 * 5 MB (RequestPayloadSizeLimitExceeded), so every read and write goes in blocks with one
 * `context.sync()` per block and never one per row. Pure: tested in node.
 */
import { parseRange, cellsOf, formatCell, type CellRef, type RangeRef } from "../../core";

/** About 10 000 rows per request (the brief's block). */
export const BLOCK_ROWS = 10_000;
/**
 * Cells per request. A report sheet cell averages well under 20 bytes of JSON, so 250 000 cells
 * stay under 5 MB; a 38-column report sheet then reads ~6 500 rows per block.
 */
export const BLOCK_CELLS = 250_000;
/** Runs (one range object each, with a read and a write) per request when painting fills. */
export const RUNS_PER_SYNC = 5_000;
/** Cells whose properties come back in one response when painting (about 60 bytes each). */
export const PAINT_CELLS_PER_SYNC = 50_000;

/** Rows per block for a range `columns` wide. */
export function blockRows(columns: number): number {
  return Math.max(1, Math.min(BLOCK_ROWS, Math.floor(BLOCK_CELLS / Math.max(1, columns))));
}

/** A vertical run of cells in one column: rows top..bottom. */
export interface ColumnRun {
  column: number;
  top: number;
  bottom: number;
}

export function runRange(run: ColumnRun): RangeRef {
  return { top: run.top, bottom: run.bottom, left: run.column, right: run.column };
}

/** Expands addresses (cells or small ranges) to distinct cells, keeping first-seen order. */
export function distinctCells(addresses: readonly string[]): CellRef[] {
  const seen = new Set<string>();
  const cells: CellRef[] = [];
  for (const address of addresses) {
    for (const cell of cellsOf(parseRange(address))) {
      const key = formatCell(cell.row, cell.column);
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push(cell);
    }
  }
  return cells;
}

/**
 * Groups cells into vertical runs: consecutive rows of the same column that share a key
 * (e.g. the same previous fill) become one range, so a column of findings is one request item.
 */
export function columnRuns<K>(
  cells: readonly CellRef[],
  keyOf: (cell: CellRef) => K = () => undefined as K,
): Array<ColumnRun & { key: K }> {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Array<ColumnRun & { key: K }> = [];
  for (const cell of sorted) {
    const key = keyOf(cell);
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.bottom + 1 === cell.row && last.key === key) {
      last.bottom = cell.row;
    } else if (!(last && last.column === cell.column && last.bottom >= cell.row)) {
      runs.push({ column: cell.column, top: cell.row, bottom: cell.row, key });
    }
  }
  return runs;
}

/** Cuts runs into request-sized groups (by run count and by cell count); over-long runs are split. */
export function runBatches<R extends ColumnRun>(
  runs: readonly R[],
  maxRuns = RUNS_PER_SYNC,
  maxCells = PAINT_CELLS_PER_SYNC,
): R[][] {
  const pieces: R[] = [];
  for (const run of runs) {
    for (let top = run.top; top <= run.bottom; top += maxCells)
      pieces.push({ ...run, top, bottom: Math.min(run.bottom, top + maxCells - 1) });
  }
  const batches: R[][] = [];
  let current: R[] = [];
  let cells = 0;
  for (const run of pieces) {
    const size = run.bottom - run.top + 1;
    if (current.length > 0 && (current.length >= maxRuns || cells + size > maxCells)) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(run);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
