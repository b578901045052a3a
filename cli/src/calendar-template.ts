/**
 * `certdesk template calendar`: the empty holiday table 节假日安排 (日期, 类型, 名称) a clerk fills
 * in from the State Council notice when the holiday data lags (core/dates/calendar-table.ts reads it).
 */
import ExcelJS from "exceljs";
import { CALENDAR_COLUMNS, CALENDAR_SHEET, CALENDAR_TYPES } from "../../core";

/** Rows the date format and the 类型 list cover: far more than any year's notice lists. */
const ROWS = 500;

const NOTES: Record<(typeof CALENDAR_COLUMNS)[number], string> = {
  日期: "必填。放假或调休上班的日期，如 2027-01-01；每个日期一行",
  类型: "必填。休：放假（含假期中的周末）；班：调休上班的周六或周日",
  名称: "节日名称，如 元旦、春节、国庆节",
};

export function calendarTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CertDesk";
  const sheet = workbook.addWorksheet(CALENDAR_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = CALENDAR_COLUMNS.map((header) => ({ header, width: header === "名称" ? 16 : 12 }));
  CALENDAR_COLUMNS.forEach((header, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.font = { bold: true };
    cell.note = NOTES[header];
  });
  sheet.getColumn(1).numFmt = "yyyy-mm-dd";
  sheet.getColumn(2).numFmt = "@";
  sheet.getColumn(3).numFmt = "@";
  const types = Object.keys(CALENDAR_TYPES);
  for (let row = 2; row <= ROWS + 1; row++)
    sheet.getCell(row, 2).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${types.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "类型",
      error: `类型应为 ${types.join(" 或 ")}`,
    };
  return workbook;
}
