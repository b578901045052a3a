import type { MessageTemplate } from "../messages";

/** Wording of this module's problems; codes are prefixed with the module name. */
export const CERTNO_MESSAGES: Record<string, MessageTemplate> = {
  "certno.badCbCode": {
    zh: "认证机构代码「{value}」无法识别，应为 4 位数字（如 0812）或机构批准号 CNCA-R-年份-流水号（如 CNCA-R-2021-812）",
    en: 'Certification body code "{value}" is not recognised; expected 4 digits (e.g. 0812) or an approval number CNCA-R-YYYY-NNN (e.g. CNCA-R-2021-812)',
  },
  "certno.badYear": {
    zh: "颁证年份「{value}」不在 2000–2099 之间，证书号只能写出两位年份（25 = 2025）",
    en: 'Issue year "{value}" is not between 2000 and 2099; the certificate number writes the year in two digits (25 = 2025)',
  },
  "certno.badScheme": {
    zh: "认证项目简称「{value}」应为 2–4 个大写字母（如 HG、SR）",
    en: 'Scheme abbreviation "{value}" must be 2–4 capital letters (e.g. HG, SR)',
  },
  "certno.badSeq": {
    zh: "流水号「{value}」应为 1–999999 的整数（证书号中写 5 位，如 00017）",
    en: 'Sequence number "{value}" must be a whole number from 1 to 999999 (written with 5 digits, e.g. 00017)',
  },
  "certno.badCycle": {
    zh: "认证周期「{value}」应为 0–9 的整数（R0 初次认证，R1 第一次再认证…）",
    en: 'Certification cycle "{value}" must be a whole number from 0 to 9 (R0 initial, R1 first re-certification, …)',
  },
  "certno.badAccreditation": {
    zh: "认可标识代码「{value}」应为 00（未认可）或 01–08 之一：{codes}",
    en: 'Accreditation code "{value}" must be 00 (not accredited) or one of 01–08: {codesEn}',
  },
  "certno.badSub": {
    zh: "子证书序号「{value}」应为 1–9999 的整数",
    en: 'Sub-certificate number "{value}" must be a whole number from 1 to 9999',
  },
  "certno.blank": { zh: "证书号为空，需要填写", en: "The certificate number is blank; a value is required" },
  "certno.notText": { zh: "证书号「{value}」应为文字", en: 'Certificate number "{value}" must be text' },
  "certno.partCbCode": {
    zh: "证书号「{value}」第 1–4 位（认证机构代码）应为 4 位数字，实为「{part}」",
    en: 'Certificate number "{value}": characters 1–4 (body code) must be 4 digits, found "{partEn}"',
  },
  "certno.partYear": {
    zh: "证书号「{value}」第 5–6 位（颁证年份）应为 2 位数字，实为「{part}」",
    en: 'Certificate number "{value}": characters 5–6 (issue year) must be 2 digits, found "{partEn}"',
  },
  "certno.partScheme": {
    zh: "证书号「{value}」年份后应为 2–4 个大写字母的认证项目简称（如 HG），实为「{part}」",
    en: 'Certificate number "{value}": after the year, a scheme abbreviation of 2–4 capital letters (e.g. HG) is expected, found "{partEn}"',
  },
  "certno.partSeq": {
    zh: "证书号「{value}」认证项目简称后应为 5 位（或 6 位）流水号且不为 0，实为「{part}」",
    en: 'Certificate number "{value}": after the scheme, a 5-digit (or 6-digit) non-zero sequence number is expected, found "{partEn}"',
  },
  "certno.partCycle": {
    zh: "证书号「{value}」流水号后应为认证周期 R0–R9，实为「{part}」",
    en: 'Certificate number "{value}": after the sequence number, a cycle R0–R9 is expected, found "{partEn}"',
  },
  "certno.partAccreditation": {
    zh: "证书号「{value}」认证周期后应为 2 位认可标识代码 00–08，实为「{part}」",
    en: 'Certificate number "{value}": after the cycle, a 2-digit accreditation code 00–08 is expected, found "{partEn}"',
  },
  "certno.partSub": {
    zh: "证书号「{value}」末尾应为空或子证书序号「-1」「-2」…，实为「{part}」",
    en: 'Certificate number "{value}": the end must be empty or a sub-certificate suffix "-1", "-2", …, found "{partEn}"',
  },
  "certno.normalized": {
    zh: "证书号「{value}」含空格、全角或小写字符，上报前应改为「{normalized}」",
    en: 'Certificate number "{value}" contains spaces, full-width or lower-case characters; report it as "{normalized}"',
  },
  "certno.schemeMismatch": {
    zh: "证书号「{value}」的认证项目简称为 {scheme}，应为 {expected}",
    en: 'Certificate number "{value}" has scheme {scheme}; {expected} is expected',
  },
};
