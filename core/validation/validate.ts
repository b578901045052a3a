/**
 * The entry point (DOMAIN §9): recognise each sheet, read its cells, run every check of §9.1 for
 * its report type, then the checks across sheets, and hand back sorted findings with a summary.
 * Validation only reads the grids it is given; "today" comes in as `reportDate`.
 */
import { parseDateText } from "../dates/civil";
import { parseReportMonth } from "../dates/report-month";
import { attempt } from "../problem";
import { chooseHgProfile } from "../profiles";
import { checkAuditTime, checkStagePairs } from "./audit-time";
import { checkAuditors } from "./auditors";
import { checkRequiredCells } from "./cells";
import {
  checkAuditBeforeIssue,
  checkCertNumbers,
  checkCycle,
  checkDateOrder,
  checkExpiry,
  checkSubCertMark,
  checkValidButExpired,
} from "./certificate";
import { checkCodeColumns, checkIdAgainstPerson, checkUsccAgainstOrgCode } from "./codes";
import { problemParams, type CheckContext } from "./context";
import { FindingSink } from "./findings";
import { checkHeaderRow, checkMergedHeader } from "./headers";
import { checkPeriod, checkEmpty } from "./period";
import { readSheet, type ParsedSheet } from "./read";
import { HEADER_SEARCH_ROWS, recogniseSheet } from "./recognise";
import {
  checkDuplicates,
  checkReusedNumbers,
  checkStatusDetails,
  checkStatusReportedOnTime,
  checkStillSuspended,
  checkSubWithoutMain,
  checkSuspensionLength,
  checkSuspensionReason,
} from "./register";
import type { Finding, SheetGrid } from "./sheet";
import { REPORT_SPECS } from "./specs";
import { checkTeams } from "./team";
import { recogniseCncaSheets } from "./cnca/recognise";
import type { CncaSheet } from "./cnca/read";
import { CNCA_SHEET_CHECKS, prepareCncaSheet, recognisedLayouts, runCncaChecks } from "./cnca/validate";
import { FRIENDLY_LAYOUT_SUMMARY } from "./layouts/friendly";
import {
  isReportType,
  REPORT_TYPES,
  type ReportType,
  type SheetReport,
  type ValidateOptions,
  type ValidationResult,
} from "./types";

type SheetCheck = (sheet: ParsedSheet, ctx: CheckContext) => void;

/** The checks of DOMAIN §9.1 that look at one sheet, per report type, in the order they run. */
const SHEET_CHECKS: Readonly<Record<ReportType, readonly SheetCheck[]>> = {
  monthly: [
    checkRequiredCells,
    checkCodeColumns,
    checkUsccAgainstOrgCode,
    checkCertNumbers,
    checkCycle,
    checkDateOrder,
    checkExpiry,
    checkAuditBeforeIssue,
    checkValidButExpired,
    checkSubCertMark,
    checkDuplicates,
    checkAuditTime,
    checkPeriod,
  ],
  team: [checkRequiredCells, checkCodeColumns, checkCertNumbers, checkDateOrder],
  failed: [checkRequiredCells, checkCodeColumns, checkUsccAgainstOrgCode, checkDateOrder, checkPeriod],
  status: [
    checkRequiredCells,
    checkCodeColumns,
    checkCertNumbers,
    checkDateOrder,
    checkExpiry,
    checkDuplicates,
    checkStatusDetails,
    checkSuspensionLength,
    checkStatusReportedOnTime,
    checkSuspensionReason,
    checkPeriod,
  ],
  register: [
    checkRequiredCells,
    checkCodeColumns,
    checkCertNumbers,
    checkExpiry,
    checkValidButExpired,
    checkSubCertMark,
    checkDuplicates,
    checkStillSuspended,
  ],
  auditors: [checkRequiredCells, checkCodeColumns, checkIdAgainstPerson, checkAuditors],
};

/** Checks across the sheets of a workbook. */
const WORKBOOK_CHECKS: readonly ((ctx: CheckContext) => void)[] = [
  checkStagePairs,
  checkTeams,
  checkSubWithoutMain,
  checkReusedNumbers,
];

function readOptions(
  options: ValidateOptions,
  sink: FindingSink,
): Pick<CheckContext, "reportDate" | "month" | "hgProfile"> {
  const out: Pick<CheckContext, "reportDate" | "month" | "hgProfile"> = {};
  if (options.month !== undefined && options.month !== "") {
    const month = attempt(() => parseReportMonth(options.month));
    if (month.ok) out.month = month.value;
    else sink.add("OPTION-MONTH-INVALID", "", 0, 0, { value: String(options.month) });
  }
  if (options.reportDate !== undefined && options.reportDate !== "") {
    const day = parseDateText(String(options.reportDate));
    if (day !== null) out.reportDate = day;
    else sink.add("OPTION-REPORT-DATE-INVALID", "", 0, 0, { value: String(options.reportDate) });
  }
  if (options.hgProfile !== undefined && options.hgProfile !== "") {
    const choice = attempt(() => chooseHgProfile(options.hgProfile));
    if (!choice.ok)
      sink.add("OPTION-PROFILE-INVALID", "", 0, 0, {
        value: String(options.hgProfile),
        ...problemParams(choice.problem),
      });
    else {
      const { profile, otherScheme } = choice.value;
      out.hgProfile = profile.id;
      if (otherScheme)
        sink.add("OPTION-PROFILE-OTHER-SCHEME", "", 0, 0, {
          value: otherScheme.id,
          scheme: otherScheme.scheme.name,
          used: profile.id,
        });
    }
  }
  return out;
}

