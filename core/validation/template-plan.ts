/**
 * What an empty report template holds (DOMAIN §9), decided once for both writers — the pane's
 * "插入模板" (through the Workbook door) and `certdesk template` (exceljs): exactly the CNCA
 * headers in order (from core/validation/specs), a dropdown of "code label" items for every
 * enumerated column, text format "@" for codes and IDs, the date format for dates. Pure.
 */
import { columnName } from "../sheet/a1";
import { cleanSheetName } from "../sheet/sheet-names";
import { REPORT_SPECS, columnListItems, templateColumns } from "./specs";
import type { ReportType } from "./types";

/**
 * Rows a template prepares (dropdowns, formats). Bounded rather than whole columns: a million-row
 * validation makes some readers (exceljs among them) expand it cell by cell.
 */
export const TEMPLATE_ROWS = 10_000;

export interface TemplateColumn {
  /** Column letter, "A"… */
  letter: string;
  header: string;
  headerEn: string;
  required: boolean;
  example: string | undefined;
  numberFormat: string;
  /** Data rows of the column, e.g. "F2:F10001". */
  range: string;
  /** Dropdown items, "0101 初次认证第一阶段"; empty for a column without a list. */
  items: string[];
  /** Name of the list shown in a refusal, e.g. 认证审核活动类别. */
  listName: string;
  /** Refuse values outside the list; multi-code columns ("01;02") and open lists (国家和地区代码) accept others. */
  strictList: boolean;
}

export interface TemplatePlan {
  type: ReportType;
  title: string;
  /** The title as a sheet name Excel accepts (初评/再认证… has a "/"). */
  sheetName: string;
  headers: string[];
  columns: TemplateColumn[];
  /** The header row, e.g. "A1:AH1". */
  headerRange: string;
}

export function templatePlan(type: ReportType): TemplatePlan {
  const spec = REPORT_SPECS[type];
  const columns = templateColumns(type).map((col, i): TemplateColumn => {
    const letter = columnName(i + 1);
    return {
      letter,
      header: col.header,
      headerEn: col.headerEn,
      required: col.required,
      example: col.example,
      numberFormat: col.numberFormat,
      range: `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
      items: columnListItems(col),
      listName: col.enum?.name ?? col.header,
      strictList: col.format === "enum" && col.enum?.open !== true,
    };
  });
  return {
    type,
    title: spec.title,
    sheetName: cleanSheetName(spec.title),
    headers: columns.map((c) => c.header),
    columns,
    headerRange: `A1:${columns.at(-1)?.letter ?? "A"}1`,
  };
}
