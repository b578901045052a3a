/**
 * Our domain checks on CNCA's real fields (issue 7 item 4) without writing them twice: a CNCA
 * 证书信息表 / 审核结果信息表 is handed to the checks of DOMAIN §9.1 as a parsed sheet of the
 * friendly meanings they read (`activity`, `employees`, `role` …). CNCA's codes are translated
 * where the friendly lists differ (活动 05 变更 is our 04, 是非 1/0 is 是/否, 风险 01/02/03 is
 * 高/中/低, 角色 and 资格 codes are their labels); the cells and their addresses stay CNCA's, so
 * every finding points at the real cell. A check whose field a layout lacks simply finds no column.
 */
import { codeTable } from "../layouts";
import { ParsedSheet, BAD, OK, type ParsedColumn, type ParsedValue } from "../parsed-sheet";
import { REPORT_SPECS } from "../specs";
import type { CellFormatKind, CodeKind, ColumnSpec } from "../specs/column";
import type { ReportType } from "../types";
import type { CncaValue } from "./cells";
import { BAD as BAD_CNCA, OK as CNCA_OK, type CncaSheet } from "./read";

type Translate = (value: CncaValue | undefined, sheet: CncaSheet, i: number) => ParsedValue;

interface Mapping {
  /** Friendly key the checks read. */
  key: string;
  /** CNCA meaning it comes from. */
  from: string;
  format: CellFormatKind;
  check?: CodeKind;
  translate?: Translate;
  /** Translate rows where the field is blank too (the value comes from another field). */
  anyRow?: boolean;
}

const YES_NO: Readonly<Record<string, string>> = { "1": "是", "0": "否" };

/**
 * CNCA 认证审核活动代码 → our activity (DOMAIN §9): 01–03 agree; 04 特殊审核 is our label;
 * 05 变更 is our 04; 06 (label not found, but fees are required for it, so an audit) is read as
 * 特殊审核 — an audit with a team and half days, but no §3.4 standard (本工具约定).
 */
const ACTIVITY: Readonly<Record<string, string>> = {
  "01": "01",
  "02": "02",
  "03": "03",
  "04": "特殊审核",
  "05": "04",
  "06": "特殊审核",
};
const RISK: Readonly<Record<string, string>> = { "01": "高", "02": "中", "03": "低" };
const ROLE: Readonly<Record<string, string>> = { "01": "组长", "02": "组员", "03": "技术专家" };
/** 资格类型: 01/02 auditors, 03 trainees, 04 experts; other codes (审查员 …) keep their label and count as neither. */
const QUALIFICATION: Readonly<Record<string, string>> = {
  "01": "高级审核员",
  "02": "审核员",
  "03": "实习审核员",
  "04": "技术专家",
};

function lookup(map: Readonly<Record<string, string>>, fallbackTable?: string): Translate {
  return (v) => {
    if (typeof v !== "string") return undefined;
    const label = map[v];
    if (label !== undefined) return label;
    const table = fallbackTable ? codeTable(fallbackTable) : undefined;
    return table?.values[v] ?? v;
  };
}

const asList: Translate = (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : undefined);

/**
 * The scheme a row's profile is chosen by: 24 认证依据 when given (HG and SR have no known
 * 认证项目分类代码), else a project code the table or its prefixes know (QMS, EMS … — no profile of
 * ours, which the audit-time check says once), else nothing, so the certificate number's scheme
 * part decides.
 */
const scheme: Translate = (v, sheet, i) => {
  const basis = sheet.str(sheet.code("schemeBasis") ?? "", i);
  if (basis !== undefined) return basis;
  if (typeof v !== "string") return undefined;
  const table = codeTable("project");
  const known =
    table?.values[v] !== undefined || Object.keys(table?.prefixes ?? {}).some((p) => v.startsWith(p));
  return known ? v : undefined;
};

