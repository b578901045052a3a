/**
 * The shapes of the annual statistics and the register self-inspection (DOMAIN §10, §9.1 register,
 * team-across-stages and body-level checks): records read from any certificate-bearing sheet,
 * merged by certificate number, and the result adapters show.
 */
import type { EpochDay } from "../dates/civil";

/** Where a row came from: file (as the user named it), sheet and its columns by field meaning. */
export interface SheetSource {
  file: string;
  sheet: string;
  /** Layout recognised: `cnca-2016`, `cnca-59`, `friendly` … and the sheet's id in it. */
  layout: string;
  layoutSheet: string;
  /** 1-based column of each field meaning the sheet carries. */
  columns: Readonly<Record<string, number>>;
  /** Position of the file among the inputs (later files are later reports on a tie). */
  order: number;
}

/** CNCA 证书状态分类代码: 01 有效, 02 暂停, 03 撤销, 04 注销, 05 过期失效. */
export type StatusCode = "01" | "02" | "03" | "04" | "05";

/** A value that was present but could not be read: counted as 无法归类, listed with a finding. */
export interface Unreadable {
  meaning: string;
  value: string;
}

export interface RegisterRecord {
  certNo: string;
  src: SheetSource;
  /** 1-based sheet row. */
  row: number;
  status?: StatusCode;
  /** The day the status took effect (状态变更日期, 暂停开始, 撤销时间, 变更日期). */
  statusDate?: EpochDay;
  issueDate?: EpochDay;
  expiryDate?: EpochDay;
  /** Business scope codes as written, normalised ("03.01.02"). */
  scopes: string[];
  division?: string;
  /** 认证项目 / 认证项目分类代码 as written, or the scheme part of the certificate number. */
  scheme?: string;
  sub: boolean;
  mainCertNo?: string;
  /** 认可标志 codes (01 CNAS …); empty = no mark. */
  marks: string[];
  activity?: string;
  auditStart?: EpochDay;
  auditEnd?: EpochDay;
  auditDays?: number;
  employees?: number;
  risk?: string;
  suspendStart?: EpochDay;
  suspendEnd?: EpochDay;
  /** 取数截止日期 when the report carries it. */
  reportDate?: EpochDay;
  unreadable: Unreadable[];
}

export interface TeamRecord {
  certNo?: string;
  src: SheetSource;
  row: number;
  name: string;
  idNo?: string;
  stage?: string;
  qualification?: string;
  start?: EpochDay;
  end?: EpochDay;
}

export interface AuditorRecord {
  src: SheetSource;
  row: number;
  name: string;
  idNo?: string;
  totalDays?: number;
}

/** What one sheet gave: its records, or why it was not used. */
export interface SheetRead {
  file: string;
  sheet: string;
  /** Layout recognised, also for a CNCA sheet statistics leaves out (kind `ignored`); null when none. */
  layout: string | null;
  kind: "certificates" | "team" | "auditors" | "ignored";
  rows: number;
}

export interface StatsInput {
  registers: RegisterRecord[];
  team: TeamRecord[];
  auditors: AuditorRecord[];
  sheets: SheetRead[];
}

export interface StatsOptions {
  year: number;
  /** How many years the self-inspection counts cover, ending with `year` (002 附件 一): default 3. */
  years?: number;
  /** Profile whose business categories name the scope table (default HG-HY). */
  profile?: string;
  /** Qualified auditors of the body, when the team data does not tell (001 3.10). */
  auditorCount?: number;
  /** Scope codes the body is accredited for (002 合评计调自查 6–7); absent = those checks not run. */
  accreditedScopes?: string[];
}

export type CertState = "有效" | "暂停" | "撤销" | "注销" | "过期";
export const CERT_STATES: readonly CertState[] = ["有效", "暂停", "撤销", "注销", "过期"];
export const UNCLASSIFIED = "无法归类";

export interface StatsFinding {
  id: string;
  severity: "error" | "warning" | "info";
  clause: string;
  file: string;
  sheet: string;
  /** A1 of the cell, empty for a finding about the whole register. */
  cell: string;
  row: number;
  certNo?: string;
  params: Record<string, string | number>;
  message: string;
  messageEn: string;
}

export interface CheckRun {
  id: string;
  clause: string;
  ran: boolean;
  /** Why it did not run (zh). */
  reason?: string;
  findings: number;
}

export interface Supersession {
  certNo: string;
  kept: string;
  replaced: string;
}

export interface MergeReport {
  files: number;
  sheets: number;
  rows: number;
  certificates: number;
  /** Which row replaced which: latest report wins (file:sheet!row). */
  superseded: Supersession[];
  conflicts: number;
}

export interface YearCounts {
  year: number;
  issued: number;
  suspended: number;
  withdrawn: number;
  cancelled: number;
}

/** The four tables of 000 4.3.5.2 and their counts, as built and as reported. */
export interface AnnualTables {
  issued: number;
  totalValid: number;
  byStatus: Record<string, number>;
  byScope: Record<string, number>;
  byProvince: Record<string, number>;
  byScheme: Record<string, number>;
  /** Table 3 must sum to totalValid (000 4.3.5.2(4)); the difference is the 无法归类 row. */
  provinceSum: { sum: number; totalValid: number; difference: number };
  /** Certificates left out and why (never silently). */
  excluded: { subCertificates: number; notYetIssued: number; endedBeforeYear: number };
}

export interface AnnualStatistics extends AnnualTables {
  year: number;
  asOf: string;
  selfInspection: YearCounts[];
  findings: StatsFinding[];
  checksRun: CheckRun[];
  merge: MergeReport;
}
