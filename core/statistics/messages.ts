/**
 * Every statistics and self-inspection finding: stable id, severity, clause and wording in one
 * table (STYLE.md, after zod's locales). `STATS_MESSAGES` holds the problems thrown for bad options;
 * core/messages.ts merges it.
 */
import type { MessageTemplate } from "../messages";

export interface StatsCheckDef {
  severity: "error" | "warning" | "info";
  clause: string;
  zh: string;
  en: string;
}

export const STATS_CHECKS = {
  // ── reading and merging ────────────────────────────────────────────────────────────────────
  "STATS-STATUS-UNKNOWN": {
    severity: "error",
    clause: "CNCA 模版 证书信息表 第 41 项",
    zh: "证书「{certNo}」的证书状态「{value}」无法识别，应为 有效/暂停/撤销/注销 或代码 01–05；计入「无法归类」",
    en: 'Certificate {certNo}: status "{value}" is not recognised; expected 有效/暂停/撤销/注销 or codes 01–05; counted as unclassified',
  },
  "STATS-VALUE-UNREADABLE": {
    severity: "error",
    clause: "本工具约定",
    zh: "证书「{certNo}」的{field}「{value}」无法读取（日期应为 2025-12-31 等格式）；该证书计入「无法归类」",
    en: 'Certificate {certNo}: {fieldEn} "{value}" cannot be read (dates like 2025-12-31); counted as unclassified',
  },
  "STATS-CERTNO-MISSING": {
    severity: "error",
    clause: "CNCA 模版 证书信息表 第 21 项",
    zh: "该行有数据但没有证书号，无法统计；计入「无法归类」",
    en: "This row holds data but no certificate number and cannot be counted; counted as unclassified",
  },
  "STATS-VALUE-IGNORED": {
    severity: "warning",
    clause: "本工具约定",
    zh: "证书「{certNo}」的{field}「{value}」无法读取，已按空白处理；依赖该值的检查对本行未执行",
    en: 'Certificate {certNo}: {fieldEn} "{value}" cannot be read and is treated as blank; checks needing it skip this row',
  },
  "STATS-DATE-MISSING": {
    severity: "error",
    clause: "本工具约定",
    zh: "证书「{certNo}」缺少{field}，无法判定其在 {asOf} 的状态；计入「无法归类」",
    en: "Certificate {certNo} has no {fieldEn}; its state on {asOf} cannot be decided; counted as unclassified",
  },
  "STATS-SCOPE-UNKNOWN": {
    severity: "warning",
    clause: "000 4.3.5.2(3)",
    zh: "有效证书「{certNo}」的业务范围代码「{value}」不属于 {profile} 的业务大类（01–{last}）；在按大类统计中计入「无法归类」",
    en: 'Valid certificate {certNo}: scope code "{value}" is not a major category of {profile} (01–{last}); counted as unclassified in the scope table',
  },
  "STATS-DIVISION-UNKNOWN": {
    severity: "warning",
    clause: "000 4.3.5.2(4)",
    zh: "有效证书「{certNo}」的行政区划代码「{value}」无法对应到省份；在按省份统计中计入「无法归类」",
    en: 'Valid certificate {certNo}: division code "{value}" maps to no province; counted as unclassified in the province table',
  },
  "STATS-PROVINCE-SUM": {
    severity: "warning",
    clause: "000 4.3.5.2(4)",
    zh: "按省份统计合计 {sum} 张，与有效证书总数 {total} 张相差 {difference} 张（即「无法归类」行），请补正行政区划代码",
    en: "The province table sums to {sum}, total valid is {total}: a difference of {difference} (the unclassified row); fix the division codes",
  },
  "STATS-MERGE-CONFLICT": {
    severity: "warning",
    clause: "本工具约定",
    zh: "证书「{certNo}」在同一日期 {date} 的两份报告中状态不同：{kept}（{keptStatus}，采用，后给出的文件）与 {other}（{otherStatus}）",
    en: "Certificate {certNo}: two reports of the same date {date} disagree: {kept} ({keptStatus}, used: the later file) and {other} ({otherStatus})",
  },
  "STATS-YEAR-OUTSIDE-DATA": {
    severity: "warning",
    clause: "000 4.3.5.2",
    zh: "统计年度 {year} 不在数据覆盖的年份（{from}–{to}）之内，统计结果可能全为 0",
    en: "Year {year} is outside the years the data covers ({from}–{to}); the counts may all be 0",
  },
  "STATS-NO-CERTIFICATES": {
    severity: "warning",
    clause: "000 4.3.5.2",
    zh: "所给的文件中没有可识别的证书台账或证书信息表（需有「证书号」等表头）",
    en: "None of the given files holds a recognisable certificate register or 证书信息表 (a 证书号 header is needed)",
  },
  // ── self-inspection (002, DOMAIN §9.1) ─────────────────────────────────────────────────────
  "STATS-DUPLICATE": {
    severity: "error",
    clause: "002 证书自查 3",
    zh: "证书号「{certNo}」在同一工作表中出现两次（另见第 {otherRow} 行）{activity}",
    en: "Certificate number {certNo} appears twice in one sheet (also row {otherRow}){activityEn}",
  },
  "STATS-REUSED": {
    severity: "error",
    clause: "001 C.5",
    zh: "证书号「{certNo}」已于 {date} {status}（{other}），其后又作为{laterStatus}证书出现；撤销或注销的证书号不得再次使用",
    en: "Certificate number {certNo} was {statusEn} on {date} ({other}) and appears again later as {laterStatusEn}; a withdrawn or cancelled number is never used again",
  },
  "STATS-SUB-NO-MAIN": {
    severity: "error",
    clause: "CNCA 模版 证书信息表 第 48 项",
    zh: "子证书「{certNo}」的主证书「{main}」不在台账中",
    en: "Sub-certificate {certNo}: its main certificate {main} is not in the register",
  },
  "STATS-SUB-OUTLIVES-MAIN": {
    severity: "error",
    clause: "CNCA 模版 证书信息表 第 40 项",
    zh: "子证书「{certNo}」{what}，晚于其主证书「{main}」（{mainWhat}）；子证书不得超出主证书的有效期",
    en: "Sub-certificate {certNo} {whatEn}, later than its main certificate {main} ({mainWhatEn}); a sub-certificate cannot outlive its main certificate",
  },
  "STATS-VALID-EXPIRED": {
    severity: "error",
    clause: "CNCA 模版 证书信息表 第 41 项",
    zh: "证书「{certNo}」状态为「{status}」，但已于 {expiry} 到期（截至 {asOf}）；统计按「过期」计，请更正台账状态",
    en: 'Certificate {certNo} is marked "{statusEn}" but expired on {expiry} (as of {asOf}); counted as expired, fix the register status',
  },
  "STATS-VALIDITY-TOO-LONG": {
    severity: "error",
    clause: "004 6.2.1",
    zh: "证书「{certNo}」颁证 {issue}、截止 {expiry}，超过 {years} 年有效期（最晚 {latest}）",
    en: "Certificate {certNo}: issued {issue}, expires {expiry}, beyond the {years}-year validity (latest {latest})",
  },
  "STATS-SUSPENSION-TOO-LONG": {
    severity: "error",
    clause: "004 7.2.2",
    zh: "证书「{certNo}」自 {start} 暂停至 {end}，超过 {months} 个月（最晚 {latest}）；逾期未恢复应撤销（004 7.3(3)）",
    en: "Certificate {certNo} suspended from {start} to {end}, beyond {months} months (latest {latest}); unresolved, it must be withdrawn (004 7.3(3))",
  },
  "STATS-DAYS-BELOW-MINIMUM": {
    severity: "error",
    clause: "002 合评计调自查 4",
    zh: "证书「{certNo}」的{activity}审核人日数 {days} 低于最低要求 {minimum} 人日（{profile}，有效人数 {employees}，最大减少 30%，004 5.4.2.3）：审核人日数严重不足",
    en: "Certificate {certNo}: {activityEn} audit days {days} are below the minimum {minimum} ({profile}, {employees} people, largest reduction 30 %, 004 5.4.2.3): seriously short",
  },
  "STATS-AUDITOR-OVER-180": {
    severity: "warning",
    clause: "001 3.9",
    zh: "{name}（{id}）{year} 年现场审核 {days} 天，超过 180 天/年",
    en: "{name} ({id}) audited on site {days} days in {year}, above 180 days a year",
  },
  "STATS-AUDITOR-OVERLAP": {
    severity: "warning",
    clause: "002 合法合规方面 8",
    zh: "{name}（{id}）在 {from} 至 {to} 同时参加证书「{certNo}」与「{otherCertNo}」的审核（{other}）；除同一组织的结合审核外，同一人员不能同时在两处审核",
    en: "{name} ({id}) is on the audits of {certNo} and {otherCertNo} at once between {from} and {to} ({other}); except a combined audit of one organisation, one person cannot audit in two places at once",
  },
  "STATS-STAGE1-NOT-IN-STAGE2": {
    severity: "error",
    clause: "001 5.4.4.1",
    zh: "证书「{certNo}」的第一阶段审核组成员（{stage1}）无一人参加第二阶段审核（{stage2}）",
    en: "Certificate {certNo}: no member of the stage-1 team ({stage1}) takes part in stage 2 ({stage2})",
  },
  "STATS-CERTS-PER-AUDITOR": {
    severity: "warning",
    clause: "001 3.10",
    zh: "有效证书 {valid} 张、审核员 {auditors} 名（{source}），人均 {ratio} 张，超过 50 张/审核员",
    en: "{valid} valid certificates and {auditors} auditors ({sourceEn}): {ratio} per auditor, above 50",
  },
  "STATS-MARK-OUTSIDE-SCOPE": {
    severity: "error",
    clause: "002 合评计调自查 6",
    zh: "证书「{certNo}」带 CNAS 认可标识，但业务范围代码「{scopes}」不在所列认可范围内",
    en: "Certificate {certNo} carries the CNAS mark but scope codes {scopes} are outside the accredited scopes listed",
  },
  "STATS-ACCREDITED-WITHOUT-MARK": {
    severity: "warning",
    clause: "002 合评计调自查 7",
    zh: "证书「{certNo}」的业务范围「{scopes}」均在认可范围内，却未带 CNAS 认可标识",
    en: "Certificate {certNo}: scopes {scopes} are all inside the accredited scopes, yet the certificate has no CNAS mark",
  },
} as const satisfies Record<string, StatsCheckDef>;

