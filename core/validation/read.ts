/**
 * Reading a recognised sheet into typed columns (DOMAIN §9.1 "cells"): every cell of the data rows
 * goes through its column's reader (cell-readers.ts); a coded text read once without a finding is
 * reused for the next cell holding the same text. The grid itself is only read, never written.
 */
import { cellFinding, INVALID, readerFor, type ReadContext } from "./cell-readers";
import type { FindingSink } from "./findings";
import { BAD, OK, ParsedSheet, type ParsedColumn, type ParsedValue } from "./parsed-sheet";
import type { HeaderMatch } from "./recognise";
import type { CellValue, SheetGrid } from "./sheet";
import type { ReportSpec } from "./specs/column";
import { isBlankCell, isErrorValue, showCell } from "./text";

export { BAD, BLANK, OK, ParsedSheet, type ParsedColumn, type ParsedValue } from "./parsed-sheet";

const CACHED_FORMATS = new Set(["code", "enum", "multi-code", "date", "number"]);
/** Enough for every list and most code columns; a column of all-distinct values stops growing here. */
const CACHE_LIMIT = 5000;

/**
 * Reads the data rows under the header: rows whose recognised cells are all blank are skipped
 * (they are not data), every other row is read column by column.
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
  for (const p of present) {
    const values: ParsedValue[] = new Array<ParsedValue>(n);
    const state = new Uint8Array(n);
    const column: ParsedColumn = { spec: p.spec, index: p.index, values, state };
    const read = readerFor(p.spec);
    const ctx: ReadContext = { sink, sheet: grid.name, row: 0, column: p.index + 1, spec: p.spec };
    if (p.spec.yearMonth) {
      column.monthOnly = new Uint8Array(n);
      ctx.monthOnly = column.monthOnly;
    }
    // Coded columns repeat few distinct texts: a text read once without any finding is reused.
    // Dates repeat as well, as text, serial or Date (the reader hands over one Date per serial).
    const cache =
      CACHED_FORMATS.has(p.spec.format) && !p.spec.yearMonth ? new Map<CellValue, ParsedValue>() : null;
    const cachesAny = p.spec.format === "date";
    for (let i = 0; i < n; i++) {
      const value = grid.cells[(dataRows[i] ?? 1) - 1]?.[p.index];
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
      const before = sink.made;
      const v = read(value, ctx, i);
      if (v === INVALID) state[i] = BAD;
      else {
        values[i] = v;
        state[i] = OK;
        if (cacheable && sink.made === before && cache.size < CACHE_LIMIT) cache.set(value, v);
      }
    }
    parsed.columns.set(p.spec.key, column);
  }
  return parsed;
}