function forcedType(grid: SheetGrid, options: ValidateOptions, sink: FindingSink): ReportType | undefined {
  const chosen = options.types?.[grid.name];
  if (chosen === undefined) return undefined;
  if (isReportType(chosen)) return chosen;
  sink.add("OPTION-TYPE-INVALID", "", 0, 0, {
    sheet: grid.name,
    value: String(chosen),
    expected: REPORT_TYPES.join("、"),
  });
  return undefined;
}

/** Recognises and reads one sheet; null when it is not a report (the finding says so). */
function prepareSheet(
  grid: SheetGrid,
  forced: ReportType | undefined,
  sink: FindingSink,
): { report: SheetReport; parsed: ParsedSheet | null } {
  const { match } = recogniseSheet(grid, forced);
  if (!match) {
    if (forced) {
      const spec = REPORT_SPECS[forced];
      sink.add("SHEET-NO-HEADER", grid.name, 0, 0, {
        title: spec.title,
        titleEn: spec.titleEn,
        rows: HEADER_SEARCH_ROWS,
        example: spec.columns
          .filter((c) => c.required)
          .slice(0, 3)
          .map((c) => c.header)
          .join("、"),
      });
    } else sink.add("SHEET-UNRECOGNISED", grid.name, 0, 0, { sheet: grid.name });
    return {
      report: {
        name: grid.name,
        type: forced ?? null,
        typeSource: forced ? "forced" : "unknown",
        rows: 0,
        headerRow: 0,
        score: 0,
      },
      parsed: null,
    };
  }
  const spec = REPORT_SPECS[match.type];
  checkMergedHeader(grid, match.headerRow, sink);
  checkHeaderRow(grid, match, spec, sink);
  const parsed = readSheet(grid, match, spec, sink);
  return {
    report: {
      name: grid.name,
      type: match.type,
      typeSource: forced ? "forced" : "detected",
      rows: parsed.rows.length,
      headerRow: match.headerRow,
      score: match.score,
    },
    parsed,
  };
}

/** Validates the report sheets of a workbook (DOMAIN §9); never changes `sheets`. */
export function validateWorkbook(sheets: SheetGrid[], options: ValidateOptions = {}): ValidationResult {
  const sink = new FindingSink();
  const ctx: CheckContext = {
    sink,
    ...readOptions(options, sink),
    ...(options.calendar ? { calendar: options.calendar } : {}),
    sheets: [],
    profiles: new Map(),
    notRun: new Set(),
    idChecks: new Map(),
    certParts: new Map(),
  };
  const names = new Set(sheets.map((s) => s.name));
  for (const name of Object.keys(options.types ?? {}))
    if (!names.has(name)) sink.add("OPTION-TYPE-UNKNOWN-SHEET", "", 0, 0, { value: name });

  const reports: SheetReport[] = [];
  const cncaSheets: CncaSheet[] = [];
  // CNCA's fixed layouts first: their header block would otherwise be read as data.
  const cncaMatches = recogniseCncaSheets(sheets);
  for (const [index, grid] of sheets.entries()) {
    const cnca = cncaMatches[index];
    if (cnca) {
      const chosen = options.types?.[grid.name];
      const prepared = prepareCncaSheet(grid, cnca, chosen === undefined ? undefined : String(chosen), sink);
      reports.push(prepared.report);
      cncaSheets.push(prepared.sheet);
      if (prepared.parsed) ctx.sheets.push(prepared.parsed);
      continue;
    }
    const { report, parsed } = prepareSheet(grid, forcedType(grid, options, sink), sink);
    reports.push(report);
    if (parsed) ctx.sheets.push(parsed);
  }
  for (const sheet of ctx.sheets) {
    if (!sheet.layout) checkEmpty(sheet, ctx);
    const checks = sheet.layout ? (CNCA_SHEET_CHECKS[sheet.type] ?? []) : SHEET_CHECKS[sheet.type];
    for (const check of checks) check(sheet, ctx);
  }
  runCncaChecks(cncaSheets, ctx);
  for (const check of WORKBOOK_CHECKS) check(ctx);
  noteSkippedChecks(ctx);
  if (ctx.sheets.length === 0 && cncaSheets.length === 0) sink.add("WORKBOOK-NO-REPORT", "", 0, 0, {});

  const findings = sortFindings(sink.list, sheets);
  const summary = { errors: 0, warnings: 0, infos: 0, rows: reports.reduce((n, r) => n + r.rows, 0) };
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  const result: ValidationResult = { findings, sheets: reports, summary, canUpload: summary.errors === 0 };
  // The output names every layout it recognised, the friendly one included (issue: "names the layout").
  const layouts = cncaSheets.length > 0 ? recognisedLayouts(cncaSheets) : [];
  if (ctx.sheets.some((s) => !s.layout)) layouts.push({ ...FRIENDLY_LAYOUT_SUMMARY });
  if (layouts.length > 0) result.layouts = layouts;
  return result;
}

/** Says which checks did not run for want of a report month or date, where a sheet needed them. */
function noteSkippedChecks(ctx: CheckContext): void {
  const types = new Set(ctx.sheets.filter((s) => s.rows.length > 0).map((s) => s.type));
  if (!ctx.month && (types.has("monthly") || types.has("failed") || types.has("status")))
    ctx.sink.add("OPTION-NO-MONTH", "", 0, 0, {});
  if (ctx.reportDate === undefined && (types.has("monthly") || types.has("register") || types.has("status")))
    ctx.sink.add("OPTION-NO-REPORT-DATE", "", 0, 0, {});
}

/** Workbook order of sheets (workbook-level findings first), then row, then column; stable otherwise. */
function sortFindings(list: Finding[], sheets: SheetGrid[]): Finding[] {
  const order = new Map<string, number>(sheets.map((s, i) => [s.name, i + 1]));
  return [...list].sort(
    (a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row || a.column - b.column,
  );
}
