/**
 * Columns that several report specs share (DOMAIN §9), written once so a header, synonym or code
 * check cannot drift between reports. A column whose clause is the code's own (证书号: 001 附录C)
 * is a constant; a column cited to the report that carries it is a factory taking that report's
 * clause, and an explicit override where one report words it differently (its own synonyms, a
 * `required` that differs, the 04/99 blanking of the monthly report).
 */
import { column, PATTERNS, type ColumnInput, type ColumnSpecInput } from "./column";
import { CERT_STATUS, SUB_CERT } from "./enums";

/** What one report may word differently from the shared column. */
export type ColumnOverride = Partial<Pick<ColumnInput, "required" | "synonyms" | "blankWhen">>;

type SharedBase = Omit<ColumnInput, "clause">;

function cited(base: SharedBase) {
  return (clause: string, override: ColumnOverride = {}): ColumnSpecInput =>
    column({ ...base, clause, ...override });
}

export const CERT_NO_COLUMN: ColumnSpecInput = column({
  key: "certNo",
  header: "证书号",
  headerEn: "certificate number",
  required: true,
  format: "id",
  check: "cert-no",
  example: "081226HG00017R000",
  synonyms: ["证书编号", "认证证书编号", "注册编号", "证书号码"],
  clause: "001 附录C",
});

export const USCC_COLUMN: ColumnSpecInput = column({
  key: "uscc",
  header: "统一社会信用代码",
  headerEn: "unified social credit code",
  required: true,
  format: "id",
  check: "uscc-or-org",
  synonyms: ["组织机构代码", "社会信用代码", "统一信用代码"],
  example: "91310115MA1FL7Q289",
  clause: "本工具约定",
});

/** Not in the CNCA layouts: recognised when a sheet carries it beside 统一社会信用代码. */
export const ORG_CODE_COLUMN: ColumnSpecInput = column({
  key: "orgCode",
  header: "组织机构代码",
  headerEn: "organisation code",
  required: false,
  format: "id",
  check: "org",
  example: "69007329-X",
  extra: true,
  clause: "本工具约定",
});

export const ID_NO_COLUMN: ColumnSpecInput = column({
  key: "idNo",
  header: "身份证件号码",
  headerEn: "ID number",
  required: true,
  format: "id",
  check: "id-card",
  example: "11010519491231002X",
  synonyms: ["身份证号码", "身份证号", "证件号码"],
  clause: "本工具约定",
});

export const SUB_CERT_COLUMN: ColumnSpecInput = column({
  key: "subCert",
  header: "子证情况",
  headerEn: "main or sub-certificate",
  required: false,
  format: "enum",
  enum: SUB_CERT,
  synonyms: ["子证书情况"],
  clause: "001 C.2",
});

export const orgNameColumn = cited({
  key: "orgName",
  header: "组织名称",
  headerEn: "organisation name",
  required: true,
  format: "text",
  synonyms: ["获证组织名称", "企业名称"],
});

/** 姓名: each report has its own synonyms, so they are always given. */
export const personNameColumn = cited({
  key: "name",
  header: "姓名",
  headerEn: "name",
  required: true,
  format: "text",
});

export const schemeColumn = cited({
  key: "scheme",
  header: "认证项目",
  headerEn: "certification scheme",
  required: true,
  format: "text",
  synonyms: ["认证领域", "认证体系"],
});

export const scopeColumn = cited({
  key: "scope",
  header: "业务范围代码",
  headerEn: "business scope codes",
  required: true,
  format: "multi-code",
  pattern: PATTERNS.scope,
  check: "scope",
  example: "03.01.02;29.07",
  synonyms: ["认证业务范围代码"],
});

export const divisionColumn = cited({
  key: "division",
  header: "行政区划代码",
  headerEn: "division code",
  required: true,
  format: "code",
  pattern: PATTERNS.division,
  width: 6,
  check: "division",
  example: "310115",
  synonyms: ["行政区域代码", "区划代码"],
});

export const phoneColumn = cited({
  key: "phone",
  header: "联系电话",
  headerEn: "telephone",
  required: false,
  format: "text",
  synonyms: ["电话"],
});

export const auditStartColumn = cited({
  key: "auditStart",
  header: "审核开始日期",
  headerEn: "audit start date",
  required: true,
  format: "date",
  synonyms: ["审核开始时间"],
});

export const auditEndColumn = cited({
  key: "auditEnd",
  header: "审核结束日期",
  headerEn: "audit end date",
  required: true,
  format: "date",
  synonyms: ["审核结束时间"],
});

export const issueDateColumn = cited({
  key: "issueDate",
  header: "颁证日期",
  headerEn: "issue date",
  required: true,
  format: "date",
  synonyms: ["发证日期"],
});

export const expiryDateColumn = cited({
  key: "expiryDate",
  header: "证书截止日期",
  headerEn: "expiry date",
  required: true,
  format: "date",
  synonyms: ["证书到期日期", "有效期至", "截止日期"],
});

/** 证书状态 of a certificate (01–04); the status-change report's 证书状态 is another list. */
export const certStatusColumn = cited({
  key: "certStatus",
  header: "证书状态",
  headerEn: "certificate status",
  required: true,
  format: "enum",
  enum: CERT_STATUS,
});

export const changeTypeColumn = cited({
  key: "changeType",
  header: "变更类别",
  headerEn: "change type",
  required: false,
  format: "text",
});

export const renewReasonColumn = cited({
  key: "renewReason",
  header: "换证原因",
  headerEn: "reissue reason",
  required: false,
  format: "text",
});
