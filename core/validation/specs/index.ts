/**
 * The six report specs, checked by zod at load, and what adapters need from them: exact header
 * text, number formats and dropdown items for templates (H6's template writer, the pane's "insert
 * template"), and a zod schema of a parsed row per report.
 */
import { z } from "zod";
import type { ReportType } from "../types";
import {
  ReportSpecSchema,
  type ColumnSpec,
  type ColumnSpecInput,
  type EnumItem,
  type EnumSpec,
  type ReportSpec,
} from "./column";
import { AUDITORS_COLUMNS } from "./auditors";
import { FAILED_COLUMNS } from "./failed";
import { MONTHLY_COLUMNS } from "./monthly";
import { REGISTER_COLUMNS } from "./register";
import { STATUS_COLUMNS } from "./status";
import { TEAM_COLUMNS } from "./team";

function spec(
  type: ReportType,
  title: string,
  titleEn: string,
  clause: string,
  columns: ColumnSpecInput[],
): ReportSpec {
  const parsed = ReportSpecSchema.parse({ type, title, titleEn, clause, columns });
  const keys = new Set<string>();
  for (const c of parsed.columns) {
    if (keys.has(c.key)) throw new Error(`Report spec ${type}: column key ${c.key} twice`);
    keys.add(c.key);
  }
  return parsed;
}

export const REPORT_SPECS: Readonly<Record<ReportType, ReportSpec>> = {
  monthly: spec(
    "monthly",
    "获证组织基本信息月报",
    "certified organisations monthly report",
    "000 4.3.3.1",
    MONTHLY_COLUMNS,
  ),
  team: spec("team", "审核组成员", "audit team members", "000 4.3.3.1(3)", TEAM_COLUMNS),
  failed: spec(
    "failed",
    "初评/再认证审核未通过组织月报",
    "failed initial / re-certification audits",
    "000 4.3.4",
    FAILED_COLUMNS,
  ),
  status: spec("status", "证书状态变更", "certificate status changes", "000 4.3.8.3", STATUS_COLUMNS),
  register: spec("register", "证书台账", "certificate register", "CNCA 模版", REGISTER_COLUMNS),
  auditors: spec("auditors", "审核人员基本信息年报", "auditors annual report", "000 4.3.6", AUDITORS_COLUMNS),
};

export function getSpec(type: ReportType): ReportSpec {
  return REPORT_SPECS[type];
}

/** The columns a template writes, in CNCA order (extra columns are recognised, never written). */
export function templateColumns(type: ReportType): ColumnSpec[] {
  return REPORT_SPECS[type].columns.filter((c) => !c.extra);
}

/** Header text for a template: exactly the CNCA header, with `*` after it when asked and required. */
export function headerText(col: ColumnSpec, options: { markRequired?: boolean } = {}): string {
  return options.markRequired && col.required ? `${col.header}*` : col.header;
}

/** The value an item stands for in parsed rows: its code, or its label when it has none. */
export function itemValue(item: EnumItem): string {
  return item.code ?? item.label;
}

/** Dropdown items "0101 初次认证第一阶段" (code and label, DOMAIN §9); label alone where there is no code. */
export function listItems(list: EnumSpec): string[] {
  return list.items.map((item) => (item.code ? `${item.code} ${item.label}` : item.label));
}

/** Dropdown items of a column, or none for a column without a list. */
export function columnListItems(col: ColumnSpec): string[] {
  return col.enum ? listItems(col.enum) : [];
}

/** Label of a parsed enum value ("0101" → 初次认证第一阶段), for messages and panes. */
export function enumLabel(list: EnumSpec, value: string): string {
  const item = list.items.find((i) => itemValue(i) === value);
  return item ? item.label : value;
}

function valueSchema(col: ColumnSpec): z.ZodType {
  switch (col.format) {
    case "text":
    case "id":
      return z.string().min(1);
    case "code":
      return z.string().regex(new RegExp(col.pattern ?? "^.+$"));
    case "date":
      return z.number().int();
    case "number":
      return col.min === undefined
        ? z.number()
        : col.minExclusive
          ? z.number().gt(col.min)
          : z.number().min(col.min);
    case "enum": {
      const values = (col.enum?.items ?? []).map(itemValue);
      const closed = z.enum(values as [string, ...string[]]);
      return col.enum?.open ? z.union([closed, z.string().regex(new RegExp(col.pattern ?? "^.+$"))]) : closed;
    }
    case "multi-code":
      return col.enum
        ? z.array(z.enum(col.enum.items.map(itemValue) as [string, ...string[]])).min(1)
        : z.array(z.string().regex(new RegExp(col.pattern ?? "^.+$"))).min(1);
  }
}

const rowSchemas = new Map<ReportType, z.ZodObject>();

/**
 * The shape of one parsed row of a report (`readReport`): `row` is the sheet row, dates are
 * EpochDays, enums their code (or label where there is none), multi-codes arrays; a blank optional
 * cell is absent. Built from the spec so the two cannot drift.
 */
export function rowSchema(type: ReportType): z.ZodObject {
  let schema = rowSchemas.get(type);
  if (!schema) {
    const shape: Record<string, z.ZodType> = { row: z.number().int().positive() };
    for (const col of REPORT_SPECS[type].columns) {
      const value = valueSchema(col);
      shape[col.key] = col.required ? value : value.optional();
    }
    schema = z.object(shape);
    rowSchemas.set(type, schema);
  }
  return schema;
}

export type { CellFormatKind, CodeKind, ColumnSpec, EnumItem, EnumSpec, ReportSpec } from "./column";
export { CELL_FORMATS, DATE_FORMAT, TEXT_FORMAT } from "./column";
export * as ENUMS from "./enums";
