/**
 * What converting a friendly register into CNCA's upload layout tells the user (issue 7 item 6),
 * in one table like the validation checks: id, severity, clause, Chinese and English. `{field}` is
 * the CNCA header (「37、认证决定人员名单」), `{value}` what the source holds.
 */
import type { Severity } from "../validation/sheet";

export interface ConvertNoteDef {
  severity: Severity;
  clause: string;
  zh: string;
  en: string;
}

const OURS = "本工具约定";

export const CONVERT_NOTES = {
  "CONVERT-NO-SOURCE": {
    severity: "error",
    clause: OURS,
    zh: "工作簿中没有可转换的易读格式报表（获证组织基本信息月报 / 审核组成员）；请先用「certdesk template monthly」的表头整理数据",
    en: "the workbook holds no friendly report sheet to convert (获证组织基本信息月报 / 审核组成员)",
  },
  "CONVERT-SOURCE-UNREADABLE": {
    severity: "error",
    clause: OURS,
    zh: "源表「{sheet}」第 {row} 行「{column}」的值「{value}」无法读取，未转换；请先用 certdesk validate 校验源表并改正",
    en: 'source sheet "{sheet}" row {row}, {column}: "{value}" cannot be read and was not converted; validate the source first',
  },
  "CONVERT-NO-CODE": {
    severity: "warning",
    clause: "{source}",
    zh: "「{value}」在《{table}》中找不到对应代码，「{field}」中未写入；请在源表改为代码，或加一列表头为字段名 {code} 的代码列",
    en: '"{value}" has no code in the {table} list and was not written to {field}; use a code in the source, or add a column headed {code} with the codes',
  },
  "CONVERT-FIELD-MISSING": {
    severity: "warning",
    clause: "{source}",
    zh: "「{field}」易读格式中没有，也未能推得，已留空（{count} 行）；模版要求填写（必填或校验级别 1）：可在源表加一列，表头写「{header}」或字段名 {code}，转换时会照抄",
    en: "{field} is not in the friendly layout and could not be derived; left blank in {count} rows, though the template asks for it (required or 校验级别 1). Add a source column headed {header} or {code} and it is copied",
  },
  "CONVERT-FIELD-BLANK": {
    severity: "warning",
    clause: "{source}",
    zh: "源表「{sheet}」的「{column}」列有 {count} 行为空，「{field}」已留空；模版要求填写（必填或校验级别 1）",
    en: 'column {column} of source sheet "{sheet}" is blank in {count} rows, so {field} is left blank there, though the template asks for it',
  },
  "CONVERT-OPTION-MISSING": {
    severity: "warning",
    clause: "{source}",
    zh: "「{field}」未给出，已留空；请用 {option} 指定",
    en: "{field} was not given and is left blank; give it with {option}",
  },
  "CONVERT-SURVEILLANCE-NUMBER": {
    severity: "warning",
    clause: "CNCA 模版 证书信息表 第 32 项",
    zh: "认证审核活动为「03 监督审核」，看不出是第几次监督，「32、监督次数」已留空；请在源表写 0301、0302…",
    en: "the activity is 03 surveillance without its number; 32 监督次数 is left blank: write 0301, 0302… in the source",
  },
  "CONVERT-NUMBER-PLACES": {
    severity: "warning",
    clause: "{source}",
    zh: "「{field}」在此版本模版中至多 {decimals} 位小数（模版长度「{length}」），{count} 行的值有更多小数（如 {value}），已照写、未取整；平台可能拒收，请核对后改正",
    en: "{field} holds at most {decimals} decimals in this template (length {length}); {count} rows have more (e.g. {value}), written unchanged, not rounded: the platform may refuse them, check and correct",
  },
  "CONVERT-NO-AUDIT": {
    severity: "warning",
    clause: OURS,
    zh: "审核组成员的证书号「{certNo}」在获证组织基本信息月报中没有审核活动，「{field}」无法推得，已留空",
    en: "team member's certificate {certNo} has no audit in the monthly report; {field} cannot be derived and is left blank",
  },
} as const satisfies Record<string, ConvertNoteDef>;

export type ConvertNoteId = keyof typeof CONVERT_NOTES;
