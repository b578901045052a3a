/** 证书台账 (DOMAIN §9, §10): the body's own certificate register, one row per certificate. */
import { column, type ColumnSpecInput } from "./column";
import {
  CERT_NO_COLUMN,
  certStatusColumn,
  divisionColumn,
  expiryDateColumn,
  issueDateColumn,
  orgNameColumn,
  schemeColumn,
  scopeColumn,
  SUB_CERT_COLUMN,
} from "./shared-columns";

const R = "CNCA 模版";

export const REGISTER_COLUMNS: ColumnSpecInput[] = [
  CERT_NO_COLUMN,
  orgNameColumn(R),
  schemeColumn(R),
  scopeColumn("000 4.3.5.2(3)"),
  divisionColumn("000 4.3.5.2(4)"),
  issueDateColumn("004 6.2"),
  expiryDateColumn("004 6.2.1"),
  certStatusColumn("CNCA 模版"),
  column({
    key: "statusDate",
    header: "状态变更日期",
    headerEn: "status changed on",
    required: false,
    format: "date",
    synonyms: ["变更日期"],
    clause: "CNCA 模版",
  }),
  SUB_CERT_COLUMN,
];
