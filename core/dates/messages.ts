import type { MessageTemplate } from "../messages";

/**
 * Wording of this module's problems; codes are prefixed with the module name. `date.step.*` are
 * the lines of a date calculation record: a step's `values` fill the template, so the record is
 * rendered from the numbers actually used (STYLE.md).
 */
export const DATE_MESSAGES: Record<string, MessageTemplate> = {
  "date.unreadable": {
    zh: "{field}「{value}」无法识别为日期，应为 Excel 日期或 2026-01-15、2026/1/15、2026年1月15日、20260115 之一",
    en: '{field} "{value}" is not a readable date; expected an Excel date or 2026-01-15, 2026/1/15, 2026年1月15日 or 20260115',
  },
  "date.reportMonth": {
    zh: "报告月份「{value}」无法识别，应写作 2026-10、2026/10、2026.10、2026年10月 或 202610",
    en: 'report month "{value}" is not readable; expected 2026-10, 2026/10, 2026.10, 2026年10月 or 202610',
  },
  "date.resultOutOfRange": {
    zh: "计算得到的日期 {value} 超出 9999-12-31，无法表示；请核对输入日期",
    en: "the calculated date {value} is past 9999-12-31 and cannot be shown; check the input date",
  },
  "date.notDay": {
    zh: "{field}「{value}」不是有效日期（应为 0001–9999 年之间的整日）",
    en: '{field} "{value}" is not a valid date (a whole day between the years 1 and 9999 is expected)',
  },
  "date.holidaysNotCovered": {
    zh: "节假日数据未覆盖 {year} 年（chinese-days 数据覆盖 {first}–{last} 年），无法按国务院节假日安排计算工作日，也不会按周一至周五猜测；请更新节假日数据后再计算",
    en: "The holiday data does not cover {year} (chinese-days covers {first}–{last}), so working days cannot be counted on the State Council schedule and are not guessed as Monday–Friday; update the holiday data first",
  },
  "date.calendar.noTypeColumn": {
    zh: "{source}第 1 行有「日期」列但没有「类型」列；节假日表应有 日期、类型（休 或 班）、名称 三列",
    en: "{sourceEn}, row 1 has a 日期 (date) column but no 类型 (type) column; a holiday table has the columns 日期, 类型 (休 or 班) and 名称",
  },
  "date.calendar.unreadableDate": {
    zh: "{source}第 {row} 行：日期「{value}」无法识别，应为 Excel 日期或 2027-01-01、2027/1/1、2027年1月1日、20270101 之一",
    en: '{sourceEn}, row {row}: the date "{value}" is not readable; expected an Excel date or 2027-01-01, 2027/1/1, 2027年1月1日 or 20270101',
  },
  "date.calendar.badType": {
    zh: "{source}第 {row} 行：{date} 的类型「{value}」应为「休」（放假）或「班」（调休上班）",
    en: '{sourceEn}, row {row}: the type "{value}" of {date} must be 休 (rest day) or 班 (make-up working day)',
  },
  "date.calendar.conflict": {
    zh: "{source}第 {row} 行：{date} 标为「{type}」，但第 {otherRow} 行标为「{otherType}」；同一日期只能是一种类型",
    en: "{sourceEn}, row {row}: {date} is marked as a {typeEn}, but row {otherRow} marks it as a {otherTypeEn}; a date can have one type only",
  },
  "date.calendar.yearIncomplete": {
    zh: "{source}第 {rows} 行只列出了 {year} 年的部分安排：缺少法定假日 {dates}（应标为「休」）；请列出该年国务院通知的全部放假和调休上班日期",
    en: "{sourceEn}, {rowsEn}: only part of {year} is listed: the statutory holidays {datesEn} are missing (they must be 休); list every rest day and make-up working day of the State Council notice for that year",
  },
  "date.calendar.holidayMissing": {
    zh: "{source}第 {rows} 行只列出了 {year} 年的部分安排：{from} 至 {to} 之间没有「休」，缺少{holiday}的放假日期",
    en: "{sourceEn}, {rowsEn}: only part of {year} is listed: no rest day between {from} and {to}, so the {holidayEn} holiday is missing",
  },
  "date.calendar.gap": {
    zh: "{source}第 {row} 行：放假日期 {before}（第 {beforeRow} 行）与 {after} 之间缺少 {dates}；请补上这些日期（休 或 班），不能按平常工作日猜测",
    en: "{sourceEn}, row {row}: between the rest days {before} (row {beforeRow}) and {after}, {datesEn} are missing; add them (休 or 班) rather than leaving them to be guessed as ordinary working days",
  },
  "date.calendar.makeupOnWeekday": {
    zh: "{source}第 {row} 行：{date} 是周{weekday}，本来就是工作日；调休上班日（班）应为周六或周日，请核对",
    en: "{sourceEn}, row {row}: {date} is a {weekdayEn}, already a working day; make-up working days (班) fall on a Saturday or Sunday, please check",
  },
  "date.calendar.contradictsPackage": {
    zh: "{source}第 {row} 行：{date} 标为「{type}」{name}，而{package}为「{says}」；{year} 年按{package}计算，此行不采用",
    en: "{sourceEn}, row {row}: {date} is marked as a {typeEn}{name}, but {packageEn} has it as {saysEn}; {year} is counted with {packageEn} and this row is not used",
  },
  "date.workdaysNotWhole": {
    zh: "工作日数「{value}」应为整数（可为 0 或负数）",
    en: 'Number of working days "{value}" must be a whole number (0 or negative allowed)',
  },
  "date.survCountRange": {
    zh: "监督次数「{value}」应为 1–{max} 的整数",
    en: 'Surveillance number "{value}" must be a whole number from 1 to {max}',
  },
  "date.ncKindUnknown": {
    zh: "审核类型「{value}」无法确定严重不符合验证时限，应为初次认证（含二阶段）、监督审核或再认证",
    en: 'Audit type "{value}" has no major-nonconformity verification limit; expected initial (incl. stage 2), surveillance or re-certification',
  },
  "date.expiryRequired": {
    zh: "再认证审核的严重不符合须在原证书到期前验证，需要提供原证书截止日期",
    en: "Major nonconformities of a re-certification audit must be verified before the certificate expires: the expiry date is required",
  },
  "date.deadlineKindUnknown": {
    zh: "报送类型「{value}」无法识别，应为以下之一：{kinds}",
    en: 'Report kind "{value}" is not recognised; expected one of: {kindsEn}',
  },

  "date.step.validity": {
    zh: "颁证日期 {issue} + {years} 年 − 1 天 → 证书最迟截止 {date}",
    en: "issue date {issue} + {years} years − 1 day → latest expiry {date}",
  },
  "date.previousExpiryTooOld": {
    zh: "上一周期证书截止日期 {previous} + {years} 年 = {cap}，不晚于颁证日期 {issue}：再认证证书无法满足有效期上限，请核对两个日期",
    en: "the previous expiry {previous} + {years} years = {cap} is not after the issue date {issue}: no re-certification expiry can meet the limit; check both dates",
  },
  "date.step.recertCap": {
    zh: "再认证证书截止日期不超过上一周期截止日期 {previous} + {years} 年 = {cap}；取较早者 → {date}",
    en: "re-certification expiry not after the previous expiry {previous} + {years} years = {cap}; the earlier → {date}",
  },
  "date.step.survFirst.issue": {
    zh: "第 1 次监督审核在颁证日期 {from} 起 {months} 个月内 → 不晚于 {date}",
    en: "1st surveillance within {months} months of the issue date {from} → by {date}",
  },
  "date.step.survFirst.decision": {
    zh: "第 1 次监督审核在认证决定日期 {from} 起 {months} 个月内 → 不晚于 {date}",
    en: "1st surveillance within {months} months of the certification decision {from} → by {date}",
  },
  "date.step.survGap": {
    zh: "第 {n} 次与第 {prev} 次（最迟 {prevDate}）间隔不超过 {months} 个月 → 不晚于 {date}",
    en: "surveillance {n} at most {months} months after surveillance {prev} (latest {prevDate}) → by {date}",
  },
  "date.step.survYear": {
    zh: "每个日历年至少一次监督审核：第 {n} 次不晚于 {prevYear} 年的次年年底 → {date}",
    en: "at least one surveillance every calendar year: surveillance {n} by the end of the year after {prevYear} → {date}",
  },
  "date.step.survNth": {
    zh: "第 {n} 次监督审核在{fromLabel} {from} 起 {months} 个月内 → 不晚于 {date}",
    en: "surveillance {n} within {months} months of {fromLabelEn} {from} → by {date}",
  },
  "date.step.survLatest": {
    zh: "取以上最早者 → 第 {n} 次监督审核最迟 {date}",
    en: "the earliest of these → surveillance {n} at the latest on {date}",
  },
  "date.step.stageGapMin": {
    zh: "一阶段结束 {stage1End} 后至少 {days} 日 → 二阶段最早 {date}",
    en: "at least {days} days after stage 1 ended on {stage1End} → stage 2 from {date}",
  },
  "date.step.stageGapMax": {
    zh: "两阶段间隔不超过 {months} 个月 → 二阶段最迟 {date}",
    en: "at most {months} months between the stages → stage 2 by {date}",
  },
  "date.step.withinMonths": {
    zh: "{event} {from} 起 {months} 个月内 → 不晚于 {date}",
    en: "within {months} months of {eventEn} {from} → by {date}",
  },
  "date.step.beforeExpiry": {
    zh: "在原证书到期（{expiry}）前完成 → 不晚于 {date}",
    en: "before the certificate expires ({expiry}) → by {date}",
  },
  "date.step.monthsBefore": {
    zh: "证书截止日期 {expiry} 前至少 {months} 个月 → 不晚于 {date}",
    en: "at least {months} months before the expiry {expiry} → by {date}",
  },
  "date.step.deadline.nextMonthDay": {
    zh: "{report}：事件日期 {event} 所在月份的次月 {day} 日 → {date}",
    en: "{reportEn}: day {day} of the month after the event on {event} → {date}",
  },
  "date.step.deadline.calendarDays": {
    zh: "{report}：事件日期 {event} {sign} {days} 个日历日 → {date}",
    en: "{reportEn}: event date {event} {sign} {days} calendar days → {date}",
  },
  "date.step.deadline.workdays": {
    zh: "{report}：事件日期 {event} 起 {days} 个工作日（国务院节假日安排，{calendar}；跳过 {skipped} 个非工作日{holidays}；调休上班日 {makeup}）→ {date}",
    en: "{reportEn}: {days} working days after the event on {event} (State Council schedule, {calendarEn}; {skipped} non-working days skipped{holidaysEn}; make-up working days {makeupEn}) → {date}",
  },
  "date.step.deadline.nextYearDate": {
    zh: "{report}：{year} 年数据（截至 {year}-12-31），次年 {month} 月 {day} 日 → {date}",
    en: "{reportEn}: data of {year} (as of {year}-12-31), due {month}/{day} of the next year → {date}",
  },
};
