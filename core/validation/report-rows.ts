/**
 * A report sheet as plain rows, for modules that use report data rather than check it (the annual
 * statistics read the register, DOMAIN §10): the same recognition and cell reading as validation,
 * each row an object keyed by the spec's field keys (shape: `rowSchema(type)`), blank and
 * unreadable cells left out, with the findings reading produced.
 */
import { FindingSink } from "./findings";
import { readSheet } from "./read";
import { recogniseSheet } from "./recognise";
import type { Finding, SheetGrid } from "./sheet";
import { REPORT_SPECS } from "./specs";
import type { ReportType, TypeSource } from "./types";

export type ReportRow = { row: number } & Record<string, string | number | string[]>;

export interface ReportRows {
  type: ReportType | null;
  typeSource: TypeSource;
  headerRow: number;
  rows: ReportRow[];
  /** What reading found: header problems and unreadable cells (not the cross-row checks). */
  findings: Finding[];
}

export function readReport(grid: SheetGrid, type?: ReportType): ReportRows {
  const sink = new FindingSink();
  const { match } = recogniseSheet(grid, type);
  if (!match)
    return {
      type: type ?? null,
      typeSource: type ? "forced" : "unknown",
      headerRow: 0,
      rows: [],
      findings: [],
    };
  const parsed = readSheet(grid, match, REPORT_SPECS[match.type], sink);
  const rows: ReportRow[] = parsed.rows.map((row) => ({ row }) as ReportRow);
  for (const [key, column] of parsed.columns) {
    column.values.forEach((value, i) => {
      const target = rows[i];
      if (value !== undefined && target) target[key] = value;
    });
  }
  return {
    type: match.type,
    typeSource: type ? "forced" : "detected",
    headerRow: match.headerRow,
    rows,
    findings: sink.list,
  };
}
