/**
 * Small report grids for the validation tests: a clean row per report type (no finding at all),
 * from which each test changes only the cells it is about, so every expected finding stands beside
 * the one change that causes it (STYLE.md "Golden files").
 */
import type { CellValue, Finding, SheetGrid } from "../../../core/validation";
import {
  columnLetters,
  REPORT_SPECS,
  templateColumns,
  validateWorkbook,
  type ReportType,
  type ValidateOptions,
  type ValidationResult,
} from "../../../core/validation";

export type Row = Record<string, CellValue>;

/** A clean initial-certification row: HG-HY, 180 people, high risk → 10 person-days (DOMAIN §3.7). */
export const MONTHLY_ROW: Row = {
  orgName: "上海合规样例有限公司",
  orgNameEn: "",
  orgFormerName: "",
  uscc: "91310115MA1FL7Q289",
  industry: "",
  country: "156",
  division: "310115",
  address: "上海市浦东新区样例路1号",
  postcode: "200120",
  phone: "021-12345678",
  fax: "",
  legalRep: "张三",
  natureCode: "",
  capital: 500,
  employees: 180,
  scheme: "HG",
  activity: "01",
  changeType: "",
  auditStart: "2026-10-08",
  auditEnd: "2026-10-10",
  auditDays: 10,
  risk: "高",
  scope: "03.01.02",
  renewed: "",
  renewReason: "",
  previousCert: "",
  accreditation: "01",
  certNo: "081226HG00017R001",
  subCert: "主证书",
  multiSite: "否",
  coverage: "食品生产的合规管理",
  issueDate: "2026-10-20",
  expiryDate: "2029-10-19",
  certStatus: "有效",
};

export const TEAM_ROWS: Row[] = [
  {
    certNo: "081226HG00017R001",
    name: "李四",
    idNo: "320102198803151232",
    qualification: "高级审核员",
    role: "组长",
    fullTime: "是",
    expertise: "03.01",
    teamStart: "2026-10-08",
    teamEnd: "2026-10-10",
  },
  {
    certNo: "081226HG00017R001",
    name: "王五",
    idNo: "11010519491231002X",
    qualification: "审核员",
    role: "组员",
    fullTime: "否",
    expertise: "29",
    teamStart: "2026-10-08",
    teamEnd: "2026-10-10",
  },
];

export const FAILED_ROW: Row = {
  orgName: "北京未通过样例有限公司",
  uscc: "12440300455761025K",
  address: "北京市海淀区样例路2号",
  legalRep: "赵六",
  phone: "",
  standardCode: "GB/T 35770-2022",
  scope: "29.07",
  auditType: "初次认证",
  auditStart: "2026-10-12",
  auditEnd: "2026-10-13",
  reason: "管理体系未有效运行",
};

export const STATUS_ROW: Row = {
  certNo: "081225HG00003R000",
  orgName: "上海暂停样例有限公司",
  issueDate: "2025-03-01",
  expiryDate: "2028-02-29",
  status: "暂停",
  changeDate: "2025-09-30",
  changeType: "",
  activityPeriod: "",
  suspendReason: "不能按照规定的时间间隔接受监督审核",
  suspendStart: "2025-09-30",
  suspendEnd: "2026-03-29",
  withdrawReason: "",
  withdrawDate: "",
  renewReason: "",
  renewDate: "",
  reportedDate: "2025-10-10",
};

export const REGISTER_ROW: Row = {
  certNo: "081225HG00003R000",
  orgName: "上海台账样例有限公司",
  scheme: "合规管理体系",
  scope: "29.07;03",
  division: "310115",
  issueDate: "2025-03-01",
  expiryDate: "2028-02-29",
  certStatus: "有效",
  statusDate: "",
  subCert: "主证书",
};

export const AUDITOR_ROW: Row = {
  name: "李四",
  sex: "男",
  birth: "1988-03",
  education: "本科",
  school: "",
  employment: "专职",
  residence: "南京",
  idNo: "320102198803151232",
  field: "HG",
  major: "",
  title: "",
  expertise: "03.01;29",
  totalDays: 120,
  fieldDays: 60,
  duty: "审核",
  hired: "2015-06-01",
  dismissed: "",
};

/** A sheet of the given type with the template's headers (row 1) and the rows given by field key. */
export function grid(type: ReportType, rows: Row[], name: string = REPORT_SPECS[type].title): SheetGrid {
  const cols = templateColumns(type);
  return {
    name,
    cells: [
      cols.map((c) => c.header),
      ...rows.map((r) => cols.map((c) => (c.key in r ? (r[c.key] ?? null) : null))),
    ],
  };
}

/** A monthly sheet: one clean row per change set (one clean row when none is given). */
export const monthly = (...changes: Row[]): SheetGrid =>
  grid(
    "monthly",
    (changes.length > 0 ? changes : [{}]).map((c) => ({ ...MONTHLY_ROW, ...c })),
  );
export const team = (...rows: Row[]): SheetGrid => grid("team", rows);

export const OPTIONS: ValidateOptions = { month: "2026-10", reportDate: "2026-11-03" };

export function run(sheets: SheetGrid[], options: ValidateOptions = OPTIONS): ValidationResult {
  return validateWorkbook(sheets, options);
}

/** The findings of one id, as "cell" strings (sheet-qualified when several sheets are involved). */
export function cellsOf(result: ValidationResult, id: string): string[] {
  return result.findings.filter((f) => f.id === id).map((f) => f.cell);
}

export function only(result: ValidationResult, id: string): Finding {
  const list = result.findings.filter((f) => f.id === id);
  if (list.length !== 1)
    throw new Error(
      `expected exactly one ${id}, got ${list.length}: ${JSON.stringify(result.findings.map((f) => [f.id, f.cell]))}`,
    );
  return list[0] as Finding;
}

/** Findings other than the info notes, as "id@cell", for asserting a clean sheet. */
export function problems(result: ValidationResult): string[] {
  return result.findings.filter((f) => f.severity !== "info").map((f) => `${f.id}@${f.sheet}!${f.cell}`);
}

/** Column letter of a field in the template layout. */
export function colOf(type: ReportType, key: string): string {
  const index = templateColumns(type).findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key} in ${type}`);
  return columnLetters(index + 1);
}
