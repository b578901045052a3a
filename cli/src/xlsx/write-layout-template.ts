/**
 * `certdesk template cnca-2016` (and the other CNCA layouts): the layout template plan
 * (core/layout-template/plan.ts, shared with the pane's 插入模板) written with exceljs — exact
 * sheet names, the header block with CNCA's merges, fills and frozen panes, text format on text
 * columns, a drop-down list on every coded column. Lists longer than an inline source allows go to
 * the hidden list sheet the friendly templates use.
 */
import ExcelJS from "exceljs";
import { columnName, layoutTemplatePlan, type LayoutTemplateSheet } from "../../../core";
import { LIST_SHEET, inlineSource } from "./write-template";

/** exceljs 4.4 has Worksheet.dataValidations.add(range, …) but leaves it out of its typings. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

export interface LayoutTemplateSummary {
  layout: string;
  sheets: { name: string; columns: number; lists: number }[];
}

/** Lists too long to be inline, one hidden column per distinct list, written after the layout's sheets. */
export class ListColumns {
  private readonly lists = new Map<string, { letter: string; items: string[] }>();

  source(items: string[]): string {
    const key = items.join("\n");
    let list = this.lists.get(key);
    if (list === undefined) {
      list = { letter: columnName(this.lists.size + 1), items };
      this.lists.set(key, list);
    }
    return `'${LIST_SHEET}'!$${list.letter}$1:$${list.letter}$${items.length}`;
  }

  /** The hidden sheet goes last, so the layout's sheets keep the template's order. */
  write(workbook: ExcelJS.Workbook): void {
    if (this.lists.size === 0) return;
    const sheet = workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
    for (const { letter, items } of this.lists.values())
      items.forEach((item, i) => (sheet.getCell(`${letter}${i + 1}`).value = item));
  }
}

function fillRange(sheet: ExcelJS.Worksheet, range: string, color: string): void {
  const [from, to] = range.split(":") as [string, string];
  const start = sheet.getCell(from);
  const end = sheet.getCell(to);
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
  for (let r = Number(start.row); r <= Number(end.row); r++)
    for (let c = Number(start.col); c <= Number(end.col); c++) sheet.getCell(r, c).fill = fill;
}

/**
 * Adds one layout sheet: its header block and, when given, data rows from the first data row (one
 * value per field). `lists` null: no drop-downs (an upload file carries nothing but CNCA's sheets).
 * Returns how many drop-down lists it added.
 */
export function addLayoutSheet(
  workbook: ExcelJS.Workbook,
  plan: LayoutTemplateSheet,
  lists: ListColumns | null,
  rows: readonly (string | number | null)[][] = [],
): number {
  const { columns: xSplit, rows: ySplit } = plan.frozen;
  const sheet = workbook.addWorksheet(plan.name, {
    views: [{ state: "frozen", xSplit, ySplit, topLeftCell: `${columnName(xSplit + 1)}${ySplit + 1}` }],
  });
  // Column styles first: Excel and WPS give them to every cell typed into the column later.
  plan.columns.forEach((column) => {
    const col = sheet.getColumn(column.letter);
    col.numFmt = column.numberFormat;
    col.width = Math.max(12, Math.min(40, column.header.length * 2 + 2));
  });
  plan.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = value;
    }),
  );
  for (const merge of plan.merges) sheet.mergeCells(merge);
  for (const { range, color } of plan.fills) fillRange(sheet, range, color);
  if (plan.cells.length > 1) sheet.getColumn(1).width = 14;
  const firstColumn = plan.columns.length === 0 ? 1 : sheet.getColumn(plan.columns[0]!.letter).number;
  rows.forEach((row, r) => {
    const target = sheet.getRow(plan.firstDataRow + r);
    row.forEach((value, c) => {
      if (value !== null) target.getCell(firstColumn + c).value = value;
    });
  });
  if (lists === null) return 0;

  let count = 0;
  for (const column of plan.columns) {
    if (column.items.length === 0) continue;
    const source = inlineSource(column.items) ?? lists.source(column.items);
    (sheet as unknown as RangeValidations).dataValidations.add(column.range, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: column.strictList,
      errorTitle: column.listName,
      error: `请从列表中选择「${column.listName}」/ choose a value from the list`,
    });
    count++;
  }
  return count;
}

/** Adds the sheets of a CNCA layout's template to `workbook`. */
export function addLayoutTemplate(workbook: ExcelJS.Workbook, layoutId: string): LayoutTemplateSummary {
  const plan = layoutTemplatePlan(layoutId);
  const lists = new ListColumns();
  const sheets = plan.sheets.map((sheet) => ({
    name: sheet.name,
    columns: sheet.columns.length,
    lists: addLayoutSheet(workbook, sheet, lists),
  }));
  lists.write(workbook);
  return { layout: layoutId, sheets };
}
