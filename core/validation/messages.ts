/**
 * Every validation check: its stable id, severity, clause and wording, in ONE table (STYLE.md,
 * after zod's locales). Checks only name an id and give params; the text is rendered from here.
 * `{column}` is the CNCA header (Chinese) and `{columnEn}` its English name. A finding may carry a
 * more precise clause than the default below (the column's or the profile's), never none.
 */
import { CNCA_CHECKS } from "./cnca/messages";
import type { Severity } from "./sheet";

export interface CheckDef {
  severity: Severity;
  /** Default clause; a finding may narrow it. */
  clause: string;
  zh: string;
  en: string;
}

const SECTION9 = "本工具约定";
const CHECK91 = "本工具约定";

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
    clause: "本工具约定",
    zh: "规则配置「{value}」无法使用：{detail}",
    en: 'rule profile "{value}" cannot be used: {detailEn}',
  },
  "OPTION-PROFILE-OTHER-SCHEME": {
    severity: "info",
    clause: "本工具约定",
    zh: "规则配置 {value} 用于{scheme}，这类行本来就按它校验；合规（HG）行按 {used} 校验",
    en: "rule profile {value} is for {scheme}, whose rows use it anyway; HG rows are checked against {used}",
  },
  "OPTION-TYPE-UNKNOWN-SHEET": {
    severity: "warning",
    clause: SECTION9,
    zh: "指定了工作表「{value}」的类型，但工作簿中没有这个工作表；请核对工作表名",
    en: 'a type was chosen for sheet "{value}", but the workbook has no such sheet; check the sheet name',
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
  // An error: a file of which nothing was read must not pass as fine (issue 7).
  "WORKBOOK-NO-REPORT": {
    severity: "error",
    clause: SECTION9,
    zh: "工作簿中没有识别出任何报送表，未读取任何数据；请检查表头（CNCA 模版的字段代码行或编号表头），或为工作表选择表类型",
    en: "no report sheet was recognised in the workbook and nothing was read; check the headers (CNCA's field-code row or numbered headers) or choose a sheet type",
  },
  "CHECK-NOT-RUN": {
    severity: "warning",
    clause: CHECK91,
    zh: "未能完成「{check}」检查：{detail}",
    en: 'the "{checkEn}" check could not run: {detailEn}',
  },

  "CHECK-LIST-CAPPED": {
    severity: "info",
    clause: "本工具约定",
    zh: "「{check}」在本表共有 {total} 处，只列出前 {shown} 处；请改正后重新校验",
    en: 'the "{check}" check found {total} cells on this sheet; only the first {shown} are listed, fix them and validate again',
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
    zh: "按「{title}」检查，但前 {rows} 行中没有找到它的表头（如「{example}」）；请核对所选表类型，或在前 {rows} 行写出该表的表头",
    en: 'checked as "{titleEn}", but none of its headers (e.g. "{example}") is in the first {rows} rows; check the chosen type, or put its headers in the first {rows} rows',
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
    zh: "缺少必填列「{column}」；表头行应有此列",
    en: 'required column "{column}" ({columnEn}) is missing; the header row must have it',
  },
  "HEADER-DUPLICATE": {
    severity: "warning",
    clause: SECTION9,
    zh: "列「{column}」出现了两次（{first} 列与 {second} 列），只检查第一列；每列只应出现一次，请删除或改正重复的列",
    en: 'column "{column}" appears twice (columns {first} and {second}); only the first is checked. Each column must appear once: delete or rename the duplicate',
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
    zh: "列顺序与上报模板不同：「{column}」在模板中是第 {expected} 列，这里是第 {actual} 列；上报前应按模板顺序排列各列",
    en: 'columns are not in template order: "{column}" is column {expected} of the template, column {actual} here; put the columns in template order before upload',
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
    clause: "本工具约定",
    zh: "「{column}」存为数字 {value}；Excel 只保留 15 位有效数字，号码可能已失真。请把单元格设为文本格式后重新输入",
    en: '"{column}" ({columnEn}) is stored as the number {value}; Excel keeps only 15 significant digits, so the code may be damaged. Format the cell as text and re-enter it',
  },
  "CODE-INVALID": {
    severity: "error",
    clause: "本工具约定",
    zh: "「{column}」有误：{detail}",
    en: '"{column}" ({columnEn}) is wrong: {detail}',
  },
  "CODE-CHECKSUM": {
    severity: "error",
    clause: "本工具约定",
    zh: "「{column}」校验位不符：{detail}",
    en: '"{column}" ({columnEn}) fails its checksum: {detail}',
  },
  "CODE-USCC-TYPO": {
    severity: "error",
    clause: "本工具约定",
    zh: "「{column}」疑似误录：{detail}",
    en: '"{column}" ({columnEn}) looks mistyped: {detail}',
  },
  "CODE-WARNING": {
    severity: "warning",
    clause: "本工具约定",
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
    clause: "本工具约定",
    zh: "「{column}」说明：{detail}",
    en: '"{column}" ({columnEn}) note: {detail}',
  },
  "CODE-USCC-ORG-MISMATCH": {
    severity: "error",
    clause: "本工具约定",
    zh: "统一社会信用代码「{uscc}」第 9–17 位「{embedded}」与组织机构代码「{org}」不一致；统一社会信用代码第 9–17 位就是组织机构代码，两者应相同",
    en: 'characters 9–17 of the USCC "{uscc}" ("{embedded}") differ from the organisation code "{org}"; they are the organisation code and must be the same',
  },
  "CODE-ID-BIRTH-MISMATCH": {
    severity: "error",
    clause: "本工具约定",
    zh: "身份证件号码 {id} 中的出生日期 {idBirth} 与「出生年月」{birth} 不一致；两者应相同，请按证件核对",
    en: "the birth date {idBirth} in ID {id} differs from the stated birth {birth}; they must agree, check the ID document",
  },
  "CODE-ID-SEX-MISMATCH": {
    severity: "error",
    clause: "本工具约定",
    zh: "身份证件号码 {id} 的第 17 位表示{idSex}性，与「性别」{sex} 不一致；两者应相同，请按证件核对",
    en: "digit 17 of ID {id} says {idSexEn}, the stated sex is {sexEn}; they must agree, check the ID document",
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
    zh: "证书截止日期 {expiry} 不晚于颁证日期 {issue}；截止日期应晚于颁证日期",
    en: "expiry date {expiry} is not after the issue date {issue}; it must be later than the issue date",
  },
  "CERT-EXPIRY-TOO-LATE": {
    severity: "error",
    clause: "004 6.2.1",
    zh: "证书截止日期 {expiry} 晚于允许的最晚日期 {latest}：自颁证日期 {issue} 起有效期最长 {years} 年，截止日期应不晚于 {latest}",
    en: "expiry date {expiry} is later than the latest allowed {latest}: a certificate is valid at most {years} years from the issue date {issue}, so it must end by {latest}",
  },
  "CERT-AUDIT-AFTER-ISSUE": {
    severity: "error",
    clause: "004 6.2.2",
    zh: "审核结束日期 {auditEnd} 晚于颁证日期 {issue}；证书应在审核完成、作出认证决定后颁发",
    en: "the audit ends on {auditEnd}, after the issue date {issue}; a certificate is issued after the audit and the decision",
  },
  "CERT-EXPIRED-VALID": {
    severity: "error",
    clause: "004 6.2.3",
    zh: "证书状态为「有效」，但证书截止日期 {expiry} 早于报告日期 {reportDate}，证书已过期；应填写证书的实际状态，或核对证书截止日期",
    en: "status is valid, but the expiry date {expiry} is before the report date {reportDate}; give the certificate's actual status or check the expiry date",
  },
  "CERT-DUPLICATE": {
    severity: "error",
    clause: CHECK91,
    zh: "证书号「{certNo}」的{what}重复出现（另见第 {otherRow} 行）；同一事项只应报送一行，请删除重复行或核对证书号",
    en: 'certificate "{certNo}": {whatEn} appears twice (see also row {otherRow}); report it once, delete the duplicate or check the number',
  },
  "CERT-SUB-NO-MAIN": {
    severity: "error",
    clause: "001 C.2",
    zh: "子证书「{certNo}」的主证书「{main}」不在工作簿中；子证书应与其主证书一同报送",
    en: 'the main certificate "{main}" of sub-certificate "{certNo}" is not in the workbook; a sub-certificate is reported with its main certificate',
  },
  "CERT-SUB-MISMATCH": {
    severity: "warning",
    clause: "001 C.2",
    zh: "子证情况为「{stated}」，但证书号「{certNo}」{actual}；子证书编号应带 -n 序号，主证书编号不带",
    en: 'stated "{stated}", but certificate number "{certNo}" {actualEn}; a sub-certificate number ends in -n, a main certificate number does not',
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
    zh: "「{endColumn}」{end} 早于「{startColumn}」{start}；结束日期应不早于开始日期",
    en: '"{endColumn}" {end} is before "{startColumn}" {start}; the end must not be before the start',
  },

  // ── audit time (DOMAIN §3, §9.1) ──────────────────────────────────────────────────────────
  "TIME-BELOW-MINIMUM": {
    severity: "error",
    clause: "004 5.4.2.3",
    zh: "审核人日数不足：{what}申报 {declared} 人日，低于允许的最低 {minimum} 人日（标准 {standard} 人日），应不少于 {minimum} 人日。标准计算：{standardRecord}。最低计算：{minimumRecord}",
    en: "audit time too short: {what}{declared} person-days declared, below the minimum {minimum} (standard {standard}); at least {minimum} are needed. Standard: {standardRecord}. Minimum: {minimumRecord}",
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
    clause: "本工具约定",
    zh: "认证项目「{scheme}」没有对应的规则配置，未检查审核人日数",
    en: 'scheme "{scheme}" has no rule profile; audit time was not checked',
  },
  "TIME-STAGE-UNPAIRED": {
    severity: "info",
    clause: "本工具约定",
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
    zh: "证书号「{certNo}」的「{activity}」在审核组成员表中没有成员；应按证书号填写该次审核的审核组成员",
    en: 'the "{activityEn}" of certificate "{certNo}" has no rows in the audit-team sheet; list its team members under its certificate number',
  },
  "TEAM-NO-LEADER": {
    severity: "error",
    clause: "004 5.4.4.1(1)",
    zh: "证书号「{certNo}」的「{activity}」审核组没有组长；每个审核组应有 1 名审核组成员角色为「组长」的成员",
    en: 'the team for the "{activityEn}" of certificate "{certNo}" has no team leader; every team needs a member whose role is 组长',
  },
  "TEAM-NO-FULLTIME": {
    severity: "error",
    clause: "004 5.4.4.1(3)",
    zh: "证书号「{certNo}」的「{activity}」审核组没有专职审核员；审核组应至少有 1 名认证机构的专职审核员（技术专家、实习审核员不算）",
    en: 'the team for the "{activityEn}" of certificate "{certNo}" has no full-time auditor; a team needs at least one full-time auditor of the body (experts and trainees do not count)',
  },
  "TEAM-NO-COMPETENCE": {
    severity: "error",
    clause: "004 5.4.4.1(2)",
    zh: "证书号「{certNo}」的业务范围大类 {majors}，审核组中没有专业代码属于这些大类的审核员或技术专家；应至少有 1 名与业务范围相匹配的专业审核员或技术专家",
    en: 'certificate "{certNo}" covers major categories {majors}, but no auditor or technical expert of its team has a competence code in them; at least one must match the business scope',
  },
  "TEAM-TOO-MANY-TRAINEES": {
    severity: "error",
    clause: "004 5.4.4.3",
    zh: "证书号「{certNo}」的审核组有实习审核员 {trainees} 名，多于正式审核员 {auditors} 名；实习审核员的数量不得超过正式审核员",
    en: 'the team of certificate "{certNo}" has {trainees} trainee auditors, more than its {auditors} qualified auditors; trainees must not outnumber qualified auditors',
  },
  "TEAM-OVERLAP": {
    severity: "error",
    clause: CHECK91,
    zh: "{name}（{id}）在 {from} 至 {to} 同时参加两次审核：证书号「{certNo}」与「{otherCertNo}」（第 {otherRow} 行）；同一人员不能同时参加两次审核，请核对审核日期或审核组",
    en: "{name} ({id}) is on two audits at once between {from} and {to}: certificates {certNo} and {otherCertNo} (row {otherRow}); one person cannot be on two audits at the same time, check the dates or the teams",
  },
  "TEAM-ORPHAN": {
    severity: "warning",
    clause: "000 4.3.3.1(3)",
    zh: "审核组成员表中的证书号「{certNo}」在月报中没有对应的审核活动；应核对证书号，或在月报中报送该次审核",
    en: 'certificate "{certNo}" of the audit-team sheet has no audit activity in the monthly report; check the number or report the audit',
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
    zh: "暂停期限 {start} 至 {end} 超过 {months} 个月；暂停截止日期应不晚于 {latest}",
    en: "suspension {start} to {end} is longer than {months} months; it must end by {latest}",
  },
  "STATUS-STILL-SUSPENDED": {
    severity: "error",
    clause: "004 7.3(3)",
    zh: "证书自 {start} 暂停，到报告日期 {reportDate} 已超过 {months} 个月（最晚 {latest}）；暂停期满应恢复或撤销证书",
    en: "suspended since {start}; by the report date {reportDate} that is over {months} months (latest {latest}): restore or withdraw it",
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
    zh: "暂停原因「{value}」不是 004 7.2.1 所列 13 种情形之一；应写明所属情形，如「(7) 不能按照规定的时间间隔接受监督审核」",
    en: 'suspension reason "{value}" is not one of the 13 cases of 004 7.2.1; name the case, e.g. "(7) surveillance not accepted at the required interval"',
  },

  // ── auditors annual report ────────────────────────────────────────────────────────────────
  "AUDITOR-OVER-180": {
    severity: "warning",
    clause: "001 3.9",
    zh: "本年度总审核人日数 {total} 超过 {max} 天；每个审核员每年现场审核时间的总和不应超过 {max} 天，请核对或说明",
    en: "{total} audit days this year, more than {max}; an auditor's on-site audit days should not exceed {max} a year, check or explain",
  },
  "AUDITOR-FIELD-OVER-TOTAL": {
    severity: "error",
    clause: "000 4.3.6.1",
    zh: "该领域审核人日数 {field} 大于本年度总审核人日数 {total}；该领域人日数应不大于总人日数",
    en: "{field} days in this field exceed the year's total {total}; they must not exceed the total",
  },
  "AUDITOR-DISMISSED-BEFORE-HIRED": {
    severity: "error",
    clause: "000 4.3.6.1",
    zh: "解聘日期 {dismissed} 早于聘用日期 {hired}；解聘日期应不早于聘用日期",
    en: "dismissal date {dismissed} is before the hiring date {hired}; it must not be earlier",
  },

  // ── report period ─────────────────────────────────────────────────────────────────────────
  "PERIOD-OUTSIDE-MONTH": {
    severity: "warning",
    clause: "000 4.3.3.2",
    zh: "「{column}」{date} 不在报告月份 {month} 内，请确认是否应在本月报送",
    en: '"{column}" ({columnEn}) {date} is outside the report month {month}; check it belongs in this report',
  },

  // ── CNCA's own upload layouts (issue 7) ───────────────────────────────────────────────────
  ...CNCA_CHECKS,
} as const satisfies Record<string, CheckDef>;

export type CheckId = keyof typeof CHECKS;

export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];
