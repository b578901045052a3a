/**
 * Every validation check: its stable id, severity, clause and wording, in ONE table (STYLE.md,
 * after zod's locales). Checks only name an id and give params; the text is rendered from here.
 * `{column}` is the CNCA header (Chinese) and `{columnEn}` its English name. A finding may carry a
 * more precise clause than the default below (the column's or the profile's), never none.
 */
import type { Severity } from "./sheet";

export interface CheckDef {
  severity: Severity;
  /** Default clause; a finding may narrow it. */
  clause: string;
  zh: string;
  en: string;
}

const SECTION9 = "DOMAIN §9";
const CHECK91 = "DOMAIN §9.1";

export const CHECKS = {
  // ── workbook and options ──────────────────────────────────────────────────────────────────
  "OPTION-MONTH-INVALID": {
    severity: "error",
    clause: CHECK91,
    zh: "报告月份「{value}」无法识别，应写作 2026-10",
    en: 'report month "{value}" is not readable; expected e.g. 2026-10',
  },
  "OPTION-REPORT-DATE-INVALID": {
    severity: "error",
    clause: CHECK91,
    zh: "报告日期「{value}」无法识别，应写作 2026-10-15",
    en: 'report date "{value}" is not readable; expected e.g. 2026-10-15',
  },
  "OPTION-PROFILE-INVALID": {
    severity: "error",
    clause: "DOMAIN §2",
    zh: "规则配置「{value}」无法使用：{detail}",
    en: 'rule profile "{value}" cannot be used: {detailEn}',
  },
  "OPTION-TYPE-UNKNOWN-SHEET": {
    severity: "warning",
    clause: SECTION9,
    zh: "指定了工作表「{value}」的类型，但工作簿中没有这个工作表",
    en: 'a type was chosen for sheet "{value}", but the workbook has no such sheet',
  },
  "OPTION-TYPE-INVALID": {
    severity: "error",
    clause: SECTION9,
    zh: "工作表「{sheet}」指定的类型「{value}」不是报送表类型，应为 {expected} 之一",
    en: 'type "{value}" chosen for sheet "{sheet}" is not a report type; expected one of {expected}',
  },
  "OPTION-NO-MONTH": {
    severity: "info",
    clause: CHECK91,
    zh: "未指定报告月份，未检查审核活动是否在报告月内",
    en: "no report month given: activities were not checked against the month",
  },
  "OPTION-NO-REPORT-DATE": {
    severity: "info",
    clause: CHECK91,
    zh: "未指定报告日期，未检查证书是否已过期、状态变更是否按时上报、暂停是否超期",
    en: "no report date given: expiry at the report date, late status reports and over-long suspensions were not checked",
  },
  "WORKBOOK-NO-REPORT": {
    severity: "warning",
    clause: SECTION9,
    zh: "工作簿中没有识别出任何报送表；请检查表头，或为工作表选择表类型",
    en: "no report sheet was recognised in the workbook; check the headers or choose a sheet type",
  },
  "CHECK-NOT-RUN": {
    severity: "warning",
    clause: CHECK91,
    zh: "未能完成「{check}」检查：{detail}",
    en: 'the "{checkEn}" check could not run: {detailEn}',
  },

  // ── sheets and headers ────────────────────────────────────────────────────────────────────
  "SHEET-UNRECOGNISED": {
    severity: "info",
    clause: SECTION9,
    zh: "工作表「{sheet}」的表头不像任何报送表，未检查；如是报送表，请选择表类型",
    en: 'sheet "{sheet}" has no recognisable report headers and was not checked; choose its type if it is a report',
  },
  "SHEET-NO-HEADER": {
    severity: "error",
    clause: SECTION9,
    zh: "按「{title}」检查，但前 {rows} 行中没有找到它的表头（如「{example}」）",
    en: 'checked as "{titleEn}", but none of its headers (e.g. "{example}") is in the first {rows} rows',
  },
  "SHEET-EMPTY": {
    severity: "info",
    clause: "000 4.3.3.2",
    zh: "「{title}」没有数据行；没有发生上报事项时，空表也是有效的报送",
    en: '"{titleEn}" has no data rows; an empty report is still a valid filing',
  },
  "HEADER-MISSING": {
    severity: "error",
    clause: SECTION9,
    zh: "缺少必填列「{column}」",
    en: 'required column "{column}" ({columnEn}) is missing',
  },
  "HEADER-DUPLICATE": {
    severity: "warning",
    clause: SECTION9,
    zh: "列「{column}」出现了两次（{first} 列与 {second} 列），只检查第一列",
    en: 'column "{column}" appears twice (columns {first} and {second}); only the first is checked',
  },
  "HEADER-MERGED": {
    severity: "error",
    clause: SECTION9,
    zh: "表头单元格 {range} 是合并单元格；上报模板每列须有单独的表头，请取消合并",
    en: "header cells {range} are merged; each column of an upload template needs its own header, unmerge them",
  },
  "HEADER-ORDER": {
    severity: "warning",
    clause: SECTION9,
    zh: "列顺序与上报模板不同：「{column}」在模板中是第 {expected} 列，这里是第 {actual} 列",
    en: 'columns are not in template order: "{column}" is column {expected} of the template, column {actual} here',
  },
  "HEADER-NOT-EXACT": {
    severity: "info",
    clause: SECTION9,
    zh: "表头「{found}」按「{column}」识别；上报模板写作「{column}」",
    en: 'header "{found}" was read as "{column}" ({columnEn}); the upload template writes "{column}"',
  },
  "HEADER-UNKNOWN": {
    severity: "info",
    clause: SECTION9,
    zh: "列「{found}」不属于「{title}」，未检查",
    en: 'column "{found}" is not part of "{titleEn}" and was not checked',
  },

  // ── cells ─────────────────────────────────────────────────────────────────────────────────
  "CELL-REQUIRED": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」为必填项，不能为空",
    en: '"{column}" ({columnEn}) is required and is blank',
  },
  "CELL-ENUM": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」不在「{list}」列表中，应为：{items}",
    en: '"{column}" ({columnEn}) value "{value}" is not in the list "{listEn}"; expected one of: {items}',
  },
  "CELL-DATE": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」无法识别为日期，应为 Excel 日期或 2026-01-15、2026/1/15、2026年1月15日、20260115 之一",
    en: '"{column}" ({columnEn}) value "{value}" is not a readable date; expected an Excel date or 2026-01-15, 2026/1/15, 2026年1月15日 or 20260115',
  },
  "CELL-NOT-NUMBER": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」不是数字，应填数字",
    en: '"{column}" ({columnEn}) value "{value}" is not a number; a number is expected',
  },
  "CELL-NUMBER-RANGE": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值 {value} 应{expected}",
    en: '"{column}" ({columnEn}) value {value} must be {expectedEn}',
  },
  "CELL-NUMBER-AS-TEXT": {
    severity: "warning",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」不是文字（存为{kind}），应按文本填写",
    en: '"{column}" ({columnEn}) value "{value}" is stored as {kindEn}, not text; enter it as text',
  },
  "CELL-LEADING-ZEROS": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值 {value} 存为数字，已丢失前导零（应为「{expected}」）；请把单元格设为文本格式后重新输入",
    en: '"{column}" ({columnEn}) value {value} is stored as a number and lost its leading zeros (should be "{expected}"); format the cell as text and re-enter it',
  },
  "CELL-CODE-FORMAT": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」格式不对，应形如「{example}」",
    en: '"{column}" ({columnEn}) value "{value}" has the wrong form; expected something like "{example}"',
  },
  "CELL-ERROR-VALUE": {
    severity: "error",
    clause: SECTION9,
    zh: "「{column}」是 Excel 错误值 {value}，应填实际内容",
    en: '"{column}" ({columnEn}) holds the Excel error {value}; enter the actual value',
  },
  "CELL-INVISIBLE": {
    severity: "warning",
    clause: SECTION9,
    zh: "「{column}」含不可见字符（{chars}），上报前须删除",
    en: '"{column}" ({columnEn}) contains invisible characters ({chars}); remove them before upload',
  },
  "CELL-NORMALISED": {
    severity: "info",
    clause: SECTION9,
    zh: "「{column}」的值「{value}」按上报要求规范为「{normalised}」后检查（去首尾空格、全角转半角、字母大写、去空格和连字符）；请在表中改正",
    en: '"{column}" ({columnEn}) value "{value}" was checked as "{normalised}" (trimmed, full-width to ASCII, upper case, spaces and hyphens removed); correct it in the sheet',
  },

  // ── identity codes (DOMAIN §8) ────────────────────────────────────────────────────────────
  "CODE-STORED-AS-NUMBER": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "「{column}」存为数字 {value}；Excel 只保留 15 位有效数字，号码可能已失真。请把单元格设为文本格式后重新输入",
    en: '"{column}" ({columnEn}) is stored as the number {value}; Excel keeps only 15 significant digits, so the code may be damaged. Format the cell as text and re-enter it',
  },
  "CODE-INVALID": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "「{column}」有误：{detail}",
    en: '"{column}" ({columnEn}) is wrong: {detail}',
  },
  "CODE-CHECKSUM": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "「{column}」校验位不符：{detail}",
    en: '"{column}" ({columnEn}) fails its checksum: {detail}',
  },
  "CODE-USCC-TYPO": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "「{column}」疑似误录：{detail}",
    en: '"{column}" ({columnEn}) looks mistyped: {detail}',
  },
  "CODE-WARNING": {
    severity: "warning",
    clause: "DOMAIN §8",
    zh: "「{column}」请核对：{detail}",
    en: '"{column}" ({columnEn}) needs a look: {detail}',
  },
  "CODE-DIVISION-UNKNOWN": {
    severity: "warning",
    clause: "GB/T 2260",
    zh: "「{column}」行政区划代码未知：{detail}",
    en: '"{column}" ({columnEn}) unknown division code: {detail}',
  },
  "CODE-NOTE": {
    severity: "info",
    clause: "DOMAIN §8",
    zh: "「{column}」说明：{detail}",
    en: '"{column}" ({columnEn}) note: {detail}',
  },
  "CODE-USCC-ORG-MISMATCH": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "统一社会信用代码「{uscc}」第 9–17 位「{embedded}」与组织机构代码「{org}」不一致",
    en: 'characters 9–17 of the USCC "{uscc}" ("{embedded}") differ from the organisation code "{org}"',
  },
  "CODE-ID-BIRTH-MISMATCH": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "身份证件号码 {id} 中的出生日期 {idBirth} 与「出生年月」{birth} 不一致",
    en: "the birth date {idBirth} in ID {id} differs from the stated birth {birth}",
  },
  "CODE-ID-SEX-MISMATCH": {
    severity: "error",
    clause: "DOMAIN §8",
    zh: "身份证件号码 {id} 的第 17 位表示{idSex}性，与「性别」{sex} 不一致",
    en: "digit 17 of ID {id} says {idSexEn}, the stated sex is {sexEn}",
  },

  // ── certificates (DOMAIN §5, §6) ──────────────────────────────────────────────────────────
  "CERT-PARSE": {
    severity: "error",
    clause: "001 附录C",
    zh: "证书号「{value}」不符合证书编号规则：{detail}",
    en: 'certificate number "{value}" does not follow the numbering rule: {detailEn}',
  },
  "CERT-CYCLE": {
    severity: "error",
    clause: "001 C.4",
    zh: "「{activity}」的证书号「{certNo}」认证周期为 R{cycle}，应为 {expected}",
    en: '"{activityEn}" certificate "{certNo}" has cycle R{cycle}; expected {expectedEn}',
  },
  "CERT-EXPIRY-ORDER": {
    severity: "error",
    clause: "004 6.2.1",
    zh: "证书截止日期 {expiry} 不晚于颁证日期 {issue}",
    en: "expiry date {expiry} is not after the issue date {issue}",
  },
  "CERT-EXPIRY-TOO-LATE": {
    severity: "error",
    clause: "004 6.2.1",
    zh: "证书截止日期 {expiry} 晚于允许的最晚日期 {latest}（颁证日期 {issue} 起有效期最长 3 年）",
    en: "expiry date {expiry} is later than the latest allowed {latest} (at most 3 years from the issue date {issue})",
  },
  "CERT-AUDIT-AFTER-ISSUE": {
    severity: "error",
    clause: "004 6.2.2",
    zh: "审核结束日期 {auditEnd} 晚于颁证日期 {issue}；证书应在审核完成、作出认证决定后颁发",
    en: "the audit ends on {auditEnd}, after the issue date {issue}; a certificate is issued after the audit and the decision",
  },
  "CERT-EXPIRED-VALID": {
    severity: "error",
    clause: "004 6.2.1",
    zh: "证书状态为「有效」，但证书截止日期 {expiry} 早于报告日期 {reportDate}，证书已过期",
    en: "status is valid, but the expiry date {expiry} is before the report date {reportDate}",
  },
  "CERT-DUPLICATE": {
    severity: "error",
    clause: CHECK91,
    zh: "证书号「{certNo}」的{what}重复出现（另见第 {otherRow} 行）",
    en: 'certificate "{certNo}": {whatEn} appears twice (see also row {otherRow})',
  },
  "CERT-SUB-NO-MAIN": {
    severity: "error",
    clause: "001 C.2",
    zh: "子证书「{certNo}」的主证书「{main}」不在工作簿中",
    en: 'the main certificate "{main}" of sub-certificate "{certNo}" is not in the workbook',
  },
  "CERT-SUB-MISMATCH": {
    severity: "warning",
    clause: "001 C.2",
    zh: "子证情况为「{stated}」，但证书号「{certNo}」{actual}",
    en: 'stated "{stated}", but certificate number "{certNo}" {actualEn}',
  },
  "CERT-REUSED": {
    severity: "error",
    clause: "001 C.5",
    zh: "证书号「{certNo}」已{status}（第 {otherRow} 行{date}），原编号废止，不得再使用",
    en: 'certificate number "{certNo}" was {statusEn} (row {otherRow}{dateEn}); a withdrawn or cancelled number is never used again',
  },
  "AUDIT-DATES-ORDER": {
    severity: "error",
    clause: CHECK91,
    zh: "「{endColumn}」{end} 早于「{startColumn}」{start}",
    en: '"{endColumn}" {end} is before "{startColumn}" {start}',
  },

  // ── audit time (DOMAIN §3, §9.1) ──────────────────────────────────────────────────────────
  "TIME-BELOW-MINIMUM": {
    severity: "error",
    clause: "004 5.4.2.3",
    zh: "审核人日数不足：{what}申报 {declared} 人日，低于允许的最低 {minimum} 人日（标准 {standard} 人日）。标准计算：{standardRecord}。最低计算：{minimumRecord}",
    en: "audit time too short: {what}{declared} person-days declared, below the minimum {minimum} (standard {standard}). Standard: {standardRecord}. Minimum: {minimumRecord}",
  },
  "TIME-BELOW-STANDARD": {
    severity: "warning",
    clause: "004 5.4.2.3",
    zh: "{what}申报 {declared} 人日，低于标准 {standard} 人日（最低 {minimum} 人日），减少审核时间的理由须在记录中说明。标准计算：{standardRecord}",
    en: "{what}{declared} person-days declared, below the standard {standard} (minimum {minimum}); the reduction must be justified in the records. Standard: {standardRecord}",
  },
  "TIME-NOT-HALF": {
    severity: "warning",
    clause: "004 5.4.2.3",
    zh: "审核人日数 {declared} 不是 0.5 人日的整数倍，应调整为最接近的半人日",
    en: "{declared} person-days is not a multiple of 0.5; adjust it to the nearest half day",
  },
  "TIME-NO-PROFILE": {
    severity: "info",
    clause: "DOMAIN §9.1",
    zh: "认证项目「{scheme}」没有对应的规则配置，未检查审核人日数",
    en: 'scheme "{scheme}" has no rule profile; audit time was not checked',
  },
  "TIME-STAGE-UNPAIRED": {
    severity: "info",
    clause: "DOMAIN §9.1",
    zh: "「{activity}」在工作簿中没有同一组织的另一阶段行，{profile} 未划分阶段时间，未检查审核人日数",
    en: '"{activityEn}" has no partner stage row of the same organisation and {profile} defines no stage split; audit time not checked',
  },
  "ACTIVITY-BLANK-EXPECTED": {
    severity: "error",
    clause: SECTION9,
    zh: "「{activity}」不是审核活动，「{column}」应留空",
    en: '"{activityEn}" is not an audit: "{column}" ({columnEn}) must be blank',
  },

  // ── audit team (004 5.4.4) ────────────────────────────────────────────────────────────────
  "TEAM-SHEET-ABSENT": {
    severity: "info",
    clause: "000 4.3.3.1(3)",
    zh: "工作簿中没有「审核组成员」表，未检查审核组",
    en: "the workbook has no audit-team sheet; teams were not checked",
  },
  "TEAM-NONE": {
    severity: "error",
    clause: "000 4.3.3.1(3)",
    zh: "证书号「{certNo}」的「{activity}」在审核组成员表中没有成员",
    en: 'the "{activityEn}" of certificate "{certNo}" has no rows in the audit-team sheet',
  },
  "TEAM-NO-LEADER": {
    severity: "error",
    clause: "004 5.4.4.1(1)",
    zh: "证书号「{certNo}」的「{activity}」审核组没有组长",
    en: 'the team for the "{activityEn}" of certificate "{certNo}" has no team leader',
  },
  "TEAM-NO-FULLTIME": {
    severity: "error",
    clause: "004 5.4.4.1(3)",
    zh: "证书号「{certNo}」的「{activity}」审核组没有专职审核员",
    en: 'the team for the "{activityEn}" of certificate "{certNo}" has no full-time auditor',
  },
  "TEAM-NO-COMPETENCE": {
    severity: "error",
    clause: "004 5.4.4.1(2)",
    zh: "证书号「{certNo}」的业务范围大类 {majors}，审核组中没有专业代码属于这些大类的审核员或技术专家",
    en: 'certificate "{certNo}" covers major categories {majors}, but no auditor or technical expert of its team has a competence code in them',
  },
  "TEAM-TOO-MANY-TRAINEES": {
    severity: "error",
    clause: "004 5.4.4.3",
    zh: "证书号「{certNo}」的审核组有实习审核员 {trainees} 名，多于正式审核员 {auditors} 名",
    en: 'the team of certificate "{certNo}" has {trainees} trainee auditors, more than its {auditors} qualified auditors',
  },
  "TEAM-OVERLAP": {
    severity: "error",
    clause: CHECK91,
    zh: "{name}（{id}）在 {from} 至 {to} 同时参加两次审核：证书号「{certNo}」与「{otherCertNo}」（第 {otherRow} 行）",
    en: "{name} ({id}) is on two audits at once between {from} and {to}: certificates {certNo} and {otherCertNo} (row {otherRow})",
  },
  "TEAM-ORPHAN": {
    severity: "warning",
    clause: "000 4.3.3.1(3)",
    zh: "审核组成员表中的证书号「{certNo}」在月报中没有对应的审核活动",
    en: 'certificate "{certNo}" of the audit-team sheet has no audit activity in the monthly report',
  },

  // ── register and status changes ───────────────────────────────────────────────────────────
  "STATUS-DETAIL-MISSING": {
    severity: "error",
    clause: "000 4.1.1",
    zh: "证书状态为「{status}」，须填写「{column}」",
    en: 'status "{statusEn}" needs "{column}" ({columnEn})',
  },
  "STATUS-SUSPENSION-TOO-LONG": {
    severity: "error",
    clause: "004 7.2.2",
    zh: "暂停期限 {start} 至 {end} 超过 6 个月（最晚 {latest}）",
    en: "suspension {start} to {end} is longer than 6 months (latest end {latest})",
  },
  "STATUS-STILL-SUSPENDED": {
    severity: "error",
    clause: "004 7.3(3)",
    zh: "证书自 {start} 暂停，到报告日期 {reportDate} 已超过 6 个月（最晚 {latest}），应恢复或撤销",
    en: "suspended since {start}; by the report date {reportDate} that is over 6 months (latest {latest}): restore or withdraw it",
  },
  "STATUS-LATE": {
    severity: "error",
    clause: "000 4.3.8.3",
    zh: "状态变更于 {changeDate} 生效，应在 2 个工作日内即 {due} 前上报，{reported}",
    en: "the status change took effect on {changeDate} and was due by {due} (2 working days); {reportedEn}",
  },
  "STATUS-REASON-UNKNOWN": {
    severity: "warning",
    clause: "004 7.2.1",
    zh: "暂停原因「{value}」不是 004 7.2.1 所列 13 种情形之一，请核对",
    en: 'suspension reason "{value}" is not one of the 13 cases of 004 7.2.1',
  },

  // ── auditors annual report ────────────────────────────────────────────────────────────────
  "AUDITOR-OVER-180": {
    severity: "warning",
    clause: "001 3.9",
    zh: "本年度总审核人日数 {total} 超过 180 天",
    en: "{total} audit days this year, more than 180",
  },
  "AUDITOR-FIELD-OVER-TOTAL": {
    severity: "error",
    clause: "000 4.3.6.1",
    zh: "该领域审核人日数 {field} 大于本年度总审核人日数 {total}",
    en: "{field} days in this field exceed the year's total {total}",
  },
  "AUDITOR-DISMISSED-BEFORE-HIRED": {
    severity: "error",
    clause: "000 4.3.6.1",
    zh: "解聘日期 {dismissed} 早于聘用日期 {hired}",
    en: "dismissal date {dismissed} is before the hiring date {hired}",
  },

  // ── report period ─────────────────────────────────────────────────────────────────────────
  "PERIOD-OUTSIDE-MONTH": {
    severity: "warning",
    clause: "000 4.3.3.2",
    zh: "「{column}」{date} 不在报告月份 {month} 内，请确认是否应在本月报送",
    en: '"{column}" ({columnEn}) {date} is outside the report month {month}; check it belongs in this report',
  },
} as const satisfies Record<string, CheckDef>;

export type CheckId = keyof typeof CHECKS;

export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];
