/**
 * `certdesk template`: the template plan (core/validation/template-plan.ts, shared with
 * the pane's "插入模板") written with exceljs. Required headers are shaded and every header carries
 * a note (required or not, English name, an example); the header text itself stays exact.
 */
import ExcelJS from "exceljs";
import { type ReportType, columnName, templatePlan } from "../../../core";

/** Hidden sheet for lists too long for an inline source (the add-in's Excel door uses the same name). */
export const LIST_SHEET = "CertDesk列表";
/** Excel limits an inline list source ("a,b,c") to 255 characters. */
const INLINE_LIST_LIMIT = 255;

/** exceljs 4.4 has Worksheet.dataValidations.add(range, …) but leaves it out of its typings. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const REQUIRED_FILL = "FFFCE4D6";
const OPTIONAL_FILL = "FFEDEDED";

export interface TemplateSummary {
  type: ReportType;
  sheet: string;
  columns: number;
  lists: number;
}

/** An inline list source ("a,b,c"), or null when Excel's 255-character limit or a comma in an item forbids it. */
export function inlineSource(items: string[]): string | null {
  const source = `"${items.join(",")}"`;
  return source.length <= INLINE_LIST_LIMIT && !items.some((item) => item.includes(",") || item.includes('"'))
    ? source
    : null;
}

/** Adds the report sheet of `type` to `workbook`. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, type: ReportType): TemplateSummary {
  const plan = templatePlan(type);
  const sheet = workbook.addWorksheet(plan.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  let listSheet: ExcelJS.Worksheet | undefined;
  let lists = 0;

  plan.columns.forEach((col, index) => {
    const header = sheet.getCell(`${col.letter}1`);
    header.value = col.header;
    header.font = { bold: true };
    header.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: col.required ? REQUIRED_FILL : OPTIONAL_FILL },
    };
    header.note = [
      col.required ? "必填 / required" : "选填 / optional",
      col.headerEn,
      col.example ? `例 / e.g. ${col.example}` : "",
    ]
      .filter(Boolean)
      .join("\n");

    // A column style: Excel and WPS give it to every cell typed into the column later.
    const column = sheet.getColumn(index + 1);
    column.numFmt = col.numberFormat;
    column.width = Math.max(10, Math.min(40, col.header.length * 2 + 4));

    if (col.items.length === 0) return;
    let source = inlineSource(col.items);
    if (source === null) {
      listSheet ??= workbook.addWorksheet(LIST_SHEET, { state: "hidden" });
      const listColumn = columnName(listSheet.columnCount + 1);
      col.items.forEach((item, i) => (listSheet!.getCell(`${listColumn}${i + 1}`).value = item));
      source = `'${LIST_SHEET}'!$${listColumn}$1:$${listColumn}$${col.items.length}`;
    }
    lists++;
    (sheet as unknown as RangeValidations).dataValidations.add(col.range, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: col.strictList,
      errorTitle: col.listName,
      error: `请从列表中选择「${col.listName}」/ choose a value from the list`,
    });
  });
  return { type, sheet: sheet.name, columns: plan.columns.length, lists };
}
