/**
 * Recognising a report sheet by its header row (DOMAIN §9): the header row is searched in the first
 * rows; headers match tolerant of spaces, full-width brackets, `*` marks and the spec's synonyms,
 * in any column order. Each report type gets a score; the best one above the threshold wins.
 */
import type { CellValue, SheetGrid } from "./sheet";
import { REPORT_SPECS } from "./specs";
import type { ColumnSpec } from "./specs/column";
import { REPORT_TYPES, type Detection, type ReportType } from "./types";
import { cleanText, isErrorValue } from "./text";

/** How many rows from the top may hold the header (titles and notes often sit above it). */
export const HEADER_SEARCH_ROWS = 10;
/** Below these a sheet is "unrecognised" rather than a poor report (see `scoreOf`). */
const MIN_SCORE = 0.5;
const MIN_REQUIRED_SHARE = 0.5;

/** The comparable form of a header: NFKC, no spaces, no `*` marks, no "(必填)", lower case. */
export function headerKey(value: CellValue | undefined): string {
  if (typeof value !== "string") return typeof value === "number" ? String(value) : "";
  return cleanText(value)
    .replace(/[\s*:：]+/g, "")
    .replace(/\((必填|选填|必填项|可选)\)/g, "")
    .toLowerCase();
}

/** A header without its parenthesised note: "组织员工数(有效人数)" → "组织员工数". */
function headerCore(key: string): string {
  return key.replace(/\([^)]*\)/g, "");
}

type Level = 0 | 1 | 2; // exact header, synonym, match after dropping parenthesised notes

interface Candidate {
  col: number;
  level: Level;
}

interface TypeIndex {
  columns: ColumnSpec[];
  lookup: Map<string, Candidate[]>;
  required: number;
}

function buildIndex(columns: ColumnSpec[]): TypeIndex {
  const lookup = new Map<string, Candidate[]>();
  const put = (key: string, cand: Candidate): void => {
    const list = lookup.get(key) ?? [];
    if (!list.some((c) => c.col === cand.col && c.level <= cand.level)) list.push(cand);
    lookup.set(key, list);
  };
  columns.forEach((c, col) => {
    const exact = headerKey(c.header);
    put(exact, { col, level: 0 });
    for (const s of c.synonyms) put(headerKey(s), { col, level: 1 });
    for (const name of [c.header, ...c.synonyms]) {
      const core = headerCore(headerKey(name));
      if (core && core !== headerKey(name)) put(core, { col, level: 2 });
    }
  });
  return { columns, lookup, required: columns.filter((c) => c.required).length };
}

const INDEXES = new Map<ReportType, TypeIndex>(
  REPORT_TYPES.map((t) => [t, buildIndex(REPORT_SPECS[t].columns)]),
);

export interface MatchedHeader {
  /** 0-based sheet column. */
  index: number;
  /** The header text as found. */
  found: string;
  /** Index into the spec's columns. */
  col: number;
  exact: boolean;
}

export interface HeaderMatch {
  type: ReportType;
  /** 1-based sheet row. */
  headerRow: number;
  score: number;
  /** Spec column index → 0-based sheet column, or -1 when absent. */
  columnAt: number[];
  matched: MatchedHeader[];
  duplicates: { col: number; first: number; second: number }[];
  unknown: { index: number; found: string }[];
  missingRequired: number[];
}

