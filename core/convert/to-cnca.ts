/**
 * A friendly register (DOMAIN §9: 获证组织基本信息月报 + 审核组成员, labels allowed) → the sheets of a
 * CNCA upload layout (issue 7 item 6): every field the friendly rows carry is written under its
 * CNCA field by meaning, labels become codes, several values are joined by the layout's full-width
 * 「；」, dates are written as the template asks (YYYY-MM-DD text), and what CNCA needs but the
 * register lacks is derived where the rows determine it (31 再认证次数 from the certificate
 * number's R cycle, 32 监督次数 from 030n, 64 上报类型, 48 主证书号…) or reported as a note. A
 * source column headed with a CNCA header (「37、认证决定人员名单」 or without its number) or field
 * code (CHK_P_LIST) is copied as it is, so a clerk can keep what CNCA wants beside the register.
 * Pure: grids in, rows and notes out; the source grids are never changed.
 */
import { parseCertNo } from "../certno";
import { toIso, type EpochDay } from "../dates/civil";
import { attempt } from "../problem";
import { a1, columnLetters } from "../sheet/a1";
import { layoutTemplatePlan, type LayoutTemplateSheet } from "../layout-template/plan";
import {
  codeTable,
  getLayout,
  listLayouts,
  type LayoutColumn,
  type LayoutSheet,
} from "../validation/layouts";
import { recogniseSheet, headerKey } from "../validation/recognise";
import { readReport, type ReportRow } from "../validation/report-rows";
import type { CellValue, Finding, SheetGrid } from "../validation/sheet";
import { cleanText, isBlankCell, showCell } from "../validation/text";
import { codeFromTable, joinCodes, joinText } from "./codes";
import { CONVERT_NOTES, type ConvertNoteId } from "./messages";
import {
  QUALIFICATION_CODES,
  RISK_CODES,
  ROLE_CODES,
  SUB_CERT_CODES,
  YES_NO_CODES,
  accreditationCode,
  activity59Code,
  activityCode,
  idTypeCode,
  reportTypeCode,
  stageCode,
  statusCode,
  surveillanceCount,
} from "./value-maps";

export type OutValue = string | number | null;

export interface ConvertOptions {
  /** 1、认证机构批准号 (CNCA-R-2021-812). */
  cbApproval?: string;
  /** 2、实施审核的认证机构分支机构名称. */
  cbBranch?: string;
  /** 取数开始 / 截止日期, ISO. */
  fetchFrom?: string;
  fetchTo?: string;
}

export interface ConvertedSheet {
  plan: LayoutTemplateSheet;
  /** One row per record, one value per field of `plan.columns`, written from the first data row. */
  rows: OutValue[][];
}

