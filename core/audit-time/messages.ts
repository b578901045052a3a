import type { MessageTemplate } from "../messages";

/** Wording of this module's problems; codes are prefixed with the module name. */
export const AUDIT_TIME_MESSAGES: Record<string, MessageTemplate> = {
  "auditTime.typeUnknown": {
    zh: "审核类型「{value}」无法识别，可填：{accepted}",
    en: 'Audit type "{value}" is not recognised; expected one of: {accepted}',
  },
  "auditTime.combinedSingle": {
    zh: "结合审核只给了一个体系的人日数「{value}」；结合审核须至少两个体系，单一体系按其本身审核时间",
    en: 'a combined audit was given one system\'s person-days "{value}"; it needs at least two systems, a single system keeps its own time',
  },
  "auditTime.scopeNotACode": {
    zh: "业务范围代码「{value}」无法识别，应为大类代码，如 {accepted}",
    en: 'business scope code "{value}" is not recognised; expected a major category code such as {accepted}',
  },
  "auditTime.riskUnknown": {
    zh: "风险等级「{value}」无法识别，可填：{accepted}",
    en: 'Risk "{value}" is not recognised; expected {accepted}',
  },
  "auditTime.riskRequired": {
    zh: "规则 {profile} 按风险调整审核时间，风险等级不能为空，请填写：{accepted}",
    en: "Profile {profile} adjusts audit time by risk, so the risk must not be blank; expected {accepted}",
  },
  "auditTime.scopeUnknown": {
    zh: "业务范围代码「{value}」的大类 {major} 不在规则 {profile} 的业务范围分类中（{first}–{last}）",
    en: 'Business scope code "{value}": major category {major} is not in the categories of profile {profile} ({first}–{last})',
  },
  "auditTime.noCategories": {
    zh: "规则 {profile} 没有业务范围分类，不能由业务范围代码「{value}」确定风险，请直接填写高/中/低",
    en: 'Profile {profile} has no business categories, so scope code "{value}" cannot give a risk; give high/medium/low instead',
  },
  "auditTime.reductionTooLarge": {
    zh: "审核时间合计减少 {reductionPct}%（风险 {riskPct}%，调整 {adjustPct}%），超过允许的最大减少 {maxPct}%",
    en: "Audit time reduced by {reductionPct}% in total (risk {riskPct}%, adjustment {adjustPct}%), more than the {maxPct}% allowed",
  },
  "auditTime.factorUnknown": {
    zh: "规则 {profile} 没有调整因素「{value}」，可选：{known}",
    en: 'Profile {profile} has no adjustment factor "{value}"; expected one of: {knownEn}',
  },
  "auditTime.factorTwice": {
    zh: "调整因素「{factor}」（{value}）给了两次，每个因素只能记录一次",
    en: 'Adjustment factor "{factor}" ({value}) was given twice; each factor is recorded once',
  },
  "auditTime.factorPctBlank": {
    zh: "调整因素「{factor}」的{direction}百分比为空，请填写，如 10 或 10%",
    en: 'The {directionEn} percentage of adjustment factor "{factor}" is blank; enter e.g. 10 or 10%',
  },
  "auditTime.factorPctNotNumber": {
    zh: "调整因素「{factor}」的{direction}百分比「{value}」不是数字，应填写如 10、-10 或 10%",
    en: 'The {directionEn} percentage "{value}" of adjustment factor "{factor}" is not a number; enter e.g. 10, -10 or 10%',
  },
  "auditTime.factorPctZero": {
    zh: "调整因素「{factor}」的{direction}百分比为「{value}」，不改变审核时间；不适用时请取消勾选",
    en: 'The {directionEn} percentage of adjustment factor "{factor}" is "{value}", which changes nothing; untick the factor if it does not apply',
  },
  "auditTime.factorPctNegative": {
    zh: "增加审核时间的因素「{factor}」填写了「{value}」：{direction}的百分比应为正数，如 10；减少审核时间请勾选减少因素",
    en: 'Factor "{factor}" increases audit time but "{value}" was entered: the {directionEn} must be positive, e.g. 10; tick a reduction factor to reduce the time',
  },
  "auditTime.factorsWithAdjust": {
    zh: "已按调整因素记录调整，不能再另给调整百分比「{value}」；请把该调整也作为因素记录",
    en: 'The adjustment is recorded through its factors, so a separate adjustment "{value}" cannot be added; record it as a factor too',
  },
  "auditTime.noStageSplit": {
    zh: "规则 {profile} 未规定第一阶段/第二阶段的审核时间划分，不能计算「{type}」；请用初次认证（第一阶段 + 第二阶段）",
    en: 'Profile {profile} defines no stage-1 / stage-2 split, so "{type}" cannot be computed; use the initial audit (stage 1 + stage 2)',
  },
  "auditTime.stage2Empty": {
    zh: "初次审核时间 {initial} 人日（减少后）扣除第一阶段 {stage1} 人日后不足半人日，无法安排第二阶段",
    en: "The (reduced) initial audit time of {initial} person-days leaves less than half a day for stage 2 after stage 1's {stage1}",
  },
  "auditTime.noRemoteRule": {
    zh: "规则 {profile} 未规定远程审核时间的上限",
    en: "Profile {profile} sets no limit on remote audit time",
  },
  "auditTime.outOfRange": {
    zh: "{field}「{value}」超出可精确计算的范围（数值过大或小数位过多）",
    en: '{field} "{value}" is outside the range that can be computed exactly (too large or too many decimals)',
  },
  "auditTime.calcOutOfRange": {
    zh: "有效人数 {employees}、调整 {adjustPct}% 的计算超出可精确计算的范围（数值过大或小数位过多）",
    en: "Headcount {employees} with adjustment {adjustPct}% is outside the range that can be computed exactly (too large or too many decimals)",
  },
  "auditTime.combinedEmpty": {
    zh: "结合审核至少需要一个体系的审核时间",
    en: "A combined audit needs the audit time of at least one system",
  },
};
