/**
 * Reading a recognised sheet into typed columns (DOMAIN §9.1 "cells"): every cell of the data rows
 * goes through its column's reader (cell-readers.ts); a coded text read once without a finding is
 * reused for the next cell holding the same text. The grid itself is only read, never written.
 */
import { cellFinding, INVALID, readerFor, type ReadContext, type Reader } from "./cell-readers";
import { ColumnFindings } from "./column-findings";
import type { FindingSink } from "./findings";
import { BAD, OK, ParsedSheet, type ParsedColumn, type ParsedValue } from "./parsed-sheet";
import type { HeaderMatch } from "./recognise";
import type { CellValue, SheetGrid } from "./sheet";
import type { ColumnSpec, ReportSpec } from "./specs/column";
import { isBlankCell, isErrorValue, showCell } from "./text";

export { BAD, BLANK, OK, ParsedSheet, type ParsedColumn, type ParsedValue } from "./parsed-sheet";

const CACHED_FORMATS = new Set(["code", "enum", "multi-code", "date", "number"]);
/** Enough for every list and most code columns; a column of all-distinct values stops growing here. */
const CACHE_LIMIT = 5000;

/** Rows read per column before moving to the next column: a block of rows stays in the CPU cache. */
const BLOCK = 512;

interface ColumnRead {
  column: ParsedColumn;
  read: Reader;
  ctx: ReadContext;
  findings: ColumnFindings;
  cache: Map<CellValue, ParsedValue> | null;
  /** Whether values of any type are cached, not just text. */
  cachesAny: boolean;
}

function columnRead(p: { spec: ColumnSpec; index: number }, n: number, sheet: string): ColumnRead {
  const column: ParsedColumn = {
    spec: p.spec,
    index: p.index,
    values: new Array<ParsedValue>(n),
    state: new Uint8Array(n),
  };
  const findings = new ColumnFindings();
  const ctx: ReadContext = { sink: findings, sheet, row: 0, column: p.index + 1, spec: p.spec };
  if (p.spec.yearMonth) {
    column.monthOnly = new Uint8Array(n);
    ctx.monthOnly = column.monthOnly;
  }
  // Coded columns repeat few distinct texts: a text read once without any finding is reused.
  // Dates repeat as well, as text, serial or Date (the reader hands over one Date per serial).
  const cache =
    CACHED_FORMATS.has(p.spec.format) && !p.spec.yearMonth ? new Map<CellValue, ParsedValue>() : null;
  return { column, read: readerFor(p.spec), ctx, findings, cache, cachesAny: p.spec.format === "date" };
}

/** Reads rows [from, to) of one column. */
function readBlock(c: ColumnRead, grid: SheetGrid, dataRows: number[], from: number, to: number): void {
  const { column, read, ctx, findings, cache, cachesAny } = c;
  const { values, state, index } = column;
  for (let i = from; i < to; i++) {
    const value = grid.cells[(dataRows[i] ?? 1) - 1]?.[index];
    if (value === null || value === undefined || value === "") continue;
    const cacheable = cache !== null && (cachesAny || typeof value === "string");
    if (cacheable) {
      const hit = cache.get(value);
      if (hit !== undefined) {
        values[i] = hit;
        state[i] = OK;
        continue;
      }
    }
    if (isBlankCell(value)) continue;
    ctx.row = dataRows[i] ?? 0;
    if (isErrorValue(value)) {
      cellFinding(ctx, "CELL-ERROR-VALUE", { value: showCell(value) });
      state[i] = BAD;
      continue;
    }
    const before = findings.made;
    const v = read(value, ctx, i);
    if (v === INVALID) state[i] = BAD;
    else {
      values[i] = v;
      state[i] = OK;
      if (cacheable && findings.made === before && cache.size < CACHE_LIMIT) cache.set(value, v);
    }
  }
}

/**
 * Reads the data rows under the header: rows whose recognised cells are all blank are skipped
 * (they are not data), every other row is read cell by cell through its column's reader. Rows are
 * read a block at a time, every column of a block before the next block (a sheet's rows are
 * scattered in memory: reading one column down the whole sheet fetches every row once per
 * column); each column's findings are handed to the sink column by column, in the order reading
 * one column after another makes them, so which findings a limit keeps does not change.
 */
export function readSheet(
  grid: SheetGrid,
  match: HeaderMatch,
  spec: ReportSpec,
  sink: FindingSink,
): ParsedSheet {
  const present = spec.columns.flatMap((c, col) => {
    const index = match.columnAt[col] ?? -1;
    return index >= 0 ? [{ spec: c, index }] : [];
  });
  const dataRows: number[] = [];
  for (let r = match.headerRow; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    if (!cells) continue;
    if (present.some((p) => !isBlankCell(cells[p.index]))) dataRows.push(r + 1);
  }
  const parsed = new ParsedSheet(grid.name, match.type, spec, match.headerRow, dataRows);
  const n = dataRows.length;
  const columns = present.map((p) => columnRead(p, n, grid.name));
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (const c of columns) readBlock(c, grid, dataRows, from, to);
  }
  for (const c of columns) {
    c.findings.handTo(sink, grid.name, c.ctx.column);
    parsed.columns.set(c.column.spec.key, c.column);
  }
  return parsed;
}
