/**
 * Findings about a sheet's header row (DOMAIN §9): merged header cells, required columns missing,
 * a column given twice, headers read through a synonym or unknown to the report, and columns out
 * of the CNCA template order.
 */
import type { FindingSink } from "./findings";
import type { HeaderMatch } from "./recognise";
import type { SheetGrid } from "./sheet";
import type { ReportSpec } from "./specs/column";
import { columnLetters } from "../sheet/a1";

/** "B2:D3" → its bounds (1-based), or null for anything else. */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(range.trim().toUpperCase());
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1] ?? "A");
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** How many merged ranges a message names before "等 n 处". */
const MERGED_SHOWN = 5;

/**
 * Merged cells crossing the header row: one finding for the sheet (one fix, "unmerge the header"),
 * on the leftmost range's cell, naming the ranges and relating the others — not one error per
 * column, which would count a two-row CNCA-style header as dozens of errors.
 */
export function checkMergedHeader(grid: SheetGrid, headerRow: number, sink: FindingSink): void {
  const hits: { range: string; c1: number }[] = [];
  for (const range of grid.merged ?? []) {
    const b = parseRange(range);
    if (!b || b.r1 > headerRow || b.r2 < headerRow || (b.r1 === b.r2 && b.c1 === b.c2)) continue;
    hits.push({ range, c1: b.c1 });
  }
  if (hits.length === 0) return;
  hits.sort((x, y) => x.c1 - y.c1);
  const [first, ...rest] = hits;
  if (!first) return;
  const names = hits.slice(0, MERGED_SHOWN).map((h) => h.range);
  const more = hits.length - names.length;
  sink.add(
    "HEADER-MERGED",
    grid.name,
    headerRow,
    first.c1,
    {
      range: more > 0 ? `${names.join("、")} 等 ${hits.length} 处` : names.join("、"),
      rangeEn: more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", "),
    },
    { related: rest.map((h) => `${columnLetters(h.c1)}${headerRow}`) },
  );
}

export function checkHeaderRow(
  grid: SheetGrid,
  match: HeaderMatch,
  spec: ReportSpec,
  sink: FindingSink,
): void {
  const row = match.headerRow;
  const title = { title: spec.title, titleEn: spec.titleEn };
  for (const col of match.missingRequired) {
    const c = spec.columns[col];
    if (c)
      sink.add(
        "HEADER-MISSING",
        grid.name,
        row,
        0,
        { column: c.header, columnEn: c.headerEn },
        { clause: spec.clause },
      );
  }
  for (const d of match.duplicates) {
    const c = spec.columns[d.col];
    if (c)
      sink.add("HEADER-DUPLICATE", grid.name, row, d.second + 1, {
        column: c.header,
        first: columnLetters(d.first + 1),
        second: columnLetters(d.second + 1),
      });
  }
  for (const m of match.matched) {
    const c = spec.columns[m.col];
    if (c && !m.exact)
      sink.add("HEADER-NOT-EXACT", grid.name, row, m.index + 1, {
        found: m.found,
        column: c.header,
        columnEn: c.headerEn,
      });
  }
  for (const u of match.unknown)
    sink.add("HEADER-UNKNOWN", grid.name, row, u.index + 1, { found: u.found, ...title });
  checkOrder(grid, match, spec, sink);
}

/** CNCA's upload fixes the column order: report the first template column out of place. */
function checkOrder(grid: SheetGrid, match: HeaderMatch, spec: ReportSpec, sink: FindingSink): void {
  const present = match.matched.filter((m) => !spec.columns[m.col]?.extra);
  const expected = [...present].sort((a, b) => a.col - b.col);
  const actual = [...present].sort((a, b) => a.index - b.index);
  for (let k = 0; k < actual.length; k++) {
    const got = actual[k];
    if (!got || got.col === expected[k]?.col) continue;
    const c = spec.columns[got.col];
    const templatePos = spec.columns.filter((x) => !x.extra).findIndex((x) => x.key === c?.key) + 1;
    sink.add("HEADER-ORDER", grid.name, match.headerRow, got.index + 1, {
      column: c?.header ?? "",
      expected: templatePos,
      actual: got.index + 1,
    });
    return;
  }
}
