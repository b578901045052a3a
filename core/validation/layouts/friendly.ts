/**
 * The product's own friendly layout (DOMAIN §9) as one more layout: its six report specs, each a
 * sheet whose header floats (searched in the first rows, any column order, synonyms accepted).
 * The specs stay the source of truth for the friendly sheets; this only describes them in the
 * layout model so callers can list every layout the same way.
 */
import { REPORT_SPECS } from "../specs";
import type { ColumnSpec } from "../specs/column";
import { REPORT_TYPES, type ReportType } from "../types";
import { LayoutSchema, type LayoutColumn, type LayoutFile, type SheetRole } from "./schema";

const ROLE: Readonly<Record<ReportType, SheetRole>> = {
  monthly: "certificates",
  team: "team",
  failed: "failed",
  status: "status",
  register: "register",
  auditors: "auditors",
};

function typeOf(col: ColumnSpec): LayoutColumn["type"] {
  if (col.format === "date") return "date";
  if (col.format === "number") return "number";
  return "text";
}

function columnOf(col: ColumnSpec): LayoutColumn {
  return {
    code: col.key,
    header: col.header,
    headerVariants: col.synonyms,
    meaning: col.key,
    type: typeOf(col),
    required: { rule: col.required ? "always" : "optional", basis: "note" },
    multi: col.format === "multi-code",
    ignoredByPlatform: false,
  };
}

export const FRIENDLY_LAYOUT_ID = "friendly";

export function friendlyLayoutFile(): LayoutFile {
  return LayoutSchema.parse({
    id: FRIENDLY_LAYOUT_ID,
    family: "friendly",
    version: "1",
    title: "认证工作台易读格式",
    titleEn: "CertDesk friendly layout",
    evidence: "V",
    source: "DOMAIN §9",
    separator: ";",
    sheets: REPORT_TYPES.map((type) => ({
      id: type,
      role: ROLE[type],
      name: REPORT_SPECS[type].title,
      headerRows: { header: 1 },
      firstDataRow: 2,
      firstColumn: 1,
      dateFormat: "YYYY-MM-DD",
      floatingHeader: true,
      columns: REPORT_SPECS[type].columns.map(columnOf),
    })),
  });
}
