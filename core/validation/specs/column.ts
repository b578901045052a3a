/**
 * The declarative description of a report column (DOMAIN §9): its exact CNCA header, whether it is
 * required (the `*` of DOMAIN), the header synonyms recognition accepts, how its cells are read,
 * and what a template writes (number format, dropdown list). Every spec is checked by zod at load,
 * as profiles are, so a typo in a spec fails loudly instead of silently accepting anything.
 */
import { z } from "zod";
import { REPORT_TYPES, type ReportType } from "../types";

/** How a cell is read. `code` keeps leading zeros; `id` is an identity code (DOMAIN §8). */
export const CELL_FORMATS = ["text", "code", "id", "date", "number", "enum", "multi-code"] as const;
export type CellFormatKind = (typeof CELL_FORMATS)[number];

/** The semantic checks a column's values get beyond their format (DOMAIN §8, §5). */
export const CODE_KINDS = ["uscc-or-org", "org", "id-card", "division", "cert-no", "scope"] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

const EnumItemSchema = z.object({
  /** The CNCA code (`0101`), or undefined where DOMAIN gives a label only (then the label is the value). */
  code: z.string().min(1).optional(),
  label: z.string().min(1),
  en: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
});

export const EnumSpecSchema = z.object({
  id: z.string().min(1),
  /** The list's name as shown in messages, e.g. 认证审核活动类别. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  clause: z.string().min(1),
  items: z.array(EnumItemSchema).min(1),
  /** An open list suggests values but accepts any code of the column's pattern (国家和地区代码). */
  open: z.boolean().default(false),
});

export const ColumnSpecSchema = z
  .object({
    /** Stable field key used by the checks and by parsed rows, e.g. `certNo`. */
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    /** The exact header a CNCA template uses. */
    header: z.string().min(1),
    headerEn: z.string().min(1),
    required: z.boolean(),
    synonyms: z.array(z.string().min(1)).default([]),
    format: z.enum(CELL_FORMATS),
    enum: EnumSpecSchema.optional(),
    /** Code pattern (anchored regex source) for `code` and each item of `multi-code` without a list. */
    pattern: z.string().optional(),
    /** Fixed width of an all-digit code, used to recognise lost leading zeros (行政区划代码 = 6). */
    width: z.number().int().positive().optional(),
    /** A human example of the expected form, shown in messages. */
    example: z.string().optional(),
    /** Semantic check on the value (DOMAIN §8, §5). */
    check: z.enum(CODE_KINDS).optional(),
    /** Numbers: smallest accepted value and whether it must be above (not equal to) it. */
    min: z.number().optional(),
    minExclusive: z.boolean().default(false),
    /** Dates: a year and month alone is enough (出生年月). */
    yearMonth: z.boolean().default(false),
    /** The column must stay blank when another column holds one of these values (04/99 rows, DOMAIN §9). */
    blankWhen: z.object({ key: z.string(), values: z.array(z.string()).min(1) }).optional(),
    /** Excel number format a template gives the column ("@" keeps codes as text). */
    numberFormat: z.string().min(1),
    /** Recognised when present, but not part of the CNCA layout (not written by templates, not in the order check). */
    extra: z.boolean().default(false),
    clause: z.string().min(1),
  })
  .refine((c) => (c.format === "enum" ? c.enum !== undefined : true), {
    message: "an enum column needs its list",
  })
  .refine((c) => (c.format === "code" ? c.pattern !== undefined : true), {
    message: "a code column needs its pattern",
  });

export const ReportSpecSchema = z.object({
  type: z.enum(REPORT_TYPES as readonly ReportType[] as [ReportType, ...ReportType[]]),
  /** The sheet title CNCA / CNAS uses. */
  title: z.string().min(1),
  titleEn: z.string().min(1),
  clause: z.string().min(1),
  columns: z.array(ColumnSpecSchema).min(1),
});

export type EnumItem = z.infer<typeof EnumItemSchema>;
export type EnumSpec = z.infer<typeof EnumSpecSchema>;
export type ColumnSpec = z.infer<typeof ColumnSpecSchema>;
export type ReportSpec = z.infer<typeof ReportSpecSchema>;
/** What a spec file writes before zod fills the defaults. */
export type ColumnSpecInput = z.input<typeof ColumnSpecSchema>;
export type EnumSpecInput = z.input<typeof EnumSpecSchema>;

/** Text-like columns keep their typing as text in templates so leading zeros survive. */
export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";

const DEFAULT_NUMBER_FORMAT: Record<CellFormatKind, string> = {
  text: TEXT_FORMAT,
  code: TEXT_FORMAT,
  id: TEXT_FORMAT,
  enum: TEXT_FORMAT,
  "multi-code": TEXT_FORMAT,
  date: DATE_FORMAT,
  number: "General",
};

/** A column as a spec file writes it: the number format follows from the cell format unless given. */
export type ColumnInput = Omit<ColumnSpecInput, "numberFormat"> & { numberFormat?: string };

export function column(input: ColumnInput): ColumnSpecInput {
  return { ...input, numberFormat: input.numberFormat ?? DEFAULT_NUMBER_FORMAT[input.format] };
}

/** Patterns shared by several reports (anchored; compiled once per column by the reader). */
export const PATTERNS = {
  /** 业务范围代码 / 专业代码: major category, optionally medium and small (004 附录A 表A.1). */
  scope: "^\\d{2}(\\.\\d{2}){0,2}$",
  division: "^\\d{6}$",
  postcode: "^\\d{6}$",
  country: "^\\d{3}$",
  natureCode: "^[0-9A-Z]{1,4}$",
  fieldCode: "^[0-9A-Z.]{1,12}$",
} as const;
