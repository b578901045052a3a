/** 审核组成员 (000 4.3.3.1(3); DOMAIN §9): one row per member of an audit team, linked by 证书号. */
import { column, PATTERNS, type ColumnSpecInput } from "./column";
import { QUALIFICATION, TEAM_ROLE, YES_NO } from "./enums";
import { CERT_NO_COLUMN, ID_NO_COLUMN, personNameColumn } from "./shared-columns";

const R = "000 4.3.3.1(3)";

export const TEAM_COLUMNS: ColumnSpecInput[] = [
  CERT_NO_COLUMN,
  personNameColumn(R, { synonyms: ["审核员姓名", "成员姓名"] }),
  ID_NO_COLUMN,
  column({
    key: "qualification",
    header: "资格类型",
    headerEn: "qualification",
    required: true,
    format: "enum",
    enum: QUALIFICATION,
    synonyms: ["资格", "注册级别"],
    clause: R,
  }),
  column({
    key: "role",
    header: "审核组成员角色",
    headerEn: "team role",
    required: true,
    format: "enum",
    enum: TEAM_ROLE,
    synonyms: ["组内角色", "角色", "审核组角色"],
    clause: "004 5.4.4.1",
  }),
  column({
    key: "fullTime",
    header: "专职",
    headerEn: "full-time",
    required: true,
    format: "enum",
    enum: YES_NO,
    synonyms: ["是否专职"],
    clause: "004 5.4.4.1(3)",
  }),
  column({
    key: "expertise",
    header: "专业代码",
    headerEn: "competence codes",
    required: false,
    format: "multi-code",
    pattern: PATTERNS.scope,
    check: "scope",
    example: "03.01;29",
    synonyms: ["专业能力代码", "评定专业代码"],
    clause: "004 5.4.4.1(2)",
  }),
  column({
    key: "teamStart",
    header: "审核日期起",
    headerEn: "audit from",
    required: false,
    format: "date",
    synonyms: ["审核开始日期", "审核日期自"],
    clause: R,
  }),
  column({
    key: "teamEnd",
    header: "审核日期止",
    headerEn: "audit to",
    required: false,
    format: "date",
    synonyms: ["审核结束日期", "审核日期至"],
    clause: R,
  }),
];
