/**
 * What a report layout is, as data (issue 7): the sheets of one upload workbook, where their header
 * rows and data sit, and per column its field code, exact header, meaning, type, maximum length,
 * required rule (with its condition as data) and code table. One JSON file per layout under
 * `layouts/data/`; adding a revision of CNCA's template means adding one file. Checked by zod at
 * load, as rule profiles are, so a typo in a layout fails loudly instead of accepting anything.
 */
import { z } from "zod";

/**
 * A condition on another field of the same row, named by its field code. `in` / `notIn` compare the
 * normalised code; `startsWith` a prefix; `has` any value of a multi-value cell; `filled` whether
 * the cell holds anything. `all` / `any` combine.
 */
export type Condition =
  | { field: string; in: string[] }
  | { field: string; notIn: string[] }
  | { field: string; startsWith: string[] }
  | { field: string; has: string[] }
  | { field: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

const codes = z.array(z.string().min(1)).min(1);
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: z.string().min(1), in: codes }).strict(),
    z.object({ field: z.string().min(1), notIn: codes }).strict(),
    z.object({ field: z.string().min(1), startsWith: codes }).strict(),
    z.object({ field: z.string().min(1), has: codes }).strict(),
    z.object({ field: z.string().min(1), filled: z.boolean() }).strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
  ]),
);

/**
 * Where a required rule comes from, which sets how sure a finding may be: `note` — the template's
 * 填表说明 says 必填 / 必须 (error); `level` — only 校验级别 1 (the platform's enforcement is not
 * verified: warning); `inferred` — a deduction of CNCA-FORMAT.md (warning).
 */
export const REQUIRED_BASES = ["note", "level", "inferred"] as const;
export type RequiredBasis = (typeof REQUIRED_BASES)[number];

export const RequiredSchema = z
  .object({
    rule: z.enum(["always", "conditional", "optional"]),
    basis: z.enum(REQUIRED_BASES),
    /** `conditional`: required when this holds. */
    when: ConditionSchema.optional(),
    /** Must be blank unless this holds (「否则应为空值」). */
    blankUnless: ConditionSchema.optional(),
  })
  .strict()
  .refine((r) => (r.rule === "conditional") === (r.when !== undefined), {
    message: "a conditional rule needs its condition, and only a conditional rule has one",
  });
export type Required = z.infer<typeof RequiredSchema>;

