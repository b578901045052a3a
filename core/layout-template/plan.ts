/**
 * What an empty workbook in a report layout holds (issue 7 item 5), decided once for both writers —
 * `certdesk template cnca-2016` (exceljs) and the pane's 插入模板 (the Workbook door): per sheet of
 * the layout, the exact sheet name; for CNCA's template shape the A1 sheet code, A2:A4 / A5:A7
 * merged titles, B1..B7 row labels and A8 hint; the header block (field code, numbered header,
 * type, length, 填表说明, 校验级别, 是否公开) column by column; frozen panes at C3 as the template
 * has them; a drop-down list ("code label") on every coded column; text format on every text
 * column. Everything comes from the layout data (core/validation/layouts); nothing is restated here.
 */
import { columnName } from "../sheet/a1";
import { TEMPLATE_ROWS } from "../validation/template-plan";
import {
  codeLabel,
  codeTable,
  getLayout,
  type Layout,
  type LayoutColumn,
  type LayoutSheet,
} from "../validation/layouts";

/** CNCA's template fills: grey for the sheet code, labels and field-code row, cyan for the field header cells. */
export const TEMPLATE_FILLS = { frame: "#C0C0C0", field: "#00FFFF" } as const;

/**
 * Dates are text in the template's own form (YYYY-MM-DD): the ERP exporters whose files the
 * platform accepted write every value as text (CNCA-FORMAT.md §2), and a typed 2026-10-15 then
 * stays exactly that instead of becoming a serial number with a locale format.
 */
const TEXT_FORMAT = "@";
const NUMBER_FORMAT = "General";

/**
 * CNCA's own hint in A8 (「元格」 sic). Its files carry it on 证书信息表 and 审核计划信息表 only
 * (templ.xls, plan.xls), so only those sheets get it.
 */
const HINTED_ROLES: ReadonlySet<string> = new Set(["certificates", "plan"]);
export const DATA_HINT = (cell: string): string => `从${cell}元格开始填写上报信息`;

export interface LayoutTemplateColumn {
  letter: string;
  code: string;
  header: string;
  numberFormat: string;
  /** Data rows of the column, e.g. "C8:C10007". */
  range: string;
  /** "02 暂停"…; empty for a column without a code table. */
  items: string[];
  listName: string;
  /** Refuse values outside the list: verified, complete tables on single-value columns only. */
  strictList: boolean;
}

export interface TemplateFill {
  range: string;
  color: string;
}

export interface LayoutTemplateSheet {
  id: string;
  /** The exact name the platform requires. */
  name: string;
  /** Rows 1 … firstDataRow − 1 (and the hint in row firstDataRow, column A), top-left at A1. */
  cells: (string | null)[][];
  merges: string[];
  fills: TemplateFill[];
  /** Frozen panes: columns left of and rows above the split (C3 → 2 and 2). */
  frozen: { columns: number; rows: number };
  columns: LayoutTemplateColumn[];
  /** The header block, e.g. "A1:BW7". */
  headerRange: string;
  firstDataRow: number;
}

export interface LayoutTemplatePlan {
  layoutId: string;
  title: string;
  sheets: LayoutTemplateSheet[];
}

/** The list a coded column offers: "code label", industry restricted to its 4-digit classes. */
export function columnItems(column: LayoutColumn): string[] {
  if (column.codeTable === undefined) return [];
  const table = codeTable(column.codeTable);
  if (table === undefined) return [];
  const codes = Object.keys(table.values).filter(
    (code) => table.classWidth === undefined || code.length === table.classWidth,
  );
  return codes.map((code) => codeLabel(table, code));
}

function numberFormat(column: LayoutColumn): string {
  return column.type === "number" ? NUMBER_FORMAT : TEXT_FORMAT;
}

/** Header block cells of one field column, rows 1 … header rows, as the template writes them. */
function headerCells(sheet: LayoutSheet, column: LayoutColumn, rows: number): (string | null)[] {
  const cells: (string | null)[] = Array.from({ length: rows }, () => null);
  const put = (row: number | undefined, value: string | undefined) => {
    if (row !== undefined && value !== undefined && value !== "") cells[row - 1] = value;
  };
  const h = sheet.headerRows;
  put(h.fieldCode, column.code);
  put(h.header, column.header);
  put(h.type, column.template?.type);
  put(h.length, column.template?.length);
  put(h.note, column.template?.note);
  put(h.level, column.template?.level);
  put(h.public, column.template?.public);
  return cells;
}

