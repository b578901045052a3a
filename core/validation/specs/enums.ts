/**
 * The enumerated lists of the report sheets (DOMAIN §9). CNCA's upload workbooks code their lists,
 * so each item carries the code AND the label, and a cell may hold either, or both as a template's
 * dropdown writes them ("0101 初次认证第一阶段"). Synonyms are spellings clerks actually use
 * (DOMAIN §3.4 for audit types).
 */
import type { EnumSpecInput } from "./column";

const CNCA = "CNCA 模版";

/**
 * 认证审核活动类别. DOMAIN §9 codes; 特殊审核 and 认证转换 are labels of DOMAIN's monthly layout
 * with no CNCA code known to us, so their label is their value (DOMAIN silent; see report).
 */
export const ACTIVITY: EnumSpecInput = {
  id: "activity",
  name: "认证审核活动类别",
  nameEn: "audit activity",
  clause: CNCA,
  items: [
    {
      code: "0101",
      label: "初次认证第一阶段",
      en: "initial stage 1",
      synonyms: ["第一阶段", "一阶段", "初审第一阶段", "stage1"],
    },
    {
      code: "0102",
      label: "初次认证第二阶段",
      en: "initial stage 2",
      synonyms: ["第二阶段", "二阶段", "初审第二阶段", "stage2"],
    },
    {
      code: "01",
      label: "初次认证",
      en: "initial certification",
      synonyms: ["初次", "初审", "初评", "initial", "I"],
    },
    {
      code: "02",
      label: "再认证",
      en: "re-certification",
      synonyms: ["复评", "再认证审核", "recertification", "R"],
    },
    { code: "03", label: "监督审核", en: "surveillance", synonyms: ["监督", "surveillance", "S"] },
    {
      code: "0301",
      label: "第一次监督审核",
      en: "first surveillance",
      synonyms: ["第一次监督", "一监", "监督审核1", "监督1"],
    },
    {
      code: "0302",
      label: "第二次监督审核",
      en: "second surveillance",
      synonyms: ["第二次监督", "二监", "监督审核2", "监督2"],
    },
    {
      code: "0303",
      label: "第三次监督审核",
      en: "third surveillance",
      synonyms: ["第三次监督", "三监", "监督审核3", "监督3"],
    },
    {
      code: "0304",
      label: "第四次监督审核",
      en: "fourth surveillance",
      synonyms: ["第四次监督", "监督审核4", "监督4"],
    },
    {
      code: "0305",
      label: "第五次监督审核",
      en: "fifth surveillance",
      synonyms: ["第五次监督", "监督审核5", "监督5"],
    },
    { code: "04", label: "变更", en: "change", synonyms: ["证书变更"] },
    { code: "99", label: "其他", en: "other", synonyms: ["其它"] },
    { label: "特殊审核", en: "special audit", synonyms: [] },
    { label: "认证转换", en: "certification transfer", synonyms: ["转换", "认证转机构"] },
  ],
};

/** 认可标识, several separated by `;` (DOMAIN §9). */
export const ACCREDITATION: EnumSpecInput = {
  id: "accreditation",
  name: "认可标识",
  nameEn: "accreditation mark",
  clause: CNCA,
  items: [
    { code: "00", label: "无", en: "none", synonyms: ["不带认可标识"] },
    { code: "01", label: "CNAS", en: "CNAS", synonyms: [] },
    { code: "02", label: "UKAS", en: "UKAS", synonyms: [] },
    { code: "03", label: "JAS-ANZ", en: "JAS-ANZ", synonyms: ["JASANZ"] },
    { code: "04", label: "ANAB", en: "ANAB", synonyms: [] },
    { code: "05", label: "RvA", en: "RvA", synonyms: [] },
    { code: "06", label: "JAB", en: "JAB", synonyms: [] },
    { code: "07", label: "KAB", en: "KAB", synonyms: [] },
    { code: "08", label: "其他", en: "other", synonyms: ["其它"] },
  ],
};

/** 证书状态: 02 and 03 are CNCA's, 01 and 04 ours (DOMAIN §9). */
export const CERT_STATUS: EnumSpecInput = {
  id: "certStatus",
  name: "证书状态",
  nameEn: "certificate status",
  clause: CNCA,
  items: [
    { code: "01", label: "有效", en: "valid", synonyms: ["正常"] },
    { code: "02", label: "暂停", en: "suspended", synonyms: [] },
    { code: "03", label: "撤销", en: "withdrawn", synonyms: ["撤消"] },
    { code: "04", label: "注销", en: "cancelled", synonyms: [] },
  ],
};

/**
 * 证书状态 of a status-change row: the change reported (000 4.3.8.3). A restoration brings the
 * certificate back to 01 有效, so 恢复 carries that code (DOMAIN silent; see report).
 */
