/**
 * The shapes validation hands back to its adapters (CLI `validate`, the validation pane, the
 * workbench). Kept apart from the checks so adapters can import them without pulling the rules in.
 */
import type { WorkCalendar } from "../dates/calendar";
import type { Finding } from "./sheet";

/** The report sheets of DOMAIN §9. */
export type ReportType = "monthly" | "team" | "failed" | "status" | "register" | "auditors";

export const REPORT_TYPES: readonly ReportType[] = [
  "monthly",
  "team",
  "failed",
  "status",
  "register",
  "auditors",
];

export function isReportType(value: unknown): value is ReportType {
  return typeof value === "string" && (REPORT_TYPES as readonly string[]).includes(value);
}

/** How a sheet's type was settled: from its headers, by the user, or not at all. */
export type TypeSource = "detected" | "forced" | "unknown";

export interface ValidateOptions {
  /** Sheet name → report type chosen by the user; other sheets are recognised by their headers. */
  types?: Record<string, ReportType>;
  /** The report month, "2026-10": activities outside it are flagged (DOMAIN §9.1 period). */
  month?: string;
  /** "Today" as an ISO date, passed in (core never reads the clock): expiry and lateness checks use it. */
  reportDate?: string;
  /** The HG profile used for HG rows (`HG-HY` by default, DOMAIN §9.1 audit time). */
  hgProfile?: string;
  /** Working days for the status-report deadline: the holiday package's unless a user's table extends it (DOMAIN §7). */
  calendar?: WorkCalendar;
}

export interface SheetReport {
  name: string;
  type: ReportType | null;
  typeSource: TypeSource;
  /** Non-blank data rows below the header row. */
  rows: number;
  /** 1-based sheet row of the header; 0 when none was found. */
  headerRow: number;
  /** Recognition score 0–1 of the chosen type (1 = every header exact and every required column present). */
  score: number;
  /** For a sheet in one of CNCA's layouts: which layout and template sheet, and how it was recognised. */
  cnca?: CncaSheetReport;
}

export interface CncaSheetReport {
  /** Layout id (`cnca-2016`), its version (`2016`) and title. */
  layout: string;
  version: string;
  title: string;
  /** The template sheet it is (证书信息表 …) and what it holds. */
  sheet: string;
  role: string;
  recognisedBy: "field-codes" | "numbered-headers";
  /** 1-based row the data were read from. */
  dataStart: number;
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Data rows over all recognised sheets. */
  rows: number;
}

export interface ValidationResult {
  /** Sorted by sheet (workbook order, workbook-level findings first), row, column. */
  findings: Finding[];
  sheets: SheetReport[];
  summary: ValidationSummary;
  /** No error: the workbook may be uploaded (warnings still need a look). */
  canUpload: boolean;
  /** The CNCA layouts recognised, newest first (empty for a workbook in the friendly layout). */
  layouts?: { id: string; version: string; title: string }[];
}

/** The outcome of header recognition for one sheet. */
export interface Detection {
  type: ReportType | null;
  score: number;
  /** 1-based; 0 when no header row was found. */
  headerRow: number;
  /** Every type's best score, best first, so a pane can offer the runner-up. */
  candidates: { type: ReportType; score: number; headerRow: number }[];
}
