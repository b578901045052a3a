/**
 * Recognising a sheet in one of CNCA's fixed layouts (issue 7 item 2): by its field-code row
 * (`ORG_NAME` …), or by its numbered headers (「3、获证组织名称（主要名称）」, also written 「3.…」),
 * wherever they sit in the first rows and whatever the sheet is called. Every sheet definition
 * of every CNCA layout is scored; the best above the threshold wins. Columns are then located by
 * field code (or item number), so a moved or renamed column is still read by its meaning.
 */
import { listLayouts, type Layout, type LayoutColumn, type LayoutSheet } from "../layouts";
import type { CellValue, SheetGrid } from "../sheet";
import { isErrorValue, isNfkcStable } from "../text";

/** The template's header block is 7 rows; a title or note row or two above it is tolerated. */
export const CNCA_SEARCH_ROWS = 12;
const MIN_SCORE = 0.5;
const MIN_MATCHES = 3;

export type RecognisedBy = "field-codes" | "numbered-headers";

export interface CncaMatch {
  /** The layout that defines the sheet (a 2016 sheet kept by the 2021 revision is 2016's). */
  layout: Layout;
  sheet: LayoutSheet;
  by: RecognisedBy;
  score: number;
  /** 1-based rows of the field-code row and the numbered-header row; 0 when absent. */
  codeRow: number;
  headerRow: number;
  /** Per layout column, the 0-based sheet column it was found in, or -1. */
  columnAt: number[];
}

/** A header cell as compared: NFKC, no spaces at all, full-width punctuation folded. */
export function headerForm(value: CellValue | undefined): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return "";
  // Every data row's first cell is compared with a header: most need no NFKC pass.
  return (isNfkcStable(value) ? value : value.normalize("NFKC"))
    .replace(/[\s\u200B-\u200D\uFEFF\u2060]+/g, "")
    .toUpperCase();
}

const NUMBERED = /^(\d{1,3})[、.,，:：]+(.*)$/;

/** 「3、获证组织名称」 / 「3.获证组织名称」 → item 3 and its text; null for an unnumbered header. */
export function numberedHeader(value: CellValue | undefined): { item: number; text: string } | null {
  const m = NUMBERED.exec(headerForm(value));
  return m ? { item: Number(m[1]), text: m[2] ?? "" } : null;
}

interface Candidate {
  layout: Layout;
  sheet: LayoutSheet;
  codes: Map<string, number>;
  items: Map<number, number>;
  /** Header text without its number → column, also for unnumbered headers. */
  texts: Map<string, number>;
  /** Cells of the header block that are not headers: A1's sheet code, the titles, column B's labels. */
  ignorable: Set<string>;
}

function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const layout of listLayouts()) {
    if (layout.family !== "cnca") continue;
    for (const sheet of layout.sheets) {
      if (layout.sheetOwner[sheet.id] !== layout.id) continue;
      const codes = new Map<string, number>();
      const items = new Map<number, number>();
      const texts = new Map<string, number>();
      sheet.columns.forEach((c, k) => {
        codes.set(c.code.toUpperCase(), k);
        if (c.item !== undefined) items.set(c.item, k);
        for (const h of [c.header, ...c.headerVariants]) {
          const n = numberedHeader(h);
          texts.set(n ? n.text : headerForm(h), k);
        }
      });
      const ignorable = new Set(
        [...(sheet.rowLabels ?? []), sheet.sheetCode ?? "", layout.workbookTitle ?? "", sheet.name]
          .map((t) => headerForm(t))
          .filter((t) => t !== ""),
      );
      out.push({ layout, sheet, codes, items, texts, ignorable });
    }
  }
  return out;
}

let cached: Candidate[] | null = null;
function allCandidates(): Candidate[] {
  cached ??= candidates();
  return cached;
}

/** Columns of one row found by field code: layout column → sheet column. */
function byCodes(row: CellValue[], cand: Candidate): Map<number, number> {
  const found = new Map<number, number>();
  row.forEach((v, index) => {
    if (isErrorValue(v)) return;
    const k = cand.codes.get(headerForm(v));
    if (k !== undefined && !found.has(k)) found.set(k, index);
  });
  return found;
}

