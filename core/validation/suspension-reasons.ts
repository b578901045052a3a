/**
 * The 13 cases of 004 7.2.1 in which a certificate is suspended, with words that identify each in
 * a clerk's 暂停原因 (the text rarely quotes the clause). A reason naming none of them is a warning,
 * not an error: case (13) "其他应暂停认证证书的" is open-ended.
 */
export const SUSPENSION_REASON_CLAUSE = "004 7.2.1";

export interface SuspensionReason {
  n: number;
  text: string;
  keywords: readonly string[];
}

export const SUSPENSION_REASONS: readonly SuspensionReason[] = [
  {
    n: 1,
    text: "持续或严重不满足认证要求，包括文件与实际业务运作严重脱离",
    keywords: ["不满足认证要求", "不符合认证要求", "严重脱离"],
  },
  { n: 2, text: "不满足适用的法律法规要求，且未采取有效纠正措施", keywords: ["法律法规"] },
  { n: 3, text: "受到与质量相关的行政处罚，且尚未完成整改", keywords: ["行政处罚"] },
  {
    n: 4,
    text: "发生重大质量事故，反映体系运行存在重大缺陷",
    keywords: ["重大事故", "质量事故", "安全事故"],
  },
  {
    n: 5,
    text: "拒绝配合认证执法检查、监督检查，或提供虚假材料或信息",
    keywords: ["拒绝配合", "执法检查", "监督检查", "虚假"],
  },
  {
    n: 6,
    text: "与范围有关的行政许可文件、资质证书、强制性认证证书等过期失效",
    keywords: ["行政许可", "许可证", "资质", "强制性认证", "过期失效"],
  },
  {
    n: 7,
    text: "不能按照规定的时间间隔接受监督审核",
    keywords: ["监督审核", "时间间隔", "未按期", "未能按期", "不能按期", "逾期"],
  },
  {
    n: 8,
    text: "未按规定正确引用和宣传认证证书和有关信息，包括证书和认证标志的使用",
    keywords: ["引用", "宣传", "认证标志", "证书使用"],
  },
  {
    n: 9,
    text: "不承担、履行认证合同约定的责任和义务",
    keywords: ["认证合同", "合同约定", "认证费", "缴费", "交费", "付费"],
  },
  { n: 10, text: "被有关行政监管部门责令停业整顿", keywords: ["停业", "整顿"] },
  { n: 11, text: "发生与质量相关重大舆情", keywords: ["舆情"] },
  { n: 12, text: "主动请求暂停", keywords: ["主动", "自愿", "申请暂停", "请求暂停", "要求暂停"] },
  { n: 13, text: "其他应暂停认证证书的", keywords: ["其他", "其它"] },
];

/** "(7)", "第7项", "7", "七"… naming a case by its number. */
const BY_NUMBER = /^(第)?[(（]?(\d{1,2})[)）]?(项|条|种|款|情形)?/;

/** The case a reason names, or null when it names none of the 13. */
export function suspensionCaseOf(reason: string): number | null {
  const text = reason.replace(/\s+/g, "");
  const m = BY_NUMBER.exec(text);
  if (m) {
    const n = Number(m[2]);
    if (n >= 1 && n <= SUSPENSION_REASONS.length) return n;
  }
  for (const r of SUSPENSION_REASONS) if (r.keywords.some((k) => text.includes(k))) return r.n;
  return null;
}
