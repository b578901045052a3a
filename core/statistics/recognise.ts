/**
 * Which layout a sheet follows, by its headers (field meanings, never column letters): every sheet
 * of every known layout that carries certificates, team members or auditors is a candidate; the
 * header row is searched in the first rows and matched on header text, its variants and the CNCA
 * field code, tolerant of spaces, full-width brackets and a different item number ("21、" vs "22.").
 */
import { listLayouts, type LayoutSheet } from "../validation/layouts";
import { headerKey, HEADER_SEARCH_ROWS } from "../validation/recognise";
import type { CellValue } from "../validation/sheet";

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

/** The best layout sheet for a grid, or null when no candidate's headers are there. */
export function recogniseStatsSheet(cells: readonly (readonly CellValue[])[]): Recognised | null {
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
