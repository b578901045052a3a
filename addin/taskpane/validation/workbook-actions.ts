/**
 * What the validation pane does to a workbook, through the Workbook door only (never Excel or
 * Office): read sheets and recognise their type, validate, paint and unpaint findings, write the
 * 校验结果 sheet, insert templates. Validation only reads; painting remembers every cell's
 * previous fill so clearing restores it exactly (DOMAIN §9.1). No React here.
 */
import {
  CALENDAR_SHEET,
  calendarFromSheets,
  formatProblem,
  detectSheetType,
  validateWorkbook,
  type Finding,
  type SheetGrid,
  type Detection,
  type ReportType,
  type ValidateOptions,
  type ValidationResult,
  templatePlan,
  MARK_FILLS,
  RESULT_HEADERS,
  RESULT_SHEET,
  linkFormula,
  markPlan,
  resultSheetRows,
} from "../../../core";
import type { Fill, Workbook } from "../../workbook/workbook";

export interface SheetEntry {
  name: string;
  rowCount: number;
  detection: Detection;
}

/** How the user wants a sheet treated: recognised by its headers, checked as a type, or left out. */
export type TypeChoice = "auto" | ReportType | "skip";

/** The workbook's sheets with the type their headers suggest. */
export async function loadSheets(workbook: Workbook): Promise<SheetEntry[]> {
  const sheets = await workbook.listSheets();
  const entries: SheetEntry[] = [];
  for (const sheet of sheets) {
    const cells = await workbook.readSheet(sheet.name);
    entries.push({
      name: sheet.name,
      rowCount: sheet.rowCount,
      detection: detectSheetType({ name: sheet.name, cells }),
    });
  }
  return entries;
}

/** Reads the chosen sheets afresh (the user may have edited them) and validates them. */
export async function validateSheets(
  workbook: Workbook,
  choices: Readonly<Record<string, TypeChoice>>,
  options: Omit<ValidateOptions, "types">,
): Promise<ValidationResult> {
  const grids: SheetGrid[] = [];
  const types: Record<string, ReportType> = {};
  const sheets = await workbook.listSheets();
  const calendar = await readCalendarSheet(workbook, sheets);
  for (const sheet of sheets) {
    const choice = choices[sheet.name] ?? "auto";
    if (choice === "skip" || sheet.name === calendar?.sheet) continue;
    if (choice !== "auto") types[sheet.name] = choice;
    grids.push({ name: sheet.name, cells: await workbook.readSheet(sheet.name) });
  }
  const result = validateWorkbook(grids, {
    ...options,
    types,
    ...(calendar?.calendar ? { calendar: calendar.calendar } : {}),
  });
  if (!calendar || calendar.findings.length === 0) return result;
  const findings = [...calendar.findings, ...result.findings];
  const summary = { ...result.summary };
  for (const f of calendar.findings) summary[f.severity === "error" ? "errors" : "warnings"]++;
  return { ...result, findings, summary, canUpload: summary.errors === 0 };
}

/**
 * The workbook's own 节假日安排 sheet, when it has one: the years it lists count for the working-day
 * deadlines (status changes), and its mistakes are findings on its rows like any other sheet's.
 */
async function readCalendarSheet(
  workbook: Workbook,
  sheets: readonly { name: string }[],
): Promise<{ sheet: string; calendar: ValidateOptions["calendar"] | null; findings: Finding[] } | null> {
  const found = sheets.find((s) => s.name.trim() === CALENDAR_SHEET);
  if (!found) return null;
  const table = calendarFromSheets([{ name: found.name, cells: await workbook.readSheet(found.name) }]);
  if (!table) return null;
  const findings = table.findings.map((f): Finding => ({
    id: f.problem.code,
    severity: f.severity,
    sheet: found.name,
    cell: f.row === undefined ? "" : `A${f.row}`,
    row: f.row ?? 0,
    column: f.row === undefined ? 0 : 1,
    clause: f.problem.clause,
    params: Object.fromEntries(
      Object.entries(f.problem.params).map(([k, v]) => [k, typeof v === "number" ? v : String(v)]),
    ),
    message: formatProblem(f.problem, "zh"),
  }));
  return { sheet: found.name, calendar: table.calendar, findings };
}

/** Fills as they were before painting, per sheet and cell (null = no fill). */
export type Marks = Map<string, Map<string, Fill>>;

/** Paints the cells with findings: one paintCells call per sheet and colour, errors red-ish, warnings yellow. */
export async function paintFindings(workbook: Workbook, findings: readonly Finding[]): Promise<Marks> {
  const marks: Marks = new Map();
  for (const { sheet, cells } of markPlan(findings)) {
    const previous = new Map<string, Fill>();
    marks.set(sheet, previous);
    for (const severity of ["error", "warning"] as const) {
      if (cells[severity].length === 0) continue;
      const before = await workbook.paintCells(sheet, cells[severity], MARK_FILLS[severity]);
      for (const [cell, fill] of before) previous.set(cell, fill);
    }
  }
  return marks;
}

/** Puts every painted cell's previous fill back, sheet by sheet. */
export async function clearMarks(workbook: Workbook, marks: Marks): Promise<void> {
  for (const [sheet, previous] of marks) await workbook.restoreFills(sheet, previous);
}

/** Adds a 校验结果 sheet (校验结果 (2)… when taken) listing every finding with a link to its cell. */
export async function writeResultSheet(workbook: Workbook, result: ValidationResult): Promise<string> {
  const rows = resultSheetRows(result).map((row) =>
    row.map((cell) => (cell !== null && typeof cell === "object" ? linkFormula(cell) : cell)),
  );
  const name = await workbook.addSheet(RESULT_SHEET);
  await workbook.writeBlock(name, "A1", rows);
  await workbook.formatCells(name, "A1", {
    bold: true,
    fill: result.canUpload ? "#C6EFCE" : MARK_FILLS.error,
  });
  await workbook.formatCells(name, `A2:${String.fromCharCode(64 + RESULT_HEADERS.length)}2`, { bold: true });
  return name;
}

/** Adds an empty report sheet of `type`: exact headers, dropdowns, text and date formats. */
export async function insertTemplate(workbook: Workbook, type: ReportType): Promise<string> {
  const plan = templatePlan(type);
  const name = await workbook.addSheet(plan.sheetName);
  await workbook.writeBlock(name, "A1", [plan.headers]);
  await workbook.formatCells(name, plan.headerRange, { bold: true });
  for (const column of plan.columns) {
    await workbook.formatCells(name, column.range, { numberFormat: column.numberFormat });
    if (column.items.length > 0) await workbook.addListValidation(name, column.range, column.items);
  }
  return name;
}