/** Columns of one row found by numbered header: the number and the text must both fit. */
function byHeaders(row: CellValue[], cand: Candidate): Map<number, number> {
  const found = new Map<number, number>();
  row.forEach((v, index) => {
    if (isErrorValue(v)) return;
    const n = numberedHeader(v);
    let k: number | undefined;
    if (n) {
      const byItem = cand.items.get(n.item);
      const byText = cand.texts.get(n.text);
      // The number alone could be any layout's: the text must agree, or be absent ("3").
      k = byItem !== undefined && (byText === byItem || n.text === "") ? byItem : undefined;
    } else k = cand.texts.get(headerForm(v));
    if (k !== undefined && !found.has(k)) found.set(k, index);
  });
  return found;
}

function headerCells(row: CellValue[], cand: Candidate): number {
  return row.filter((v) => {
    const h = headerForm(v);
    return h !== "" && !cand.ignorable.has(h);
  }).length;
}

/** F-measure of "layout columns found" and "cells of the row that belong to the layout". */
function fScore(found: number, columns: number, cells: number): number {
  if (found === 0 || cells === 0) return 0;
  const recall = found / columns;
  const precision = Math.min(1, found / cells);
  return (2 * recall * precision) / (recall + precision);
}

/** Best row of one kind for one candidate. */
function bestRow(
  grid: SheetGrid,
  cand: Candidate,
  find: (row: CellValue[], cand: Candidate) => Map<number, number>,
): { row: number; found: Map<number, number>; score: number } {
  let best = { row: 0, found: new Map<number, number>(), score: 0 };
  const rows = Math.min(CNCA_SEARCH_ROWS, grid.cells.length);
  for (let r = 0; r < rows; r++) {
    const cells = grid.cells[r] ?? [];
    const found = find(cells, cand);
    if (found.size < MIN_MATCHES) continue;
    const score = fScore(
      found.size,
      cand.sheet.columns.length,
      Math.max(found.size, headerCells(cells, cand)),
    );
    if (score > best.score) best = { row: r + 1, found, score };
  }
  return best;
}

/** Whether a candidate's layout is one of `prefer`, or includes the candidate's sheet (2021 keeps 2016's). */
function preferred(cand: Candidate, prefer: ReadonlySet<string>): boolean {
  if (prefer.has(cand.layout.id)) return true;
  for (const layout of listLayouts())
    if (prefer.has(layout.id) && layout.sheetOwner[cand.sheet.id] === cand.layout.id) return true;
  return false;
}

/** Located columns standing where the candidate's layout puts them (2016 from C, 2014/2015 from A). */
function inPlace(sheet: LayoutSheet, columnAt: readonly number[]): number {
  return columnAt.filter((at, k) => at >= 0 && at === sheet.firstColumn - 1 + k).length;
}

/** Whether A1 of the header block holds the candidate's sheet code (103011 for 2016's 审核结果信息表). */
function coded(grid: SheetGrid, sheet: LayoutSheet, codeRow: number, headerRow: number): boolean {
  if (sheet.sheetCode === undefined) return false;
  const anchor =
    codeRow > 0
      ? codeRow - ((sheet.headerRows.fieldCode ?? 1) - 1)
      : headerRow - (sheet.headerRows.header - 1);
  return anchor >= 1 && headerForm(grid.cells[anchor - 1]?.[0]) === sheet.sheetCode;
}

/**
 * How a candidate ranks against another of the same score: its own sheet code in A1, then the
 * layout of the workbook's other sheets, then the columns where the layout puts them, then the
 * sheet's name, then the weaker kind of evidence (a 2014 team sheet differs from 2015's by one
 * header, not by a field code).
 */
type Rank = [score: number, coded: number, preferred: number, inPlace: number, named: number, weaker: number];

function better(a: Rank, b: Rank): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false; // a full tie goes to the newer layout, listed first
}

/**
 * The CNCA sheet a grid holds, or null when it is in no CNCA layout. `prefer` names the layouts
 * the workbook's other sheets are in: the 2014, 2015 and 2016 审核结果信息表 share their field
 * codes, so a tie between them goes to the upload's own layout (see `recogniseCncaSheets`).
 */