/** Matches one row's headers against one report type: required columns first, exact before synonyms. */
export function matchHeaderRow(
  row: CellValue[] | undefined,
  type: ReportType,
  headerRow: number,
): HeaderMatch {
  const idx = INDEXES.get(type);
  if (!idx) throw new Error(`unknown report type ${type}`);
  const cells = row ?? [];
  const keys: string[] = cells.map((v) => (isErrorValue(v) ? "" : headerKey(v)));
  const pairs: { index: number; col: number; rank: number; level: Level }[] = [];
  keys.forEach((key, index) => {
    if (!key) return;
    const cands = idx.lookup.get(key) ?? idx.lookup.get(headerCore(key)) ?? [];
    const viaCore = !idx.lookup.has(key);
    for (const c of cands) {
      const level: Level = viaCore ? 2 : c.level;
      const required = idx.columns[c.col]?.required ?? false;
      pairs.push({ index, col: c.col, level, rank: (required ? 0 : 3) + level });
    }
  });
  pairs.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const columnAt = idx.columns.map(() => -1);
  const cellTaken = new Map<number, number>();
  for (const p of pairs) {
    if (columnAt[p.col] !== -1 || cellTaken.has(p.index)) continue;
    columnAt[p.col] = p.index;
    cellTaken.set(p.index, p.level);
  }
  const matched: MatchedHeader[] = [];
  columnAt.forEach((index, col) => {
    if (index < 0) return;
    const found = String(cells[index] ?? "");
    matched.push({
      index,
      found,
      col,
      exact: found.replace(/[*＊]/g, "").trim() === idx.columns[col]?.header,
    });
  });
  const duplicates: HeaderMatch["duplicates"] = [];
  const unknown: HeaderMatch["unknown"] = [];
  keys.forEach((key, index) => {
    if (!key || cellTaken.has(index)) return;
    const dup = pairs.find((p) => p.index === index && (columnAt[p.col] ?? -1) >= 0);
    if (dup) duplicates.push({ col: dup.col, first: columnAt[dup.col] ?? -1, second: index });
    else unknown.push({ index, found: String(cells[index]) });
  });
  const missingRequired = idx.columns.flatMap((c, col) => (c.required && columnAt[col] === -1 ? [col] : []));
  const nonBlank = keys.filter((k) => k !== "").length;
  const exactCount = matched.filter((m) => cellTaken.get(m.index) === 0).length;
  const score = scoreOf(
    idx.required - missingRequired.length,
    idx.required,
    exactCount,
    matched.length - exactCount,
    nonBlank,
  );
  return { type, headerRow, score, columnAt, matched, duplicates, unknown, missingRequired };
}

/**
 * F-measure of "required columns found" (recall) and "headers that belong to this report"
 * (precision, a synonym counting 0.9). A monthly sheet holds every register column, so recall
 * alone would call it a register; precision tells them apart.
 */
function scoreOf(
  requiredFound: number,
  requiredTotal: number,
  exact: number,
  inexact: number,
  nonBlank: number,
): number {
  if (nonBlank === 0 || exact + inexact === 0) return 0;
  const recall = requiredTotal === 0 ? 1 : requiredFound / requiredTotal;
  const precision = (exact + 0.9 * inexact) / nonBlank;
  return recall + precision === 0
    ? 0
    : Math.round(((2 * recall * precision) / (recall + precision)) * 1000) / 1000;
}

/** The best header row for one type within the first rows. */
export function bestMatch(grid: SheetGrid, type: ReportType): HeaderMatch {
  let best: HeaderMatch | null = null;
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
  for (let r = 0; r < rows; r++) {
    const m = matchHeaderRow(grid.cells[r], type, r + 1);
    if (!best || m.score > best.score) best = m;
  }
  return best ?? matchHeaderRow([], type, 0);
}

function isRecognised(m: HeaderMatch): boolean {
  const required = INDEXES.get(m.type)?.required ?? 0;
  const share = required === 0 ? 1 : (required - m.missingRequired.length) / required;
  return m.score >= MIN_SCORE && share >= MIN_REQUIRED_SHARE;
}

/** Every type's best match, best first. */
export function rankTypes(grid: SheetGrid): HeaderMatch[] {
  return REPORT_TYPES.map((t) => bestMatch(grid, t)).sort(
    (a, b) => b.score - a.score || a.headerRow - b.headerRow,
  );
}

/** The report type of a sheet from its headers, with its score; `type: null` when none fits. */
export function detectSheetType(grid: SheetGrid): Detection {
  const ranked = rankTypes(grid);
  const top = ranked[0];
  const recognised = top !== undefined && isRecognised(top);
  return {
    type: recognised ? top.type : null,
    score: top?.score ?? 0,
    headerRow: recognised ? top.headerRow : 0,
    candidates: ranked.map((m) => ({ type: m.type, score: m.score, headerRow: m.headerRow })),
  };
}

/** The match used for validation: the forced type's best row, or the detected one. */
export function recogniseSheet(
  grid: SheetGrid,
  forced?: ReportType,
): { match: HeaderMatch | null; ranked: HeaderMatch[] } {
  if (forced) {
    const m = bestMatch(grid, forced);
    return { match: m.matched.length > 0 ? m : null, ranked: [m] };
  }
  const ranked = rankTypes(grid);
  const top = ranked[0];
  return { match: top && isRecognised(top) ? top : null, ranked };
}