export interface Conversion {
  layoutId: string;
  layoutTitle: string;
  sheets: ConvertedSheet[];
  /** What the user must know: codes not found, fields left blank, unreadable source cells. */
  notes: Finding[];
  sources: { sheet: string; type: string; rows: number }[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

class Notes {
  readonly list: Finding[] = [];
  add(
    id: ConvertNoteId,
    sheet: string,
    row: number,
    column: number,
    params: Record<string, string | number>,
  ): void {
    const def = CONVERT_NOTES[id];
    const clause = def.clause === "{source}" ? String(params.source ?? "本工具约定") : def.clause;
    const text = def.zh.replace(PLACEHOLDER, (whole, name: string) => String(params[name] ?? whole));
    this.list.push({
      id,
      severity: def.severity,
      sheet,
      cell: a1(row, column),
      row,
      column,
      clause,
      params,
      message: `${text}（依据 ${clause}）`,
    });
  }
}

/** 「CNCA 模版 证书信息表 第 37 项」, or the header for an unnumbered column. */
export function fieldClause(sheet: LayoutSheet, column: LayoutColumn): string {
  return column.item === undefined
    ? `CNCA 模版 ${sheet.name}「${column.header}」`
    : `CNCA 模版 ${sheet.name} 第 ${column.item} 项`;
}

/** A header without its item number: 「37、认证决定人员名单」 → 认证决定人员名单. */
function bareHeader(text: string): string {
  return headerKey(text.replace(/^\s*\d+\s*[、.．]\s*/, ""));
}

/**
 * Source columns outside the friendly spec whose header names a CNCA field: field code → sheet
 * column. The target layout's own headers first, then the same field's header in the other CNCA
 * layouts (a register kept with 2016's 「11、审核组成员资质注册号」 fills 2014's 「11、审核组成员资质证书号」,
 * APT_CERTI_NUM in both), so one register converts to every layout.
 */
function extraColumns(
  grid: SheetGrid,
  headerRow: number,
  used: ReadonlySet<number>,
  sheet: LayoutSheet,
): Map<string, number> {
  const byKey = new Map<string, string>();
  const codes = new Set(sheet.columns.map((c) => c.code));
  for (const c of sheet.columns) {
    byKey.set(bareHeader(c.header), c.code);
    byKey.set(c.code.toLowerCase(), c.code);
  }
  for (const layout of listLayouts())
    for (const other of layout.sheets)
      if (layout.family === "cnca" && other.role === sheet.role)
        for (const c of other.columns) {
          const key = bareHeader(c.header);
          if (codes.has(c.code) && !byKey.has(key)) byKey.set(key, c.code);
        }
  const found = new Map<string, number>();
  (grid.cells[headerRow - 1] ?? []).forEach((cell, index) => {
    if (used.has(index) || typeof cell !== "string") return;
    const code = byKey.get(bareHeader(cell)) ?? byKey.get(cell.trim().toLowerCase());
    if (code !== undefined && !found.has(code)) found.set(code, index);
  });
  return found;
}

/** A copied cell as CNCA wants it: trimmed text, numbers kept, dates as YYYY-MM-DD. */
function copiedValue(value: CellValue | undefined, column: LayoutColumn, separator: string): OutValue {
  if (value === null || value === undefined || isBlankCell(value)) return null;
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return column.type === "datetime" ? `${iso} 00:00:00` : iso;
  }
  if (typeof value === "number") {
    if (column.type === "number") return value;
    const text = String(value);
    return column.width !== undefined && /^\d+$/.test(text) ? text.padStart(column.width, "0") : text;
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value !== "string") return showCell(value);
  const text = cleanText(value).trim();
  if (column.codeTable !== undefined) {
    const parts = column.multi ? text.split(/[;；、,，\s]+/).filter(Boolean) : [text];
    return parts.map((part) => codeFromTable(column.codeTable!, part) ?? part).join(separator);
  }
  if (column.type === "number" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return column.multi ? joinText(text, separator) : text;
}

type Derived = OutValue | undefined;

/** The 59-field 月报 codes activities and stages in one older table. */
const OLD_ACTIVITY_TABLE = "activity-59";

interface RowContext {
  row: ReportRow;
  /** The target column: its code table says which scheme a derived code is in (2016's or the 59-field one). */
  column: LayoutColumn;
  options: ConvertOptions;
  separator: string;
  /** The monthly row of the team member's audit (team rows only). */
  audit?: ReportRow;
  /** 36、结合审核类型 of each certificate row. */
  combined?: ReadonlyMap<ReportRow, string>;
}

const str = (row: ReportRow | undefined, key: string): string | undefined => {
  const v = row?.[key];
  return typeof v === "string" ? v : undefined;
};
const num = (row: ReportRow | undefined, key: string): number | undefined => {
  const v = row?.[key];
  return typeof v === "number" ? v : undefined;
};
const list = (row: ReportRow | undefined, key: string): string[] | undefined => {
  const v = row?.[key];
  return Array.isArray(v) ? v : undefined;
};
const date = (row: ReportRow | undefined, key: string): string | undefined => {
  const v = num(row, key);
  return v === undefined ? undefined : toIso(v as EpochDay);
};
const mapped = (table: Readonly<Record<string, string>>, value: string | undefined): string | undefined =>
  value === undefined ? undefined : table[value];

function isInitial(activity: string | undefined): boolean {
  return activity === "01" || activity === "0101" || activity === "0102";
}

function certCycle(certNo: string | undefined): number | undefined {
  if (certNo === undefined) return undefined;
  const parsed = attempt(() => parseCertNo(certNo));
  return parsed.ok ? parsed.value.cycle : undefined;
}

/** 证书信息表 fields by meaning, from a 获证组织基本信息月报 row. */
const CERTIFICATE_FIELDS: Readonly<Record<string, (c: RowContext) => Derived>> = {
  cbApproval: (c) => c.options.cbApproval,
  cbBranch: (c) => c.options.cbBranch,
  orgName: (c) => str(c.row, "orgName"),
  orgNameEn: (c) => str(c.row, "orgNameEn"),
  orgFormerName: (c) => str(c.row, "orgFormerName"),
  orgCode: (c) => str(c.row, "uscc") ?? str(c.row, "orgCode"),
  industry: (c) => codeOrText("industry", str(c.row, "industry")),
  country: (c) => str(c.row, "country"),
  division: (c) => str(c.row, "division"),
  address: (c) => mapText(str(c.row, "address"), c.separator),
  postcode: (c) => str(c.row, "postcode"),
  phone: (c) => str(c.row, "phone"),
  fax: (c) => str(c.row, "fax"),
  legalRep: (c) => str(c.row, "legalRep"),
  orgType: (c) => codeOrText("org-type", str(c.row, "natureCode")),
  capital: (c) => num(c.row, "capital"),
  // DOMAIN §9's 注册资本 is in 万元 (CNY).
  capitalCurrency: (c) => (num(c.row, "capital") === undefined ? undefined : "01"),
  employees: (c) => num(c.row, "employees"),
  firstIssueDate: (c) => (isInitial(str(c.row, "activity")) ? date(c.row, "issueDate") : undefined),
  certNo: (c) => str(c.row, "certNo"),
  schemeCode: (c) => {
    const scheme = str(c.row, "scheme");
    return scheme === undefined ? undefined : codeFromTable("project", scheme);
  },
  schemeBasis: (c) => str(c.row, "scheme"),
  scope: (c) => joinCodes(list(c.row, "scope"), c.separator),
  multiSite: (c) => mapped(YES_NO_CODES, str(c.row, "multiSite")),
  coverage: (c) => str(c.row, "coverage"),
  activity: (c) => {
    const a = str(c.row, "activity");
    if (a === undefined) return undefined;
    return (c.column.codeTable === OLD_ACTIVITY_TABLE ? activity59Code(a) : activityCode(a)) ?? a;
  },
  recertCount: (c) => certCycle(str(c.row, "certNo")),
  surveillanceCount: (c) => {
    const a = str(c.row, "activity");
    return a === undefined ? undefined : surveillanceCount(a);
  },
  auditStart: (c) => date(c.row, "auditStart"),
  auditEnd: (c) => date(c.row, "auditEnd"),
  auditDays: (c) => num(c.row, "auditDays"),
  issueDate: (c) => date(c.row, "issueDate"),
  expiryDate: (c) => date(c.row, "expiryDate"),
  certStatus: (c) => {
    const s = str(c.row, "certStatus");
    return s === undefined ? undefined : (statusCode(s) ?? s);
  },
  subCert: (c) => mapped(SUB_CERT_CODES, str(c.row, "subCert")),
  mainCertNo: (c) => {
    const certNo = str(c.row, "certNo");
    return str(c.row, "subCert") === "子证书" && certNo !== undefined
      ? certNo.replace(/-\d+$/, "")
      : undefined;
  },
  changeType: (c) => codeOrText("change-type", str(c.row, "changeType")),
  renewed: (c) => mapped(YES_NO_CODES, str(c.row, "renewed")),
  renewDate: (c) => (str(c.row, "renewed") === "是" ? date(c.row, "issueDate") : undefined),
  renewReason: (c) =>
    str(c.row, "renewed") === "是" ? codeOrText("renew-reason", str(c.row, "renewReason")) : undefined,
  previousCert: (c) => (str(c.row, "renewed") === "是" ? str(c.row, "previousCert") : undefined),
  accreditation: (c) => {
    const codes = (list(c.row, "accreditation") ?? [])
      .map(accreditationCode)
      .filter((x): x is string => x !== null);
    return codes.length === 0 ? undefined : [...new Set(codes)].join(c.separator);
  },
  risk: (c) => mapped(RISK_CODES, str(c.row, "risk")),
  // The 59-field 月报 asks 43.是否结合 (是非) where 2016 asks 36、结合审核类型 (01 one scheme …).
  combinedAudit: (c) => {
    const type = c.combined?.get(c.row);
    if (type === undefined || c.column.codeTable !== "yes-no") return type;
    return type === "01" ? "0" : "1";
  },
  reportType: (c) =>
    reportTypeCode({
      activity: str(c.row, "activity"),
      status: str(c.row, "certStatus"),
      renewed: str(c.row, "renewed"),
    }),
  fetchStart: (c) => c.options.fetchFrom,
  fetchEnd: (c) => c.options.fetchTo,
};

/** Whether a team member is competent for the audit: an 专业代码 shares a major category with its scope. */
function professional(c: RowContext): Derived {
  const expertise = list(c.row, "expertise");
  const scope = list(c.audit, "scope");
  if (expertise === undefined || scope === undefined) return undefined;
  const majors = new Set(scope.map((s) => s.slice(0, 2)));
  return expertise.some((e) => majors.has(e.slice(0, 2))) ? "1" : "0";
}

/** 审核结果信息表 fields by meaning, from a 审核组成员 row and its audit. */
const TEAM_FIELDS: Readonly<Record<string, (c: RowContext) => Derived>> = {
  cbApproval: (c) => c.options.cbApproval,
  certNo: (c) => str(c.row, "certNo"),
  stage: (c) => {
    const a = str(c.audit, "activity");
    if (a === undefined) return undefined;
    return c.column.codeTable === OLD_ACTIVITY_TABLE ? activity59Code(a) : stageCode(a);
  },
  auditStart: (c) => date(c.row, "teamStart") ?? date(c.audit, "auditStart"),
  auditEnd: (c) => date(c.row, "teamEnd") ?? date(c.audit, "auditEnd"),
  name: (c) => str(c.row, "name"),
  idType: (c) => {
    const id = str(c.row, "idNo");
    return id === undefined ? undefined : idTypeCode(id);
  },
  idNo: (c) => str(c.row, "idNo"),
  role: (c) => mapped(ROLE_CODES, str(c.row, "role")),
  qualification: (c) => mapped(QUALIFICATION_CODES, str(c.row, "qualification")),
  professional,
  fullTime: (c) => mapped(YES_NO_CODES, str(c.row, "fullTime")),
};

/** Decimal places of a number as written (2.5 → 1, 3 → 0). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (!Number.isFinite(value) || text.includes("e")) return 0;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A derived day in the column's form: 2016's 审核结果信息表 times are YYYY-MM-DD hh:mm:ss
 * (CNCA-FORMAT.md §2), 2014's and 2015's plain YYYY-MM-DD; the register knows days only.
 */
function inColumnForm(value: Derived, column: LayoutColumn): Derived {
  return column.type === "datetime" && typeof value === "string" && ISO_DAY.test(value)
    ? `${value} 00:00:00`
    : value;
}

function mapText(text: string | undefined, separator: string): string | undefined {
  return text === undefined ? undefined : joinText(text, separator);
}

/** A label or code → the table's code; text that is neither stays as it is (and is noted). */
function codeOrText(table: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return codeFromTable(table, value) ?? value;
}

/** The audit of a team row: the monthly row of its certificate whose dates hold the member's dates. */
function auditOf(team: ReportRow, audits: readonly ReportRow[]): ReportRow | undefined {
  if (audits.length <= 1) return audits[0];
  const start = num(team, "teamStart");
  if (start !== undefined) {
    const holding = audits.find(
      (a) => (num(a, "auditStart") ?? -Infinity) <= start && start <= (num(a, "auditEnd") ?? Infinity),
    );
    if (holding) return holding;
  }
  return audits[audits.length - 1];
}

/**
 * One 证书信息表 row per certificate and activity: an initial audit reported as two stage rows
 * (0101 + 0102) becomes one row — the stage-2 row with the audit running from the first stage's
 * start to the second's end and the person-days of both (本工具约定); the stages stay apart in
 * 审核结果信息表 (3、认证审核阶段代码).
 */
export function mergeStages(rows: readonly ReportRow[]): ReportRow[] {
  const stage2 = new Map<string, ReportRow>();
  for (const row of rows) {
    const certNo = str(row, "certNo");
    if (certNo !== undefined && str(row, "activity") === "0102") stage2.set(certNo, row);
  }
  const merged = new Map<ReportRow, ReportRow>();
  const dropped = new Set<ReportRow>();
  for (const row of rows) {
    const certNo = str(row, "certNo");
    const partner = certNo === undefined ? undefined : stage2.get(certNo);
    if (str(row, "activity") !== "0101" || partner === undefined) continue;
    const base = merged.get(partner) ?? { ...partner };
    const starts = [num(row, "auditStart"), num(base, "auditStart")].filter(
      (x): x is number => x !== undefined,
    );
    const ends = [num(row, "auditEnd"), num(base, "auditEnd")].filter((x): x is number => x !== undefined);
    if (starts.length > 0) base.auditStart = Math.min(...starts);
    if (ends.length > 0) base.auditEnd = Math.max(...ends);
    const days = [num(row, "auditDays"), num(base, "auditDays")];
    if (days.every((d) => d !== undefined)) base.auditDays = (days[0] ?? 0) + (days[1] ?? 0);
    merged.set(partner, base);
    dropped.add(row);
  }
  return rows.filter((row) => !dropped.has(row)).map((row) => merged.get(row) ?? row);
}

/**
 * 36、结合审核类型 from the register: rows of one organisation (统一社会信用代码, else name) audited
 * over the same days under different schemes were one combined audit — 01 one scheme, 02 two,
 * 03 three, 04 four or more (CNCA-FORMAT.md §7 结合审核类型, as the ERP exporters set it).
 */
export function combinedAudits(rows: readonly ReportRow[]): Map<ReportRow, string> {
  const groups = new Map<string, Set<string>>();
  const keyOf = (row: ReportRow): string =>
    [
      str(row, "uscc") ?? str(row, "orgName") ?? `#${row.row}`,
      num(row, "auditStart"),
      num(row, "auditEnd"),
    ].join("|");
  for (const row of rows) {
    const schemes = groups.get(keyOf(row)) ?? new Set<string>();
    schemes.add(str(row, "scheme") ?? "");
    groups.set(keyOf(row), schemes);
  }
  const result = new Map<ReportRow, string>();
  for (const row of rows) {
    const count = num(row, "auditStart") === undefined ? 1 : (groups.get(keyOf(row))?.size ?? 1);
    result.set(row, `0${Math.min(count, 4)}`);
  }
  return result;
}

interface Source {
  grid: SheetGrid;
  rows: ReportRow[];
  headerRow: number;
  used: Set<number>;
}

function readSource(grid: SheetGrid, type: "monthly" | "team", notes: Notes): Source | null {
  const { match } = recogniseSheet(grid);
  if (!match || match.type !== type) return null;
  const report = readReport(grid, type);
  for (const f of report.findings) {
    if (f.severity !== "error" || f.row === 0) continue;
    notes.add("CONVERT-SOURCE-UNREADABLE", grid.name, f.row, f.column, {
      sheet: grid.name,
      row: f.row,
      column: String(f.params.column ?? f.cell),
      value: showCell(grid.cells[f.row - 1]?.[f.column - 1]),
    });
  }
  const used = new Set(match.columnAt.filter((i): i is number => i !== undefined && i >= 0));
  return { grid, rows: report.rows, headerRow: report.headerRow, used };
}

interface FillSpec {
  sheet: LayoutSheet;
  plan: LayoutTemplateSheet;
  source: Source;
  fields: Readonly<Record<string, (c: RowContext) => Derived>>;
  audits?: Map<string, ReportRow[]>;
  /** The rows to write (certificates: stage pairs merged); the source's rows otherwise. */
  rows?: ReportRow[];
}

function fill(spec: FillSpec, options: ConvertOptions, separator: string, notes: Notes): OutValue[][] {
  const { sheet, source } = spec;
  const extras = extraColumns(source.grid, source.headerRow, source.used, sheet);
  const blanks = new Map<number, number>();
  const overPlaces = new Map<number, { count: number; value: number }>();
  const records = spec.rows ?? source.rows;
  const combined = sheet.role === "certificates" ? combinedAudits(records) : undefined;
  const rows = records.map((row) => {
    const certNo = str(row, "certNo");
    const audit =
      spec.audits && certNo !== undefined ? auditOf(row, spec.audits.get(certNo) ?? []) : undefined;
    return sheet.columns.map((column, i): OutValue => {
      const ctx: RowContext = { row, column, options, separator, audit, combined };
      const extra = extras.get(column.code);
      const copied =
        extra === undefined ? null : copiedValue(source.grid.cells[row.row - 1]?.[extra], column, separator);
      let value = copied ?? inColumnForm(spec.fields[column.meaning]?.(ctx), column) ?? null;
      // A derived value that is not a code of its table is left out (and noted): the platform
      // takes codes only, and the register's text would be read as several wrong codes.
      if (typeof value === "string" && column.codeTable !== undefined && copied === null)
        value = knownCodes(spec, column, i, value, separator, notes);
      if (typeof value === "number" && column.decimals !== undefined && decimalsOf(value) > column.decimals) {
        const seen = overPlaces.get(i);
        overPlaces.set(i, { count: (seen?.count ?? 0) + 1, value: seen?.value ?? value });
      }
      if (value === null && column.meaning === "surveillanceCount" && str(row, "activity") === "03")
        notes.add("CONVERT-SURVEILLANCE-NUMBER", source.grid.name, row.row, 0, {});
      else if (value === null && column.required.rule === "always") blanks.set(i, (blanks.get(i) ?? 0) + 1);
      return value;
    });
  });
  // The 2014 template's 35、审核人日数 is NUMBER 10 (whole days): 2.5 is written and said, never rounded.
  for (const [i, { count, value }] of overPlaces) {
    const column = sheet.columns[i]!;
    notes.add("CONVERT-NUMBER-PLACES", sheet.name, spec.plan.firstDataRow, sheet.firstColumn + i, {
      field: column.header,
      decimals: column.decimals ?? 0,
      length: column.template?.length ?? "",
      count,
      value,
      source: fieldClause(sheet, column),
    });
  }
  for (const [i, count] of blanks) {
    const column = sheet.columns[i]!;
    const cell = { row: spec.plan.firstDataRow, column: sheet.firstColumn + i };
    const source = fieldClause(sheet, column);
    const option =
      column.meaning === "cbApproval" ? "--cb" : column.meaning === "cbBranch" ? "--branch" : null;
    const extra = extras.get(column.code);
    if (option !== null)
      notes.add("CONVERT-OPTION-MISSING", sheet.name, cell.row, cell.column, {
        field: column.header,
        option,
        source,
      });
    else if (extra !== undefined)
      notes.add("CONVERT-FIELD-BLANK", sheet.name, cell.row, cell.column, {
        sheet: spec.source.grid.name,
        column: showCell(spec.source.grid.cells[spec.source.headerRow - 1]?.[extra]),
        field: column.header,
        count,
        source,
      });
    else
      notes.add("CONVERT-FIELD-MISSING", sheet.name, cell.row, cell.column, {
        field: column.header,
        header: column.header,
        code: column.code,
        count,
        source,
      });
  }
  return rows;
}

const unknownSeen = new WeakMap<FillSpec, Set<string>>();

/** The parts of a derived coded value its table holds; the others are noted once per field and value. */
function knownCodes(
  spec: FillSpec,
  column: LayoutColumn,
  i: number,
  value: string,
  separator: string,
  notes: Notes,
): string | null {
  const parts = column.multi ? value.split(separator) : [value];
  const kept = parts.filter((part) => {
    if (codeFromTable(column.codeTable!, part) === part) return true;
    const seen = unknownSeen.get(spec) ?? new Set<string>();
    unknownSeen.set(spec, seen);
    const key = `${column.code}\u0000${part}`;
    if (!seen.has(key)) {
      seen.add(key);
      notes.add("CONVERT-NO-CODE", spec.sheet.name, spec.plan.firstDataRow, spec.sheet.firstColumn + i, {
        value: part,
        table: codeTable(column.codeTable!)?.name ?? column.codeTable!,
        field: column.header,
        code: column.code,
        source: fieldClause(spec.sheet, column),
      });
    }
    return false;
  });
  return kept.length === 0 ? null : kept.join(separator);
}

/** Converts the friendly sheets of `grids` into the sheets of CNCA layout `layoutId`. */
export function convertToCnca(
  grids: readonly SheetGrid[],
  layoutId: string,
  options: ConvertOptions = {},
): Conversion {
  const layout = getLayout(layoutId);
  if (layout === undefined || layout.family !== "cnca") throw new Error(`no CNCA layout ${layoutId}`);
  const notes = new Notes();
  const plan = layoutTemplatePlan(layoutId);
  const monthly = grids.map((g) => readSource(g, "monthly", notes)).filter((s): s is Source => s !== null);
  const team = grids.map((g) => readSource(g, "team", notes)).filter((s): s is Source => s !== null);
  if (monthly.length === 0 && team.length === 0) notes.add("CONVERT-NO-SOURCE", "", 0, 0, {});

  const audits = new Map<string, ReportRow[]>();
  for (const s of monthly)
    for (const row of s.rows) {
      const certNo = str(row, "certNo");
      if (certNo !== undefined) audits.set(certNo, [...(audits.get(certNo) ?? []), row]);
    }

  const sheets = layout.sheets.map((sheet, index): ConvertedSheet => {
    const sheetPlan = plan.sheets[index]!;
    const sources = sheet.role === "certificates" ? monthly : sheet.role === "team" ? team : [];
    const fields = sheet.role === "certificates" ? CERTIFICATE_FIELDS : TEAM_FIELDS;
    const rows = sources.flatMap((source) =>
      fill(
        {
          sheet,
          plan: sheetPlan,
          source,
          fields,
          audits: sheet.role === "team" ? audits : undefined,
          rows: sheet.role === "certificates" ? mergeStages(source.rows) : undefined,
        },
        options,
        layout.separator,
        notes,
      ),
    );
    return { plan: sheetPlan, rows };
  });
  noteTeamsWithoutAudit(team, audits, layout.sheets, notes);
  return {
    layoutId,
    layoutTitle: layout.title,
    sheets,
    notes: notes.list,
    sources: [...monthly, ...team].map((s) => ({
      sheet: s.grid.name,
      type: monthly.includes(s) ? "monthly" : "team",
      rows: s.rows.length,
    })),
  };
}

function noteTeamsWithoutAudit(
  team: readonly Source[],
  audits: ReadonlyMap<string, ReportRow[]>,
  sheets: readonly LayoutSheet[],
  notes: Notes,
): void {
  const teamSheet = sheets.find((s) => s.role === "team");
  const stage = teamSheet?.columns.find((c) => c.meaning === "stage");
  if (!teamSheet || !stage) return;
  const seen = new Set<string>();
  for (const source of team)
    for (const row of source.rows) {
      const certNo = str(row, "certNo");
      if (certNo === undefined || audits.has(certNo) || seen.has(certNo)) continue;
      seen.add(certNo);
      notes.add("CONVERT-NO-AUDIT", source.grid.name, row.row, 0, { certNo, field: stage.header });
    }
}

/** Column letter of a field in a converted sheet (for messages and tests). */
export function fieldLetter(sheet: LayoutSheet, code: string): string {
  return columnLetters(sheet.firstColumn + sheet.columns.findIndex((c) => c.code === code));
}
