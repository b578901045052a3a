/**
 * The public surface of the core: everything the custom functions, the task panes, the workbench
 * and the CLI may use. Adapters import from here only (eslint `no-restricted-imports` refuses a
 * path into core/'s folders or files); tests and bench/ may reach the internals.
 *
 * Named re-exports only, so every public name is listed once, here. core/package.json declares
 * the core free of module side effects, so a bundle keeps only the modules an entry actually
 * uses: `certdesk days` still loads no validation, zod or exceljs through this file.
 * A name an adapter needs and this file lacks is added to its group below (scripts/core-imports.mjs
 * says which).
 */

// Problems as data: the error adapters catch, its Chinese/English text, the field names in it.
export { InputError, fail, attempt, formatProblem } from "./problem";
export { FIELD_LABELS } from "./messages";
export type { MessageTemplate } from "./messages";

// Raw cell and command-line values: blank test, normalisation, numbers.
export { isBlank, normalizeText } from "./input/normalize";
export { toNumber } from "./input/coerce";

// Rule profiles (HG-HY, HG-ZGLY, SR-GGBZ): the rule numbers every calculation reads.
export { DEFAULT_PROFILE_ID, getProfile, listProfiles, resolveProfile, chooseHgProfile } from "./profiles";
export type { RuleProfile, AdjustFactor } from "./profiles";

// Audit time in person-days and its calculation record (004 5.4, App. B).
export {
  auditDays,
  onsiteMinimum,
  siteMinimum,
  combinedMinimum,
  riskOfScope,
  riskLabel,
  renderRecord,
  renderStep,
} from "./audit-time";
export type { AuditDaysInput, AuditDaysResult, CalcStep } from "./audit-time";

// Multi-site sampling (004 5.4.3).
export { sampleSites, SIMILAR_RULES, DISSIMILAR_RULE } from "./sampling";

// Certificate numbers (001 App. C).
export { makeCertNo, parseCertNo } from "./certno";

// Dates: civil dates and Excel serials, certificate dates, workdays, reporting deadlines, report month.
export {
  toDate,
  toIso,
  toExcelSerial,
  latestExpiry,
  surveillanceDue,
  addWorkdays,
  deadline,
  parseReportMonth,
} from "./dates";
export type { EpochDay, WorkCalendar } from "./dates";

// The holiday calendar: the packaged one, and the 节假日安排 sheet a user may supply instead.
export {
  packageCalendar,
  readCalendarTable,
  calendarFromSheets,
  CALENDAR_SHEET,
  CALENDAR_COLUMNS,
} from "./dates";
export type { CalendarFinding } from "./dates";
export { CALENDAR_TYPES } from "./dates/calendar-table";

// Which data the product carries (holiday and division-code vintages), for --version and the rules pane.
export { dataVintage, describeDataVintage } from "./data-vintage";

// Identity codes: USCC and ID card checks (GB 32100, GB 11643).
export { checkIdCard, checkUscc } from "./ids";
export type { IdCheck } from "./ids";

// Report validation: sheet grids in, findings out, sheet-type and CNCA-layout recognition.
export {
  validateWorkbook,
  detectSheetType,
  detectLayout,
  REPORT_SPECS,
  REPORT_TYPES,
  isReportType,
  listLayouts,
  getLayout,
} from "./validation";
export type {
  CellValue,
  SheetGrid,
  Finding,
  Detection,
  ReportType,
  ValidateOptions,
  ValidationResult,
} from "./validation";

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
export {
  annualStatistics,
  emptyStatsInput,
  readStatsSheet,
  recogniseStatsSheet,
  statsSheetName,
  statsSheetPlan,
  PROVINCE_NAMES,
  categoryNames,
  orderedEntries,
  UNCLASSIFIED,
} from "./statistics";
export type { AnnualStatistics, StatsOptions, StatsSheetPlan } from "./statistics";

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
export { demoWorkbookPlan, distinctTables, isFormula } from "./demo";
export type { DemoArg, DemoCell, DemoFormula, DemoPlan } from "./demo";

// Charts inside .xlsx files written outside Excel (the CLI's and the workbench's statistics).
export { addChartsToXlsx, chartLayout } from "./xlsx-chart";
export type { ChartCell, PackedChart } from "./xlsx-chart";
