/**
 * A recognised CNCA sheet read into columns (one array per field, as the friendly reader
 * does): the data rows below the header block, blank rows and a header repeated inside the data
 * skipped and named, every cell through its column's reader. Fields are addressed by field code
 * or by meaning, never by column letter.
 */
import type { FindingSink } from "../findings";
import type { Layout, LayoutColumn, LayoutSheet } from "../layouts";
import type { SheetGrid } from "../sheet";
import { isBlankCell, isErrorValue, showCell } from "../text";
import { ColumnFindings } from "../column-findings";
import { readCncaCell, UNREADABLE, type CellContext, type CncaValue } from "./cells";
import type { CncaMatch } from "./recognise";
import { isHeaderLike, type Structure } from "./structure";

/** Enough for every code list; a column of all-distinct values stops growing here. */
const CACHE_LIMIT = 5000;

/** 0 blank, 1 read, 2 present but unreadable (a finding was made). */
export const BLANK = 0;
export const OK = 1;
export const BAD = 2;

interface CncaColumn {
  col: LayoutColumn;
  /** 0-based sheet column. */
  index: number;
  values: (CncaValue | undefined)[];
  state: Uint8Array;
}

export class CncaSheet {
  readonly columns = new Map<string, CncaColumn>();
  private readonly byMeaning = new Map<string, string>();
  constructor(
    readonly name: string,
    readonly layout: Layout,
    readonly def: LayoutSheet,
    readonly match: CncaMatch,
    readonly headerRow: number,
    /** 1-based sheet rows of the data rows. */
    readonly rows: number[],
  ) {
    for (const c of def.columns) this.byMeaning.set(c.meaning, c.code);
  }
  /** Field code of a meaning in this sheet's layout (`certNo` → `CERT_NUMBER`). */
  code(meaning: string): string | undefined {
    return this.byMeaning.get(meaning);
  }
  has(code: string): boolean {
    return this.columns.has(code);
  }
  value(code: string, i: number): CncaValue | undefined {
    return this.columns.get(code)?.values[i];
  }
  str(code: string, i: number): string | undefined {
    const v = this.value(code, i);
    return typeof v === "string" ? v : undefined;
  }
  num(code: string, i: number): number | undefined {
    const v = this.value(code, i);
    return typeof v === "number" ? v : undefined;
  }
  list(code: string, i: number): string[] | undefined {
    const v = this.value(code, i);
    return Array.isArray(v) ? v : typeof v === "string" ? [v] : undefined;
  }
  state(code: string, i: number): number {
    return this.columns.get(code)?.state[i] ?? BLANK;
  }
  /** 1-based sheet column of a field, 0 when absent. */
  col(code: string): number {
    const c = this.columns.get(code);
    return c ? c.index + 1 : 0;
  }
  column(code: string): LayoutColumn | undefined {
    return this.def.columns.find((c) => c.code === code);
  }
}

/** Rows read per column before the next column (read.ts). */
const BLOCK = 512;

interface ColumnRead {
  column: CncaColumn;
  ctx: CellContext & { sink: ColumnFindings };
  cache: Map<string, CncaValue> | null;
}

function columnRead(
  p: { col: LayoutColumn; index: number },
  n: number,
  sheet: string,
  templateSheet: string,
): ColumnRead {
  return {
    column: {
      col: p.col,
      index: p.index,
      values: new Array<CncaValue | undefined>(n),
      state: new Uint8Array(n),
    },
    ctx: { sink: new ColumnFindings(), sheet, templateSheet, row: 0, column: p.index + 1, col: p.col },
    // Coded, numeric and date columns repeat few texts: a text read once without a finding is reused.
    cache: p.col.type !== "text" || p.col.codeTable ? new Map<string, CncaValue>() : null,
  };
}

