import type { MessageTemplate } from "../messages";

/** The four identity codes of DOMAIN §8, with their names in both languages. */
const KINDS = {
  uscc: { zh: "统一社会信用代码", en: "Unified social credit code" },
  orgCode: { zh: "组织机构代码", en: "Organisation code" },
  idCard: { zh: "身份证件号码", en: "ID number" },
  division: { zh: "行政区划代码", en: "Division code" },
} as const;

/** Problems every kind shares, written once and named per kind (`ids.uscc.length`, …). */
function shared(kind: keyof typeof KINDS): Record<string, MessageTemplate> {
  const { zh, en } = KINDS[kind];
  return {
    [`ids.${kind}.blank`]: { zh: `${zh}为空`, en: `${en} is blank` },
    [`ids.${kind}.notText`]: { zh: `${zh}「{value}」不是文字`, en: `${en} "{value}" is not text` },
    [`ids.${kind}.storedAsNumber`]: {
      zh: `${zh}「{value}」以数字形式保存：Excel 只保留 15 位有效数字，前导 0 和末几位可能已丢失（不是校验位错误）。请将单元格设为文本格式后按原件重新输入`,
      en: `${en} "{value}" is stored as a number: Excel keeps only 15 significant digits, so leading zeros and the last digits may be lost (this is not a checksum error). Format the cell as text and re-enter it from the original`,
    },
    [`ids.${kind}.normalized`]: {
      zh: `${zh}「{value}」含空格、全角、小写或不可见字符，上报前应改为「{normalized}」`,
      en: `${en} "{value}" contains spaces, full-width, lower-case or invisible characters; report it as "{normalized}"`,
    },
    [`ids.${kind}.length`]: {
      zh: `${zh}「{value}」应为 {expected} 位，实为 {length} 位`,
      en: `${en} "{value}" must have {expected} characters, it has {length}`,
    },
    [`ids.${kind}.badChars`]: {
      zh: `${zh}「{value}」第 {positions} 位的「{chars}」不允许；应为 {allowed}`,
      en: `${en} "{value}": "{chars}" at position {positionsEn} is not allowed; expected {allowedEn}`,
    },
    [`ids.${kind}.checksum`]: {
      zh: `${zh}「{value}」校验位不符：按前 {body} 位计算，最后一位应为「{expected}」，实为「{actual}」`,
      en: `${en} "{value}" fails its checksum: from the first {body} characters the last must be "{expected}", found "{actual}"`,
    },
  };
}

/** Wording of this module's problems; codes are prefixed with the module name. */
export const ID_MESSAGES: Record<string, MessageTemplate> = {
  ...shared("uscc"),
  ...shared("orgCode"),
  ...shared("idCard"),
  ...shared("division"),
  "ids.uscc.typo": {
    zh: "统一社会信用代码「{value}」第 {positions} 位的「{chars}」不在代码字符集中（不使用 I、O、S、V、Z），可能是「{suggest}」的误录，请核对原件（不会自动更正）",
    en: 'Unified social credit code "{value}": "{chars}" at position {positionsEn} is not in the code\'s character set (I, O, S, V, Z are never used); probably a typo for "{suggestEn}" — check the original (not corrected automatically)',
  },
  "ids.uscc.knownException": {
    zh: "统一社会信用代码「{value}」校验位不符（计算应为「{expected}」），但属于已核实的实际登记例外，予以通过：{note}",
    en: 'Unified social credit code "{value}" fails its checksum (computed "{expected}") but is a verified real registration on the exceptions list, so it passes: {note}',
  },
  "ids.uscc.orgCodeChecksum": {
    zh: "统一社会信用代码「{value}」第 9–17 位的组织机构代码「{orgCode}」校验位应为「{expected}」，请核对",
    en: 'Unified social credit code "{value}": its organisation code (characters 9–17) "{orgCode}" should end in "{expected}"; please check',
  },
  "ids.uscc.divisionChars": {
    zh: "统一社会信用代码「{value}」第 3–8 位应为 6 位数字的登记管理机关行政区划代码，实为「{code}」",
    en: 'Unified social credit code "{value}": characters 3–8 must be the 6-digit division code of the registering authority, found "{code}"',
  },
  "ids.uscc.divisionUnknown": {
    zh: "统一社会信用代码「{value}」第 3–8 位的行政区划代码「{code}」不在行政区划数据中（可能已撤销或有误），请核对",
    en: 'Unified social credit code "{value}": division code "{code}" (characters 3–8) is not in the division data (possibly abolished, or wrong); please check',
  },
  "ids.idCard.old15": {
    zh: "身份证件号码「{value}」为 15 位的第一代身份证号码，应填写 18 位号码",
    en: 'ID number "{value}" is a 15-digit first-generation number; the 18-digit number is required',
  },
  "ids.idCard.birthDate": {
    zh: "身份证件号码「{value}」第 7–14 位的出生日期「{birth}」不是 1800 年以后的有效日期",
    en: 'ID number "{value}": birth date "{birth}" (characters 7–14) is not a real date from 1800 on',
  },
  "ids.idCard.bornAfter": {
    zh: "身份证件号码「{value}」第 7–14 位的出生日期 {birth} 晚于报告日期 {asOf}，可能录入有误，请核对原件",
    en: 'ID number "{value}": birth date {birth} (characters 7–14) is after the report date {asOf}; probably mistyped — check the original',
  },
  "ids.idCard.divisionUnknown": {
    zh: "身份证件号码「{value}」前 6 位的行政区划代码「{code}」不在行政区划数据中（可能已撤销或有误），请核对",
    en: 'ID number "{value}": division code "{code}" (first 6 digits) is not in the division data (possibly abolished, or wrong); please check',
  },
  "ids.idCard.provinceUnknown": {
    zh: "外国人永久居留身份证号码「{value}」第 2–3 位的受理地省级代码「{code}」不在行政区划数据中，请核对",
    en: 'Foreigner\'s permanent residence ID "{value}": province code "{code}" (characters 2–3) is not in the division data; please check',
  },
  "ids.division.unknown": {
    zh: "行政区划代码「{value}」不在行政区划数据中（可能已撤销或有误），请核对",
    en: 'Division code "{value}" is not in the division data (possibly abolished, or wrong); please check',
  },
};
