/**
 * Which layout a sheet follows. A sheet in one of CNCA's layouts is recognised by the validator's
 * own recogniser and read from the rows its reader takes (core/validation/cnca: the field-code
 * row or numbered headers, a renamed sheet, edited headers, data below the header block with
 * blank rows and repeated headers left out), so a sheet `certdesk validate` calls 证书信息表 is the
 * sheet statistics counts — one decision in one place. Other sheets are matched on the friendly
 * layout's headers (field meanings, never column letters), searched in the first rows, tolerant of
 * spaces, full-width brackets and a different item number ("21、" vs "22.").
 */
import { FindingSink } from "../validation/findings";
import { cncaDataRows } from "../validation/cnca/read";
import { recogniseCnca, type CncaMatch } from "../validation/cnca/recognise";
import { checkStructure } from "../validation/cnca/structure";
import { listLayouts, type LayoutSheet } from "../validation/layouts";
import { headerKey, HEADER_SEARCH_ROWS } from "../validation/recognise";
import type { CellValue, SheetGrid } from "../validation/sheet";

export type SheetKind = "certificates" | "team" | "auditors";

interface Candidate {
  layout: string;
  sheet: LayoutSheet;
  kind: SheetKind;
  lookup: Map<string, string>;
  /** Rows between the header row and the first data row (CNCA: type, length, notes …). */
  dataOffset: number;
}

export interface Recognised {
  layout: string;
  layoutSheet: string;
  kind: SheetKind;
  /** 1-based. */
  headerRow: number;
  firstDataRow: number;
  /** Field meaning → 1-based column. */
  columns: Record<string, number>;
  /** 1-based data rows as the validator's reader takes them (CNCA layouts); else every non-blank row from firstDataRow. */
  rows?: number[];
}

/**
 * A sheet the validator recognised in a CNCA layout that statistics does not count (能源绩效信息表,
 * 审核计划信息表): named with its layout, so a list of sheets says what it is and why it is left out.
 */
export interface NotCounted {
  layout: string;
  layoutSheet: string;
  kind: null;
}

const KIND_OF_ROLE: Readonly<Record<string, SheetKind>> = {
  certificates: "certificates",
  register: "certificates",
  team: "team",
  auditors: "auditors",
};

/** What a sheet of each kind must carry to be used. */
const NEEDS: Readonly<Record<SheetKind, { all: string[]; min: number }>> = {
  certificates: { all: ["certNo"], min: 4 },
  team: { all: ["name"], min: 3 },
  auditors: { all: ["name", "totalDays"], min: 3 },
};

/** "21、认证证书号" and "22.认证证书号" compare equal; so do "证书号" written with spaces or (必填). */
function keysOf(text: string): string[] {
  const key = headerKey(text);
  const bare = key.replace(/^\d+[、.．]/, "");
  return bare === key ? [key] : [key, bare];
}

function candidates(): Candidate[] {
  const list: Candidate[] = [];
  for (const layout of listLayouts()) {
    // CNCA's layouts are the validator's to recognise (recogniseCnca below).
    if (layout.family === "cnca") continue;
    for (const sheet of layout.sheets) {
      const kind = KIND_OF_ROLE[sheet.role];
      if (!kind) continue;
      const lookup = new Map<string, string>();
      for (const column of sheet.columns) {
        for (const text of [column.header, ...(column.headerVariants ?? []), column.code])
          for (const key of keysOf(text)) if (key !== "" && !lookup.has(key)) lookup.set(key, column.meaning);
      }
      const header = sheet.headerRows.header;
      const dataOffset = sheet.floatingHeader ? 1 : Math.max(1, sheet.firstDataRow - header);
      list.push({ layout: layout.id, sheet, kind, lookup, dataOffset });
    }
  }
  return list;
}

let cached: Candidate[] | null = null;

function match(candidate: Candidate, row: readonly CellValue[]): Record<string, number> {
  const columns: Record<string, number> = {};
  row.forEach((cell, index) => {
    if (typeof cell !== "string" || cell === "") return;
    for (const key of keysOf(cell)) {
      const meaning = candidate.lookup.get(key);
      if (meaning !== undefined && columns[meaning] === undefined) {
        columns[meaning] = index + 1;
        break;
      }
    }
  });
  return columns;
}

/** A sheet the validator recognised in a CNCA layout, with the rows its reader takes. */
function fromCnca(grid: SheetGrid, match: CncaMatch): Recognised | NotCounted {
  const kind = KIND_OF_ROLE[match.sheet.role];
  if (!kind) return { layout: match.layout.id, layoutSheet: match.sheet.id, kind: null };
  // The structure's findings are the validator's to report; statistics needs only where data start.
  const structure = checkStructure(grid, match, new FindingSink());
  const columns: Record<string, number> = {};
  match.sheet.columns.forEach((c, k) => {
    const at = match.columnAt[k] ?? -1;
    if (at >= 0 && columns[c.meaning] === undefined) columns[c.meaning] = at + 1;
  });
  return {
    layout: match.layout.id,
    layoutSheet: match.sheet.id,
    kind,
    headerRow: structure.headerRow,
    firstDataRow: structure.dataStart,
    columns,
    rows: cncaDataRows(grid, match, structure).rows,
  };
}

/**
 * The layout sheet of a grid; `kind: null` for a CNCA sheet statistics does not count; null when
 * no layout is recognised. `name` is the sheet's name: CNCA's recogniser uses it to settle a tie
 * between layouts.
 */
export function recogniseStatsSheet(
  cells: readonly (readonly CellValue[])[],
  name = "",
): Recognised | NotCounted | null {
  const grid: SheetGrid = { name, cells: cells as CellValue[][] };
  const cnca = recogniseCnca(grid);
  if (cnca) return fromCnca(grid, cnca);
  return recogniseFriendly(cells);
}

function recogniseFriendly(cells: readonly (readonly CellValue[])[]): Recognised | null {
  cached ??= candidates();
  let best: (Recognised & { score: number; share: number }) | null = null;
  const rows = Math.min(HEADER_SEARCH_ROWS, cells.length);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    if (!row) continue;
    for (const candidate of cached) {
      const columns = match(candidate, row);
      const found = Object.keys(columns).length;
      const needs = NEEDS[candidate.kind];
      if (found < needs.min || needs.all.some((m) => columns[m] === undefined)) continue;
      const share = found / candidate.sheet.columns.length;
      if (best && (found < best.score || (found === best.score && share <= best.share))) continue;
      best = {
        layout: candidate.layout,
        layoutSheet: candidate.sheet.id,
        kind: candidate.kind,
        headerRow: r + 1,
        firstDataRow: r + 1 + candidate.dataOffset,
        columns,
        score: found,
        share,
      };
    }
  }
  if (!best) return null;
  const { score: _score, share: _share, ...recognised } = best;
  return recognised;
}