/** Reads rows [from, to) of one column. */
function readBlock(c: ColumnRead, grid: SheetGrid, rows: number[], from: number, to: number): void {
  const { column, ctx, cache } = c;
  const { values, state, index } = column;
  for (let i = from; i < to; i++) {
    const raw = grid.cells[(rows[i] ?? 1) - 1]?.[index];
    if (cache && typeof raw === "string") {
      const hit = cache.get(raw);
      if (hit !== undefined) {
        values[i] = hit;
        state[i] = OK;
        continue;
      }
    }
    if (isBlankCell(raw)) continue;
    ctx.row = rows[i] ?? 0;
    if (isErrorValue(raw)) {
      ctx.sink.add("CELL-ERROR-VALUE", ctx.sheet, ctx.row, ctx.column, {
        column: column.col.header,
        columnEn: column.col.code,
        value: showCell(raw),
      });
      state[i] = BAD;
      continue;
    }
    const before = ctx.sink.made;
    const v = readCncaCell(ctx, raw ?? null);
    if (v === UNREADABLE) state[i] = BAD;
    else {
      values[i] = v;
      state[i] = OK;
      if (cache && typeof raw === "string" && ctx.sink.made === before && cache.size < CACHE_LIMIT)
        cache.set(raw, v);
    }
  }
}

function presentColumns(match: CncaMatch): { col: LayoutColumn; index: number }[] {
  return match.sheet.columns.flatMap((col, k) => {
    const index = match.columnAt[k] ?? -1;
    return index >= 0 ? [{ col, index }] : [];
  });
}

/**
 * Which rows of a recognised sheet are data (1-based): below the header block, blank rows and a
 * header repeated inside the data left out. Shared by validation and statistics (one decision).
 */
export function cncaDataRows(
  grid: SheetGrid,
  match: CncaMatch,
  structure: Structure,
): { rows: number[]; blanks: number[]; headers: number[] } {
  const present = presentColumns(match);
  const rows: number[] = [];
  const blanks: number[] = [];
  const headers: number[] = [];
  for (let r = structure.dataStart - 1; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    if (!cells || present.every((p) => isBlankCell(cells[p.index]))) blanks.push(r + 1);
    else if (isHeaderLike(cells, match)) headers.push(r + 1);
    else rows.push(r + 1);
  }
  return { rows, blanks, headers };
}

/** Reads the data rows of a recognised sheet. */
export function readCncaSheet(
  grid: SheetGrid,
  match: CncaMatch,
  structure: Structure,
  sink: FindingSink,
): CncaSheet {
  const present = presentColumns(match);
  const { rows, blanks, headers } = cncaDataRows(grid, match, structure);
  for (const r of headers) sink.add("CNCA-HEADER-IN-DATA", grid.name, r, 0, { sheet: match.sheet.name });
  reportBlankRows(grid.name, blanks, rows, sink);
  const sheet = new CncaSheet(grid.name, match.layout, match.sheet, match, structure.headerRow, rows);
  const columns = present.map((p) => columnRead(p, rows.length, grid.name, match.sheet.name));
  // A block of rows across every column at a time, as the friendly reader does (read.ts).
  for (let from = 0; from < rows.length; from += BLOCK) {
    const to = Math.min(rows.length, from + BLOCK);
    for (const c of columns) readBlock(c, grid, rows, from, to);
  }
  for (const c of columns) {
    c.ctx.sink.handTo(sink, grid.name, c.ctx.column);
    sheet.columns.set(c.column.col.code, c.column);
  }
  return sheet;
}

/** Blank rows between data rows (not the ones after the last): one finding naming them. */
function reportBlankRows(sheet: string, blanks: number[], rows: number[], sink: FindingSink): void {
  const last = rows[rows.length - 1] ?? 0;
  const inside = blanks.filter((r) => r < last);
  if (inside.length === 0) return;
  const shown = inside.slice(0, 5).join("、");
  sink.add("CNCA-BLANK-ROWS", sheet, inside[0] ?? 0, 0, {
    rows: inside.length > 5 ? `${shown} 等 ${inside.length} 行` : shown,
    rowsEn:
      inside.length > 5
        ? `${inside.slice(0, 5).join(", ")} and ${inside.length - 5} more`
        : inside.join(", "),
  });
}
