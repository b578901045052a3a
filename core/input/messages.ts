import type { MessageTemplate } from "../messages";

export const INPUT_MESSAGES: Record<string, MessageTemplate> = {
  "input.blank": { zh: "{field}为空，需要填写", en: "{field} is blank; a value is required" },
  "input.notNumber": {
    zh: "{field}「{value}」不是数字，需要数字",
    en: '{field} "{value}" is not a number; a number is expected',
  },
  "input.notPositive": {
    zh: "{field}「{value}」须大于 0",
    en: '{field} "{value}" must be greater than 0',
  },
  "input.notWhole": {
    zh: "{field}「{value}」须为整数",
    en: '{field} "{value}" must be a whole number',
  },
  "input.tooSmall": {
    zh: "{field}「{value}」不能小于 {min}",
    en: '{field} "{value}" must be at least {min}',
  },
  "input.numberTooLarge": {
    zh: "{field}「{value}」数值过大，无法计算",
    en: '{field} "{value}" is too large to calculate with',
  },
  "input.tooLarge": {
    zh: "{field}「{value}」超出可精确表示的整数范围（最大 {max}）",
    en: '{field} "{value}" is beyond the whole numbers that can be held exactly (at most {max})',
  },
  "input.notText": {
    zh: "{field}「{value}」不是文字",
    en: '{field} "{value}" is not text',
  },
};

/** Labels for `{field}`; modules add their fields here rather than hard-coding names in messages. */
export const INPUT_FIELD_LABELS: Record<string, MessageTemplate> = {
  employees: { zh: "有效人数", en: "headcount" },
  siteEmployees: { zh: "现场有效人数", en: "site headcount" },
  risk: { zh: "风险等级", en: "risk" },
  auditType: { zh: "审核类型", en: "audit type" },
  adjustPct: { zh: "调整百分比", en: "adjustment percent" },
  profile: { zh: "规则配置", en: "rule profile" },
  days: { zh: "人日数", en: "person-days" },
  sites: { zh: "场所数", en: "number of sites" },
  year: { zh: "年份", en: "year" },
  seq: { zh: "流水号", en: "sequence number" },
  cycle: { zh: "认证周期（R）", en: "certification cycle (R)" },
  sub: { zh: "子证书序号", en: "sub-certificate number" },
  cbCode: { zh: "认证机构代码", en: "certification body code" },
  accreditation: { zh: "认可标识代码", en: "accreditation code" },
  scheme: { zh: "认证项目代码", en: "scheme code" },
  certNo: { zh: "证书号", en: "certificate number" },
  date: { zh: "日期", en: "date" },
  n: { zh: "监督次数", en: "surveillance number" },
  kind: { zh: "报送类型", en: "report kind" },
  code: { zh: "代码", en: "code" },
  scopeCode: { zh: "业务范围代码", en: "business scope code" },
  similar: { zh: "是否相似场所", en: "similar sites" },
  issueDate: { zh: "颁证日期", en: "issue date" },
  previousExpiry: { zh: "上一周期证书截止日期", en: "previous certificate's expiry" },
  fromDate: { zh: "起算日期", en: "start date" },
  startDate: { zh: "起始日期", en: "start date" },
  workdays: { zh: "工作日数", en: "working days" },
  eventDate: { zh: "事件日期", en: "event date" },
  decisionDate: { zh: "认证决定日期", en: "certification decision date" },
  stage1End: { zh: "一阶段审核结束日期", en: "end of stage 1" },
  auditEnd: { zh: "审核结束日期", en: "audit end date" },
  expiry: { zh: "证书截止日期", en: "certificate expiry" },
  previousCertExpiry: { zh: "原证书截止日期", en: "expiry of the current certificate" },
  suspensionStart: { zh: "暂停开始日期", en: "suspension start date" },
  onsiteEnd: { zh: "现场审核结束日期", en: "end of the on-site audit" },
};
