/**
 * Writes the 年报统计YYYY workbook of `certdesk stats --out`: the sheet plan the core made (tables,
 * totals, findings, checks, merge), bold titles, links from each finding to its row in the source
 * file (relative to the output, so the folder can move together), and the column chart added
 * as DrawingML parts after exceljs wrote the package (exceljs writes no charts).
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { type StatsSheetPlan, addChartsToXlsx, parseRange, quoteSheetName } from "../../../core";
import { writeAtomically } from "./out-path";

const COLUMN_WIDTHS = [22, 34, 20, 18, 70, 26];

/** A link target Excel follows: the source workbook beside the output, then the sheet and cell. */
function linkTarget(out: string, file: string, sheet: string, cell: string): string {
  const relative = path.relative(path.dirname(out), path.resolve(file)).split(path.sep).join("/");
  // Excel writes relative targets as plain text with only spaces and "#" escaped.
  return `${relative.replace(/%/g, "%25").replace(/ /g, "%20").replace(/#/g, "%23")}#${quoteSheetName(sheet)}!${cell}`;
}

export async function writeStatsWorkbook(out: string, plan: StatsSheetPlan): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CertDesk";
  const sheet = workbook.addWorksheet(plan.name);
  plan.rows.forEach((row) => sheet.addRow(row.map((cell) => cell ?? null)));
  for (const row of plan.bold) sheet.getRow(row).font = { bold: true };
  COLUMN_WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const link of plan.links) {
    sheet.getCell(link.row, link.column).value = {
      text: link.text,
      hyperlink: linkTarget(out, link.file, link.sheet, link.cell),
    };
    sheet.getCell(link.row, link.column).font = { color: { argb: "FF0563C1" }, underline: true };
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const source = parseRange(plan.chart.source);
  const chartRows = plan.rows
    .slice(source.top - 1, source.bottom)
    .map((row) => row.slice(source.left - 1, source.right));
  const bytes = await addChartsToXlsx(written, [{ sheet: plan.name, chart: plan.chart, rows: chartRows }]);
  await writeAtomically(out, async () => bytes);
}
