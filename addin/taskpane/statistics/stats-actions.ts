/**
 * What the statistics pane does to a workbook, through the Workbook door only: find the sheets that
 * hold certificates, team members or auditors; compute the statistics over the chosen ones (one
 * core call); write the 年报统计YYYY sheet with its chart. The register is only read. A sheet of
 * that name is replaced only when the caller says the user confirmed. No React here.
 */
import {
  annualStatistics,
  emptyStatsInput,
  readStatsSheet,
  statsSheetName,
  statsSheetPlan,
  type AnnualStatistics,
  type StatsInput,
  type StatsOptions,
  linkFormula,
  formatRange,
} from "../../../core";
import type { Workbook } from "../../workbook/workbook";

/** A sheet as `certdesk stats --json` lists it under `sheets`: what it holds, its layout, its rows. */
export interface StatsSheetEntry {
  name: string;
  /** What the sheet holds; null when statistics does not count it. */
  kind: "certificates" | "team" | "auditors" | null;
  /** Also named for a CNCA sheet left out (能源绩效信息表); null when no layout is recognised. */
  layout: string | null;
  /** Data rows statistics takes from it. */
  rows: number;
}

export const KIND_LABELS: Readonly<Record<string, string>> = {
  certificates: "证书",
  team: "审核组",
  auditors: "审核人员",
};

/** The label a statistics row shows for "this workbook" as the source file. */
export const THIS_WORKBOOK = "本工作簿";

/**
 * Every sheet read the way `certdesk stats` reads a file's sheets (readStatsSheet: the validator's
 * CNCA recognition, the friendly headers, the same data rows), so the list shows what the CLI
 * would count. The records are dropped; computeStats reads the chosen sheets afresh.
 */
export async function loadStatsSheets(workbook: Workbook): Promise<StatsSheetEntry[]> {
  const entries: StatsSheetEntry[] = [];
  for (const sheet of await workbook.listSheets()) {
    const grid = { name: sheet.name, cells: await workbook.readSheet(sheet.name) };
    const read = readStatsSheet(grid, THIS_WORKBOOK, 0, emptyStatsInput());
    const kind = read.kind === "ignored" ? null : read.kind;
    entries.push({ name: sheet.name, kind, layout: read.layout, rows: read.rows });
  }
  return entries;
}

/** How the pane names a sheet in its list: 证书 · cnca-2016 · 48 行, cnca-2016 · 不计入统计, 未识别. */
export function sheetLabel(entry: StatsSheetEntry): string {
  if (entry.kind) return `${KIND_LABELS[entry.kind]} · ${entry.layout ?? ""} · ${entry.rows} 行`;
  return entry.layout ? `${entry.layout} · 不计入统计` : "未识别";
}

/** The chosen sheets' records, read afresh (the user may have edited them). */
export async function readChosenSheets(workbook: Workbook, sheets: readonly string[]): Promise<StatsInput> {
  const input = emptyStatsInput();
  for (const name of sheets)
    readStatsSheet({ name, cells: await workbook.readSheet(name) }, THIS_WORKBOOK, 0, input);
  return input;
}

/** Reads the chosen sheets afresh and computes everything in one core call. */
export async function computeStats(
  workbook: Workbook,
  sheets: readonly string[],
  options: StatsOptions,
): Promise<AnnualStatistics> {
  return annualStatistics(await readChosenSheets(workbook, sheets), options);
}

export type WriteOutcome = { written: string } | { exists: string };

/**
 * Writes 年报统计YYYY: rows in one block (finding links as HYPERLINK formulas to their cells),
 * titles bold, the column chart over the province table. When the sheet exists and `replace` is
 * false nothing is touched and the caller asks the user.
 */
export async function writeStatsSheet(
  workbook: Workbook,
  result: AnnualStatistics,
  profile: string,
  replace: boolean,
): Promise<WriteOutcome> {
  const name = statsSheetName(result.year);
  const existing = (await workbook.listSheets()).some((s) => s.name === name);
  if (existing && !replace) return { exists: name };
  if (existing) await workbook.deleteSheet(name);
  const plan = statsSheetPlan(result, profile);
  const rows = plan.rows.map((row) => [...row]);
  for (const link of plan.links)
    (rows[link.row - 1] as (string | number | null)[])[link.column - 1] = linkFormula({
      sheet: link.sheet,
      cell: link.cell,
      text: link.text,
    });
  const used = await workbook.addSheet(name);
  await workbook.writeBlock(used, "A1", rows);
  for (const row of plan.bold)
    await workbook.formatCells(used, formatRange({ top: row, bottom: row, left: 1, right: plan.width }), {
      bold: true,
    });
  await workbook.addChart(used, plan.chart);
  return { written: used };
}
