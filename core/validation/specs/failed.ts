/** 初评/再认证审核未通过组织月报 (000 4.3.4; DOMAIN §9). */
import { column, type ColumnSpecInput } from "./column";
import { FAILED_AUDIT_TYPE } from "./enums";
import {
  auditEndColumn,
  auditStartColumn,
  ORG_CODE_COLUMN,
  orgNameColumn,
  phoneColumn,
  scopeColumn,
  USCC_COLUMN,
} from "./shared-columns";

const R = "000 4.3.4.1";

export const FAILED_COLUMNS: ColumnSpecInput[] = [
  orgNameColumn(R, { synonyms: ["申请组织名称", "企业名称"] }),
  USCC_COLUMN,
  column({
    key: "address",
    header: "地址",
    headerEn: "address",
    required: true,
    format: "text",
    synonyms: ["通讯地址", "通信地址"],
    clause: R,
  }),
  column({
    key: "legalRep",
    header: "法定代表人",
    headerEn: "legal representative",
    required: false,
    format: "text",
    synonyms: ["法人代表", "法人"],
    clause: R,
  }),
  phoneColumn(R),
  column({
    key: "standardCode",
    header: "认证标准代码",
    headerEn: "standard code",
    required: true,
    format: "text",
    synonyms: ["认证标准", "认证项目"],
    clause: R,
  }),
  scopeColumn("004 附录A"),
  column({
    key: "auditType",
    header: "审核类型",
    headerEn: "audit type",
    required: true,
    format: "enum",
    enum: FAILED_AUDIT_TYPE,
    synonyms: ["认证审核活动类别"],
    clause: "000 4.3.4",
  }),
  auditStartColumn(R),
  auditEndColumn(R),
  column({
    key: "reason",
    header: "未通过原因",
    headerEn: "reason for failure",
    required: true,
    format: "text",
    synonyms: ["审核未通过原因", "不通过原因"],
    clause: R,
  }),
  ORG_CODE_COLUMN,
];
