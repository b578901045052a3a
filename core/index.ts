/**
 * The public surface of the core: everything the custom functions, the task panes, the workbench
 * and the CLI may use. Adapters import from here only (eslint `no-restricted-imports` refuses a
 * path into core/'s folders or files); tests and bench/ may reach the internals.
 *
 * Named re-exports only, each from the file that defines the name (not through a folder's
 * index.ts), so every public name is listed once, here, with where it lives. core/package.json
 * declares the core free of module side effects, so webpack keeps only the core modules an entry
 * uses; the CLI's split esbuild bundle (cli/bin/bundle.cjs) reads these lines to point each import
 * straight at its file, so `certdesk days` still loads no validation, zod or exceljs.
 * A name an adapter needs and this file lacks is added to its group below (scripts/core-imports.mjs
 * says which).
 */

// Problems as data: the error adapters catch, its Chinese/English text, the field names in it.
export { InputError, attempt, formatProblem } from "./problem";
export { FIELD_LABELS } from "./messages";
export type { MessageTemplate } from "./messages";

// Raw cell and command-line values: blank test, normalisation, numbers.
export { isBlank, normalizeText } from "./input/normalize";
export { toNumber } from "./input/coerce";

// Rule profiles (HG-HY, HG-ZGLY, SR-GGBZ): the rule numbers every calculation reads.
export { DEFAULT_PROFILE_ID, getProfile, listProfiles, chooseHgProfile } from "./profiles/registry";
export type { RuleProfile, AdjustFactor } from "./profiles/schema";

// Audit time in person-days and its calculation record (004 5.4, App. B).
export { auditDays } from "./audit-time/audit-days";
export { onsiteMinimum, siteMinimum } from "./audit-time/minimums";
export { combinedMinimumOfCells } from "./audit-time/combined-cells";
export { riskOfScope, riskLabel } from "./audit-time/risk";
export { renderRecord, renderStep } from "./audit-time/record";
export type { AuditDaysInput, AuditDaysResult, CalcStep } from "./audit-time/types";

// Multi-site sampling (004 5.4.3).
export { sampleSites } from "./sampling/sample-sites";
export { SIMILAR_RULES, DISSIMILAR_RULE } from "./sampling/rules";

// Certificate numbers (001 App. C).
export { makeCertNo } from "./certno/make";
export { parseCertNo } from "./certno/parse";

// Dates: civil dates and Excel serials, certificate dates, workdays, reporting deadlines, report month.
export { toDate, toIso, toExcelSerial } from "./dates/civil";
export type { EpochDay } from "./dates/civil";
export { latestExpiryFor, surveillanceDueFor } from "./dates/profile-dates";
export { addWorkdays } from "./dates/workdays";
export { deadline } from "./dates/deadlines";
export { parseReportMonth } from "./dates/report-month";
export type { WorkCalendar } from "./dates/calendar";

// The holiday calendar: the packaged one, and the 节假日安排 sheet a user may supply instead.
export { packageCalendar } from "./dates/package-calendar";
export {
  readCalendarTable,
  calendarFromSheets,
  CALENDAR_SHEET,
  CALENDAR_COLUMNS,
  CALENDAR_TYPES,
} from "./dates/calendar-table";
export type { CalendarFinding } from "./dates/calendar-table";

// Which data the product carries (holiday and division-code vintages), for --version and the rules pane.
export { dataVintage, describeDataVintage } from "./data-vintage";

// Identity codes: USCC and ID card checks (GB 32100, GB 11643).
export { checkIdCard } from "./ids/id-card";
export { checkUscc } from "./ids/uscc";
export type { IdCheck } from "./ids/types";

// Report validation: sheet grids in, findings out, sheet-type and CNCA-layout recognition.
export { validateWorkbook } from "./validation/validate";
export { detectSheetType } from "./validation/recognise";
export { detectLayout } from "./validation/cnca/recognise";
export { REPORT_SPECS } from "./validation/specs/index";
export { REPORT_TYPES, isReportType } from "./validation/types";
export type { Detection, ReportType, ValidateOptions, ValidationResult } from "./validation/types";
export { listLayouts, getLayout } from "./validation/layouts/index";
export type { CellValue, SheetGrid, Finding } from "./validation/sheet";

// What every adapter shows of a validation: finding lists, verdict, cell marks, the 校验结果 sheet.
export {
  buildView,
  verdictOf,
  markPlan,
  resultSheetRows,
  linkFormula,
  localIsoDate,
  previousMonth,
  MARK_FILLS,
  RESULT_HEADERS,
  RESULT_SHEET,
  SEVERITY_LABELS,
  WORKBOOK_LABEL,
} from "./validation/view-model";
export type { FindingItem, ResultCell, SheetGroup, ValidationView, Verdict } from "./validation/view-model";

// Empty templates: the readable report sheets and CNCA's upload workbooks, as plans both writers follow.
export { templatePlan } from "./validation/template-plan";
export { cncaLayoutIds, layoutTemplatePlan } from "./layout-template/plan";
export type { LayoutTemplateSheet } from "./layout-template/plan";

// Converting a readable register into CNCA's upload workbook.
export { convertToCnca } from "./convert/to-cnca";
export type { Conversion, ConvertOptions, OutValue } from "./convert/to-cnca";

// Annual statistics and the register self-inspection (000 4.3.5, 002).
export { annualStatistics } from "./statistics/statistics";
export { emptyStatsInput, readStatsSheet } from "./statistics/read";
export { recogniseStatsSheet } from "./statistics/recognise";
export { statsSheetName, statsSheetPlan } from "./statistics/sheet-plan";
export type { StatsSheetPlan } from "./statistics/sheet-plan";
export { statsStatusLine, statsTextLines } from "./statistics/text-report";
export { PROVINCE_NAMES, categoryNames, orderedEntries, statsCategoryProfile } from "./statistics/names";
export { UNCLASSIFIED } from "./statistics/types";
export type { AnnualStatistics, StatsInput, StatsOptions } from "./statistics/types";

// A1 addresses and worksheet names, the same for Excel, the workbench and the .xlsx files the CLI writes.
export {
  MAX_ROWS,
  MAX_COLUMNS,
  AddressError,
  a1,
  columnLetters,
  columnName,
  formatCell,
  parseCell,
  parseRange,
  formatRange,
  splitSheetAddress,
  quoteSheetName,
  cellsOf,
  rowBlocks,
} from "./sheet/a1";
export type { CellRef, RangeRef } from "./sheet/a1";
export { freeSheetName } from "./sheet/sheet-names";

// The demonstration workbook of the rules pane (worked examples and exercises).
export { demoWorkbookPlan } from "./demo/index";
export { distinctTables } from "./demo/examples";
export { isFormula } from "./demo/types";
export type { DemoArg, DemoCell, DemoFormula, DemoPlan } from "./demo/types";

// Charts inside .xlsx files written outside Excel (the CLI's and the workbench's statistics).
export { addChartsToXlsx } from "./xlsx-chart/pack";
export type { PackedChart } from "./xlsx-chart/pack";
export { chartLayout } from "./xlsx-chart/spec";
export type { ChartCell } from "./xlsx-chart/spec";