const CERTIFICATES: readonly Mapping[] = [
  { key: "orgName", from: "orgName", format: "text" },
  { key: "uscc", from: "orgCode", format: "id", check: "uscc-or-org" },
  { key: "division", from: "division", format: "code", check: "division" },
  { key: "country", from: "country", format: "code" },
  { key: "employees", from: "employees", format: "number" },
  { key: "scheme", from: "schemeCode", format: "text", translate: scheme, anyRow: true },
  { key: "activity", from: "activity", format: "enum", translate: lookup(ACTIVITY) },
  { key: "auditStart", from: "auditStart", format: "date" },
  { key: "auditEnd", from: "auditEnd", format: "date" },
  { key: "auditDays", from: "auditDays", format: "number" },
  { key: "baseDays", from: "baseDays", format: "number" },
  { key: "recertCount", from: "recertCount", format: "number" },
  { key: "surveillanceCount", from: "surveillanceCount", format: "number" },
  { key: "risk", from: "risk", format: "enum", translate: lookup(RISK) },
  { key: "scope", from: "scope", format: "multi-code", translate: asList },
  { key: "certNo", from: "certNo", format: "id", check: "cert-no" },
  { key: "mainCertNo", from: "mainCertNo", format: "id" },
  { key: "issueDate", from: "issueDate", format: "date" },
  { key: "expiryDate", from: "expiryDate", format: "date" },
  { key: "certStatus", from: "certStatus", format: "enum" },
  { key: "subCert", from: "subCert", format: "enum", translate: lookup({ "1": "子证书", "0": "主证书" }) },
  { key: "multiSite", from: "multiSite", format: "enum", translate: lookup(YES_NO) },
  { key: "accreditation", from: "accreditation", format: "multi-code", translate: asList },
  { key: "changeType", from: "changeType", format: "multi-code", translate: asList },
  { key: "changeDate", from: "changeDate", format: "date" },
  { key: "suspendStart", from: "suspendStart", format: "date" },
  { key: "suspendEnd", from: "suspendEnd", format: "date" },
  { key: "withdrawDate", from: "withdrawDate", format: "date" },
  { key: "renewDate", from: "renewDate", format: "date" },
  { key: "decisionDate", from: "decisionDate", format: "date" },
  { key: "firstIssueDate", from: "firstIssueDate", format: "date" },
  { key: "coverage", from: "coverage", format: "text" },
];

const TEAM: readonly Mapping[] = [
  { key: "certNo", from: "certNo", format: "id" },
  { key: "stage", from: "stage", format: "code" },
  { key: "name", from: "name", format: "text" },
  { key: "idType", from: "idType", format: "code" },
  // Every ID number for "the same person on two audits"; only 居民身份证 (01) for the checksum.
  { key: "idNo", from: "idNo", format: "id" },
  {
    key: "idCard",
    from: "idNo",
    format: "id",
    check: "id-card",
    translate: (v, sheet, i) => {
      const type = sheet.str(sheet.code("idType") ?? "", i);
      return type === undefined || type === "01" ? (typeof v === "string" ? v : undefined) : undefined;
    },
  },
  { key: "role", from: "role", format: "enum", translate: lookup(ROLE, "member-role") },
  {
    key: "qualification",
    from: "qualification",
    format: "enum",
    translate: lookup(QUALIFICATION, "qualification"),
  },
  { key: "fullTime", from: "fullTime", format: "enum", translate: lookup(YES_NO) },
  { key: "professional", from: "professional", format: "enum", translate: lookup(YES_NO) },
  { key: "teamStart", from: "auditStart", format: "date" },
  { key: "teamEnd", from: "auditEnd", format: "date" },
];

const BY_ROLE: Readonly<Partial<Record<string, { type: ReportType; mappings: readonly Mapping[] }>>> = {
  certificates: { type: "monthly", mappings: CERTIFICATES },
  team: { type: "team", mappings: TEAM },
};

function specOf(m: Mapping, header: string, code: string): ColumnSpec {
  return {
    key: m.key,
    header,
    headerEn: code,
    required: false,
    synonyms: [],
    format: m.format,
    ...(m.check ? { check: m.check } : {}),
    minExclusive: false,
    yearMonth: false,
    numberFormat: "@",
    extra: false,
    clause: "CNCA 模版",
  };
}

/**
 * The friendly view of a CNCA sheet, or null for sheets our domain checks do not read (能源绩效,
 * 审核计划). Values the CNCA reader could not read stay unreadable (BAD), so no check guesses.
 */
export function toParsedSheet(sheet: CncaSheet): ParsedSheet | null {
  const target = BY_ROLE[sheet.def.role];
  if (!target) return null;
  const parsed = new ParsedSheet(
    sheet.name,
    target.type,
    REPORT_SPECS[target.type],
    sheet.headerRow,
    sheet.rows,
  );
  parsed.layout = sheet.layout.id;
  for (const m of target.mappings) {
    const code = sheet.code(m.from);
    if (code === undefined || (!sheet.has(code) && !m.anyRow)) continue;
    const col = sheet.column(code);
    const n = sheet.rows.length;
    const values = new Array<ParsedValue>(n);
    const state = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const s = sheet.state(code, i);
      if (s === BAD_CNCA) {
        state[i] = BAD;
        continue;
      }
      if (s !== CNCA_OK && !m.anyRow) continue;
      const raw = sheet.value(code, i);
      const v = m.translate ? m.translate(raw, sheet, i) : raw;
      if (v === undefined) continue;
      values[i] = v;
      state[i] = OK;
    }
    const column: ParsedColumn = {
      spec: specOf(m, col?.header ?? code, code),
      index: Math.max(0, sheet.col(code) - 1),
      values,
      state,
    };
    parsed.columns.set(m.key, column);
  }
  return parsed;
}
