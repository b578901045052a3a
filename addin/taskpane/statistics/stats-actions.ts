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
  recogniseStatsSheet,
  statsSheetName,
  statsSheetPlan,
  type AnnualStatistics,
  type StatsOptions,
  linkFormula,
  formatRange,
} from "../../../core";
import type { Workbook } from "../../workbook/workbook";

export interface StatsSheetEntry {
  name: string;
  /** What the headers say the sheet holds; null when it holds none of them. */
  kind: "certificates" | "team" | "auditors" | null;
  layout: string | null;
}

export const KIND_LABELS: Readonly<Record<string, string>> = {
  certificates: "证书",
  team: "审核组",
  auditors: "审核人员",
};

/** The label a statistics row shows for "this workbook" as the source file. */
export const THIS_WORKBOOK = "本工作簿";

export async function loadStatsSheets(workbook: Workbook): Promise<StatsSheetEntry[]> {
  const entries: StatsSheetEntry[] = [];
  for (const sheet of await workbook.listSheets()) {
    const found = recogniseStatsSheet(await workbook.readSheet(sheet.name), sheet.name);
    entries.push({ name: sheet.name, kind: found?.kind ?? null, layout: found?.layout ?? null });
  }
  return entries;
}

/** Reads the chosen sheets afresh and computes everything in one core call. */
export async function computeStats(
  workbook: Workbook,
  sheets: readonly string[],
  options: StatsOptions,
): Promise<AnnualStatistics> {
  const input = emptyStatsInput();
  for (const name of sheets)
    readStatsSheet({ name, cells: await workbook.readSheet(name) }, THIS_WORKBOOK, 0, input);
  return annualStatistics(input, options);
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