export const FIELD_TYPES = ["text", "number", "date", "datetime"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Semantic checks of core/ids and core/certno a column's values get. */
export const FIELD_CHECKS = ["uscc-or-org", "division", "id-card", "cert-no"] as const;

export const LayoutColumnSchema = z
  .object({
    /** The template's item number (「3、…」 → 3); absent for unnumbered columns (取数日期, 自动编号). */
    item: z.number().int().positive().optional(),
    /** Field code of the template's first header row (`ORG_NAME`); the project's own code where there is none. */
    code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    /** The exact header text the template shows. */
    header: z.string().min(1),
    /** Other header texts real files carry for the same column (an exporter's wording). */
    headerVariants: z.array(z.string().min(1)).default([]),
    /** What the field means, shared by every layout carrying it (`orgName`, `certNo`, `employees`…): checks read this. */
    meaning: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    type: z.enum(FIELD_TYPES),
    /** Text: maximum characters. */
    maxLength: z.number().int().positive().optional(),
    /** Numbers: digits before and after the point. */
    integerDigits: z.number().int().positive().optional(),
    decimals: z.number().int().min(0).optional(),
    required: RequiredSchema,
    /** Id in `code-tables.json`. */
    codeTable: z.string().min(1).optional(),
    /** Several values separated by the full-width 「；」. */
    multi: z.boolean().default(false),
    check: z.enum(FIELD_CHECKS).optional(),
    /** Fixed width of an all-digit code: a number 3 in a width-2 column stands for 03. */
    width: z.number().int().positive().optional(),
    /** The template's own cells under the header (type, length, 填表说明, 校验级别, 是否公开), as written. */
    template: z
      .object({
        type: z.string(),
        length: z.string(),
        note: z.string(),
        level: z.string(),
        public: z.string(),
      })
      .strict()
      .optional(),
    /** Storage name in the Access template (59-field layout). */
    storage: z.string().optional(),
    /** The platform does not read this column (取数开始/截止日期). */
    ignoredByPlatform: z.boolean().default(false),
  })
  .strict();
export type LayoutColumn = z.infer<typeof LayoutColumnSchema>;

/** What a sheet holds; checks across sheets find each other by role. */
export const SHEET_ROLES = [
  "certificates",
  "team",
  "energy",
  "plan",
  "failed",
  "status",
  "register",
  "auditors",
] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

const HeaderRowsSchema = z
  .object({
    /** 1-based rows of the template's header block; only `header` is needed. */
    fieldCode: z.number().int().positive().optional(),
    header: z.number().int().positive(),
    type: z.number().int().positive().optional(),
    length: z.number().int().positive().optional(),
    note: z.number().int().positive().optional(),
    level: z.number().int().positive().optional(),
    public: z.number().int().positive().optional(),
  })
  .strict();

export const LayoutSheetSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    role: z.enum(SHEET_ROLES),
    /** The exact sheet name the platform requires. */
    name: z.string().min(1),
    /** Other names files in this layout carry (Sheet1 of the ERP exports). */
    nameVariants: z.array(z.string().min(1)).default([]),
    /** The code in A1 (103010 证书信息表). */
    sheetCode: z.string().regex(/^\d+$/).optional(),
    headerRows: HeaderRowsSchema,
    /** Labels in column B of the header rows (字段名称 / 字段含义 / …), where the template has them. */
    rowLabels: z.array(z.string().min(1)).optional(),
    /** 1-based row of the first data row, and column of the first field (3 = C). */
    firstDataRow: z.number().int().positive(),
    firstColumn: z.number().int().positive(),
    /** How dates are written, as the template says. */
    dateFormat: z.string().min(1),
    /**
     * The friendly layout's header may sit in any of the first rows, its columns in any order, under
     * synonyms; a CNCA sheet's header block and column order are fixed.
     */
    floatingHeader: z.boolean().default(false),
    /** Codes of columns a file may leave out without the layout failing to match (自动编号). */
    optionalColumns: z.array(z.string()).default([]),
    evidence: z.enum(["V", "E", "I"]).optional(),
    note: z.string().optional(),
    columns: z.array(LayoutColumnSchema).min(1),
  })
  .strict();
export type LayoutSheet = z.infer<typeof LayoutSheetSchema>;

export const LAYOUT_FAMILIES = ["cnca", "friendly"] as const;

export const LayoutSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    family: z.enum(LAYOUT_FAMILIES),
    version: z.string().min(1),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    /** Evidence of the layout as a whole: V verified in a template or real file, I inferred. */
    evidence: z.enum(["V", "E", "I"]),
    source: z.string().min(1),
    note: z.string().optional(),
    /** Text of A2:A4 in CNCA's template. */
    workbookTitle: z.string().optional(),
    /** Separator between several values of one cell. */
    separator: z.string().min(1),
    /** Sheets taken unchanged from another layout (the 2021 revision keeps the 2016 sheets but the plan). */
    includeSheets: z
      .object({ layout: z.string().min(1), sheets: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
    sheets: z.array(LayoutSheetSchema).min(1),
  })
  .strict();
export type LayoutFile = z.infer<typeof LayoutSchema>;

/** A layout with its included sheets resolved: what `getLayout` hands out. */
export interface Layout extends Omit<LayoutFile, "includeSheets" | "sheets"> {
  sheets: readonly LayoutSheet[];
  /** For each sheet, the layout that defines it (a sheet included from 2016 is 2016's). */
  sheetOwner: Readonly<Record<string, string>>;
}

export const CodeTableSchema = z
  .object({
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** V verified, E from certification-body ERPs, I inferred; "(partial)" when the list is known incomplete. */
    evidence: z.string().min(1),
    /** Severity of a value the table does not hold: only verified tables may call it an error. */
    unknown: z.enum(["error", "warning"]),
    source: z.string().min(1),
    note: z.string().optional(),
    values: z.record(z.string(), z.string()),
    /** Code prefixes naming a scheme family (认证项目分类代码: A0102 EC9000, A0901 EnMS…). */
    prefixes: z.record(z.string(), z.string()).optional(),
    /** Industry: only codes of this length are valid values (4-digit classes). */
    classWidth: z.number().int().positive().optional(),
  })
  .strict()
  .refine((t) => t.unknown === "warning" || /^V/.test(t.evidence), {
    message: "a table not verified (E / I) must give warnings for unknown values, never errors",
  });
export type CodeTable = z.infer<typeof CodeTableSchema> & { id: string };