export const STATUS_CHANGE: EnumSpecInput = {
  id: "statusChange",
  name: "证书状态（变更）",
  nameEn: "status change",
  clause: "000 4.3.8.3",
  items: [
    { code: "02", label: "暂停", en: "suspended", synonyms: [] },
    { code: "03", label: "撤销", en: "withdrawn", synonyms: ["撤消"] },
    { code: "04", label: "注销", en: "cancelled", synonyms: [] },
    { code: "01", label: "恢复", en: "restored", synonyms: ["暂停恢复", "恢复有效", "有效"] },
  ],
};

/** 审核方式 (DOMAIN §9). */
export const AUDIT_METHOD: EnumSpecInput = {
  id: "auditMethod",
  name: "审核方式",
  nameEn: "audit method",
  clause: CNCA,
  items: [
    { code: "FS01", label: "现场", en: "on site", synonyms: ["现场审核"] },
    { code: "FS02", label: "远程", en: "remote", synonyms: ["远程审核"] },
    { code: "FS03", label: "现场+远程", en: "on site and remote", synonyms: ["现场和远程", "现场加远程"] },
  ],
};

/** 国家和地区代码: 156 China; other ISO 3166 numeric codes are accepted (open list). */
export const COUNTRY: EnumSpecInput = {
  id: "country",
  name: "国家和地区代码",
  nameEn: "country or region code",
  clause: CNCA,
  open: true,
  items: [{ code: "156", label: "中国", en: "China", synonyms: [] }],
};

export const YES_NO: EnumSpecInput = {
  id: "yesNo",
  name: "是/否",
  nameEn: "yes/no",
  clause: CNCA,
  items: [
    { label: "是", en: "yes", synonyms: ["Y", "YES"] },
    { label: "否", en: "no", synonyms: ["N", "NO"] },
  ],
};

export const SUB_CERT: EnumSpecInput = {
  id: "subCert",
  name: "子证情况",
  nameEn: "main or sub-certificate",
  clause: "001 C.2",
  items: [
    { label: "主证书", en: "main certificate", synonyms: ["主证"] },
    { label: "子证书", en: "sub-certificate", synonyms: ["子证"] },
  ],
};

/** 风险系数 (DOMAIN §3.3: 高/中/低, high/medium/low, H/M/L). */
export const RISK: EnumSpecInput = {
  id: "risk",
  name: "风险系数",
  nameEn: "risk",
  clause: "004 附录B 注4",
  items: [
    { label: "高", en: "high", synonyms: ["高风险", "HIGH", "H"] },
    { label: "中", en: "medium", synonyms: ["中风险", "MEDIUM", "M"] },
    { label: "低", en: "low", synonyms: ["低风险", "LOW", "L"] },
  ],
};

/** 资格类型 of a team member (000 4.3.6.2). */
export const QUALIFICATION: EnumSpecInput = {
  id: "qualification",
  name: "资格类型",
  nameEn: "qualification",
  clause: "000 4.3.6.2",
  items: [
    { label: "高级审核员", en: "senior auditor", synonyms: [] },
    { label: "审核员", en: "auditor", synonyms: [] },
    { label: "实习审核员", en: "trainee auditor", synonyms: ["实习"] },
    { label: "技术专家", en: "technical expert", synonyms: ["专家"] },
  ],
};

/** 审核组成员角色 (004 5.4.4). */
export const TEAM_ROLE: EnumSpecInput = {
  id: "teamRole",
  name: "审核组成员角色",
  nameEn: "team role",
  clause: "004 5.4.4.1",
  items: [
    { label: "组长", en: "team leader", synonyms: ["审核组长"] },
    { label: "组员", en: "team member", synonyms: ["审核组成员", "成员", "审核员"] },
    { label: "技术专家", en: "technical expert", synonyms: ["专家"] },
    { label: "实习审核员", en: "trainee auditor", synonyms: ["实习"] },
  ],
};

/** 审核类型 of the failed-audit report: only initial and re-certification audits fail there (000 4.3.4). */
export const FAILED_AUDIT_TYPE: EnumSpecInput = {
  id: "failedAuditType",
  name: "审核类型",
  nameEn: "audit type",
  clause: "000 4.3.4",
  items: [
    { code: "01", label: "初次认证", en: "initial certification", synonyms: ["初次", "初审", "初评"] },
    { code: "02", label: "再认证", en: "re-certification", synonyms: ["复评"] },
  ],
};

/** 性别, GB/T 2261.1 codes. */
export const SEX: EnumSpecInput = {
  id: "sex",
  name: "性别",
  nameEn: "sex",
  clause: "000 4.3.6.1",
  items: [
    { code: "1", label: "男", en: "male", synonyms: ["M", "MALE"] },
    { code: "2", label: "女", en: "female", synonyms: ["F", "FEMALE"] },
  ],
};
