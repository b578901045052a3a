/**
 * Report-sheet validation (DOMAIN §9): the public surface adapters use (CLI `validate` /
 * `template`, the validation pane, the workbench). Stable: add, never change.
 */
export { validateWorkbook } from "./validate";
export { detectSheetType, headerKey, HEADER_SEARCH_ROWS } from "./recognise";
export { detectLayout, type LayoutDetection, type RecognisedBy } from "./cnca/recognise";
export { readReport, type ReportRows } from "./report-rows";
export { renderFinding } from "./findings";
export { columnLetters, a1 } from "../sheet/a1";
export { CHECKS, CHECK_IDS, type CheckId, type CheckDef } from "./messages";
export {
  REPORT_SPECS,
  getSpec,
  templateColumns,
  headerText,
  listItems,
  columnListItems,
  enumLabel,
  itemValue,
  rowSchema,
  CELL_FORMATS,
  TEXT_FORMAT,
  DATE_FORMAT,
  type CellFormatKind,
  type CodeKind,
  type ColumnSpec,
  type EnumItem,
  type EnumSpec,
  type ReportSpec,
} from "./specs";
export {
  REPORT_TYPES,
  isReportType,
  type ReportType,
  type TypeSource,
  type ValidateOptions,
  type ValidationResult,
  type SheetReport,
  type ValidationSummary,
  type Detection,
  type CncaSheetReport,
} from "./types";
export type { CellValue, CellError, SheetGrid, Finding, Severity } from "./sheet";
export {
  listLayouts,
  getLayout,
  layoutSheet,
  columnByMeaning,
  columnByCode,
  codeTable,
  listCodeTables,
  codeLabel,
  isFriendlyLayout,
  FRIENDLY_LAYOUT_ID,
  SHEET_ROLES,
  type Condition,
  type CodeTable,
  type Layout,
  type LayoutColumn,
  type LayoutSheet,
  type Required,
  type RequiredBasis,
  type FieldType,
  type SheetRole,
} from "./layouts";