export type StatsCheckId = keyof typeof STATS_CHECKS;

/** Field names in messages. */
export const STATS_FIELDS: Readonly<Record<string, MessageTemplate>> = {
  status: { zh: "证书状态", en: "status" },
  statusDate: { zh: "状态变更日期", en: "status change date" },
  issueDate: { zh: "颁证日期", en: "issue date" },
  expiryDate: { zh: "证书截止日期", en: "expiry date" },
  suspendStart: { zh: "暂停开始日期", en: "suspension start" },
  suspendEnd: { zh: "暂停截止日期", en: "suspension end" },
  withdrawDate: { zh: "撤销日期", en: "withdrawal date" },
  fetchEnd: { zh: "取数截止日期", en: "report date" },
  risk: { zh: "风险系数", en: "risk" },
  changeDate: { zh: "变更日期", en: "change date" },
  auditStart: { zh: "审核开始日期", en: "audit start" },
  auditEnd: { zh: "审核结束日期", en: "audit end" },
  reportDate: { zh: "取数截止日期", en: "report date" },
  auditDays: { zh: "审核人日数", en: "audit days" },
  employees: { zh: "有效人数", en: "headcount" },
};

export const STATS_MESSAGES: Record<string, MessageTemplate> = {
  "stats.yearInvalid": {
    zh: "统计年度「{value}」无法识别，应为 4 位年份，例如 2025",
    en: 'Year "{value}" is not readable; expected four digits, e.g. 2025',
  },
  "stats.yearsInvalid": {
    zh: "自查统计年数「{value}」无效，应为 1 到 20 的整数",
    en: 'Number of self-inspection years "{value}" is invalid; expected a whole number from 1 to 20',
  },
  "stats.auditorsInvalid": {
    zh: "审核员人数「{value}」无效，应为正整数",
    en: 'Auditor count "{value}" is invalid; expected a whole number above 0',
  },
  "stats.scopeListInvalid": {
    zh: "认可范围代码「{value}」无法识别，应为业务范围代码，例如 03 或 29.07，多个以逗号分隔",
    en: 'Accredited scope code "{value}" is not readable; expected scope codes such as 03 or 29.07, separated by commas',
  },
  "stats.profileNoCategories": {
    zh: "规则配置 {profile} 没有业务大类代码表，无法按业务大类统计；请选择有业务大类的配置，例如 {example}",
    en: "Profile {profile} has no business category table, so valid certificates cannot be counted by category; choose a profile with categories, e.g. {example}",
  },
};
