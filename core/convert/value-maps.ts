/**
 * Friendly values (DOMAIN §9: codes or labels, read by the friendly specs) → CNCA's codes
 * (CNCA-FORMAT.md §7 code tables). Where DOMAIN §9 and CNCA code the same thing differently — 变更
 * `04` here, `05` there; 是/否 as `1`/`0`; 风险 as `01`/`02`/`03` — CNCA wins (DOMAIN §9). Each map
 * returns undefined for a value CNCA has no code for; the converter then says so.
 */

/** 认证审核活动类别 (friendly) → 30、认证审核活动代码 (CNCA 模版 证书信息表 第 30 项). */
export function activityCode(activity: string): string | undefined {
  if (activity === "01" || activity === "0101" || activity === "0102") return "01";
  if (activity === "02") return "02";
  if (activity === "03" || /^030\d$/.test(activity)) return "03";
  if (activity === "特殊审核") return "04";
  if (activity === "04") return "05"; // 变更
  return undefined; // 99 其他, 认证转换: no CNCA activity code known
}

/**
 * 认证审核活动类别 (friendly) → the 59-field 月报's 30.认证审核活动代码 / 审核员 4.审核阶段
 * (CNCA-FORMAT.md §7 认证审核活动代码_旧, ERP-inferred): one 0301 for every surveillance, 0302 for a
 * special one — the friendly 0302 (second surveillance) is not the 59-field 0302.
 */
export function activity59Code(activity: string): string | undefined {
  if (activity === "01" || activity === "0101" || activity === "0102") return "01";
  if (activity === "02") return "02";
  if (activity === "03" || /^030\d$/.test(activity)) return "0301";
  if (activity === "特殊审核") return "0302";
  if (activity === "04") return "04";
  if (activity === "99") return "99";
  return undefined;
}

/** 32、监督次数 from the activity: 0 outside surveillance, n for 030n, unknown for a bare 03. */
export function surveillanceCount(activity: string): number | undefined {
  const n = /^030(\d)$/.exec(activity);
  if (n) return Number(n[1]);
  return activity === "03" ? undefined : 0;
}

/**
 * 3、认证审核阶段代码 of 审核结果信息表 from the audit's activity. Re-certification is 0202 as in
 * most ERP exporters (0201 in one; CNCA-FORMAT.md §8); an initial audit given without its stage is
 * the certifying stage 2.
 */
export function stageCode(activity: string): string | undefined {
  if (activity === "0101") return "0101";
  if (activity === "0102" || activity === "01") return "0102";
  if (activity === "02") return "0202";
  if (activity === "03" || /^030\d$/.test(activity)) return "03";
  if (activity === "特殊审核") return "04";
  return undefined;
}

export const YES_NO_CODES: Readonly<Record<string, string>> = { 是: "1", 否: "0" };
export const SUB_CERT_CODES: Readonly<Record<string, string>> = { 主证书: "0", 子证书: "1" };
export const RISK_CODES: Readonly<Record<string, string>> = { 高: "01", 中: "02", 低: "03" };
export const ROLE_CODES: Readonly<Record<string, string>> = {
  组长: "01",
  组员: "02",
  技术专家: "03",
  // A trainee is a member of the team; 资格类型 03 实习审核员 says what they are.
  实习审核员: "02",
};
export const QUALIFICATION_CODES: Readonly<Record<string, string>> = {
  高级审核员: "01",
  审核员: "02",
  实习审核员: "03",
  技术专家: "04",
};

/**
 * 认可标识 (friendly, DOMAIN §9) → 57、证书使用的认可标志代码: 01–06 are the same marks; 00 无 is
 * a blank cell (「不带认可标志时为空」); KAB and 其他 have only CNCA's 99.
 */
export function accreditationCode(code: string): string | null {
  if (code === "00") return null;
  if (/^0[1-6]$/.test(code)) return code;
  return "99";
}

/** 证书状态: CNCA's 01–04 are DOMAIN's four codes (CNCA-FORMAT.md §7 证书状态分类代码). */
export function statusCode(status: string): string | undefined {
  return /^0[1-4]$/.test(status) ? status : undefined;
}

/**
 * 64、上报类型 from the row (本工具约定; the template states no derivation): a reissued
 * certificate (换证 是) → 02 换发证书; a status change (暂停/撤销/注销) → 05 证书状态变化; 变更 → 04
 * 证书信息变更; a surveillance → 03 报送监督检查信息; an initial or re-certification audit → 01.
 */
export function reportTypeCode(row: {
  activity: string | undefined;
  status: string | undefined;
  renewed: string | undefined;
}): string | undefined {
  if (row.renewed === "是") return "02";
  if (row.status === "02" || row.status === "03" || row.status === "04") return "05";
  const activity = row.activity === undefined ? undefined : activityCode(row.activity);
  if (activity === "05") return "04";
  if (activity === "03" || activity === "04") return "03";
  if (activity === "01" || activity === "02") return "01";
  return undefined;
}

/** 身份证件类型: an 18-character mainland ID number is 01 居民身份证; anything else is not guessed. */
export function idTypeCode(idNo: string): string | undefined {
  return /^\d{17}[\dX]$/.test(idNo) ? "01" : undefined;
}