function sheetPlan(layout: Layout, sheet: LayoutSheet): LayoutTemplateSheet {
  const headerRowCount = sheet.firstDataRow - 1;
  const first = sheet.firstColumn;
  const lastColumn = first + sheet.columns.length - 1;
  const cells: (string | null)[][] = Array.from({ length: headerRowCount }, () =>
    Array.from({ length: lastColumn }, () => null),
  );
  const merges: string[] = [];
  const fills: TemplateFill[] = [];
  // CNCA's template shape: codes and titles in column A, row labels in column B, fields from C.
  const framed = first === 3 && sheet.rowLabels !== undefined && headerRowCount >= 7;
  if (framed) {
    if (sheet.sheetCode !== undefined) cells[0]![0] = sheet.sheetCode;
    cells[1]![0] = layout.workbookTitle ?? null;
    cells[4]![0] = sheet.name;
    merges.push("A2:A4", "A5:A7");
    sheet.rowLabels!.forEach((label, i) => (cells[i]![1] = label));
    fills.push({ range: `A1:B${headerRowCount}`, color: TEMPLATE_FILLS.frame });
  }
  const columns = sheet.columns.map((column, i): LayoutTemplateColumn => {
    const letter = columnName(first + i);
    headerCells(sheet, column, headerRowCount).forEach((value, r) => (cells[r]![first + i - 1] = value));
    const items = columnItems(column);
    const table = column.codeTable === undefined ? undefined : codeTable(column.codeTable);
    return {
      letter,
      code: column.code,
      header: column.header,
      numberFormat: numberFormat(column),
      range: `${letter}${sheet.firstDataRow}:${letter}${sheet.firstDataRow + TEMPLATE_ROWS - 1}`,
      items,
      listName: table?.name ?? column.header,
      strictList: items.length > 0 && !column.multi && table?.unknown === "error",
    };
  });
  const lastLetter = columnName(lastColumn);
  const firstLetter = columnName(first);
  if (framed && sheet.headerRows.fieldCode !== undefined) {
    const codeRow = sheet.headerRows.fieldCode;
    fills.push({ range: `${firstLetter}${codeRow}:${lastLetter}${codeRow}`, color: TEMPLATE_FILLS.frame });
    fills.push({
      range: `${firstLetter}${codeRow + 1}:${lastLetter}${headerRowCount}`,
      color: TEMPLATE_FILLS.field,
    });
  }
  const hinted = framed && HINTED_ROLES.has(sheet.role);
  return {
    id: sheet.id,
    name: sheet.name,
    cells: hinted ? [...cells, [DATA_HINT(`${firstLetter}${sheet.firstDataRow}`)]] : cells,
    merges,
    fills,
    // The 2016 template freezes at C3 (CNCA-FORMAT.md §2); a one-row header freezes below itself.
    frozen: framed ? { columns: 2, rows: 2 } : { columns: 0, rows: headerRowCount },
    columns,
    headerRange: `A1:${lastLetter}${headerRowCount}`,
    firstDataRow: sheet.firstDataRow,
  };
}

/** Ids of the CNCA layouts a template can be written for (the friendly sheets have their own plan). */
export function cncaLayoutIds(layouts: readonly Layout[]): string[] {
  return layouts.filter((l) => l.family === "cnca").map((l) => l.id);
}

/** The template of a CNCA layout; `sheetIds` narrows it to some of its sheets (all by default). */
export function layoutTemplatePlan(layoutId: string, sheetIds?: readonly string[]): LayoutTemplatePlan {
  const layout = getLayout(layoutId);
  if (layout === undefined || layout.family !== "cnca") throw new Error(`no CNCA layout ${layoutId}`);
  const sheets = layout.sheets.filter((s) => sheetIds === undefined || sheetIds.includes(s.id));
  return { layoutId, title: layout.title, sheets: sheets.map((s) => sheetPlan(layout, s)) };
}