export function recogniseCnca(grid: SheetGrid, prefer: ReadonlySet<string> = new Set()): CncaMatch | null {
  let best: CncaMatch | null = null;
  let bestRank: Rank | null = null;
  for (const cand of allCandidates()) {
    const codes = bestRow(grid, cand, byCodes);
    const headers = bestRow(grid, cand, byHeaders);
    const score = Math.max(codes.score, headers.score);
    if (score < MIN_SCORE) continue;
    const columnAt = cand.sheet.columns.map(
      (_, k) => codes.found.get(k) ?? (headers.score > 0 ? headers.found.get(k) : undefined) ?? -1,
    );
    if (headers.score > 0) locateEdited(grid.cells[headers.row - 1] ?? [], cand.sheet, columnAt);
    const named = grid.name === cand.sheet.name || cand.sheet.nameVariants.includes(grid.name);
    const rank: Rank = [
      score,
      coded(grid, cand.sheet, codes.score > 0 ? codes.row : 0, headers.score > 0 ? headers.row : 0) ? 1 : 0,
      preferred(cand, prefer) ? 1 : 0,
      inPlace(cand.sheet, columnAt),
      named ? 1 : 0,
      Math.min(codes.score, headers.score),
    ];
    if (bestRank && !better(rank, bestRank)) continue;
    bestRank = rank;
    best = {
      layout: cand.layout,
      sheet: cand.sheet,
      by: codes.score >= headers.score ? "field-codes" : "numbered-headers",
      score: Math.round(score * 1000) / 1000,
      codeRow: codes.score > 0 ? codes.row : 0,
      headerRow: headers.score > 0 ? headers.row : 0,
      columnAt,
    };
  }
  return best;
}

/**
 * The CNCA sheets of a workbook, one decision for every reader (validation, statistics): each sheet
 * recognised alone, then again preferring the layouts the other sheets were recognised in, so a
 * 审核结果信息表 beside a 2015 证书信息表 is 2015's, and beside a 2016 one is 2016's even with its
 * label columns deleted (then one CNCA-COLUMNS-SHIFTED, not a mixed upload).
 */
export function recogniseCncaSheets(grids: readonly SheetGrid[]): (CncaMatch | null)[] {
  const alone = grids.map((grid) => recogniseCnca(grid));
  return grids.map((grid, i) => {
    if (alone[i] === null) return null;
    const others = new Set(
      alone.filter((m, j): m is CncaMatch => m !== null && j !== i).map((m) => m.layout.id),
    );
    return others.size === 0 ? alone[i]! : recogniseCnca(grid, others);
  });
}

/** A header whose text was edited still carries its item number: the column is found by it. */
function locateEdited(row: CellValue[], sheet: LayoutSheet, columnAt: number[]): void {
  const taken = new Set(columnAt);
  sheet.columns.forEach((c, k) => {
    if (columnAt[k] !== -1 || c.item === undefined) return;
    const index = row.findIndex((v, i) => !taken.has(i) && numberedHeader(v)?.item === c.item);
    if (index >= 0) {
      columnAt[k] = index;
      taken.add(index);
    }
  });
}

/** The column a layout column is expected in (0-based), given where the layout puts its first field. */
export function expectedIndex(sheet: LayoutSheet, column: LayoutColumn): number {
  return sheet.firstColumn - 1 + sheet.columns.indexOf(column);
}

/** What `detectLayout` tells an adapter (the pane's sheet list, conversion): plain data. */
export interface LayoutDetection {
  layout: string;
  version: string;
  title: string;
  /** Template sheet (证书信息表 …) and its role. */
  sheet: string;
  role: string;
  by: RecognisedBy;
  score: number;
}

/** The CNCA layout and template sheet a grid is in, or null (then the friendly detection applies). */
export function detectLayout(grid: SheetGrid): LayoutDetection | null {
  const m = recogniseCnca(grid);
  return m
    ? {
        layout: m.layout.id,
        version: m.layout.version,
        title: m.layout.title,
        sheet: m.sheet.name,
        role: m.sheet.role,
        by: m.by,
        score: m.score,
      }
    : null;
}
