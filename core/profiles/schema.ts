/**
 * A rule profile (DOMAIN §2): everything one certification body's rule document fixes about audit
 * time, categories, certificate numbers and dates, as plain data validated at load. Adding a body
 * means adding one JSON file under data/; the calculations read only what is here. Every number
 * carries the clause it comes from.
 */
import { z } from "zod";
import { DateRulesSchema } from "../dates/rules-schema";
import { ROUNDING_RULES } from "../exact/rounding";

const clause = z.string().min(1);
const riskLevel = z.enum(["high", "medium", "low"]);
/** Person-days in the tables are whole or half days. */
const halfDays = z.number().positive().multipleOf(0.5);
/** A fraction written as text so it stays exact: "1/3", "2/3". */
const fraction = z.string().regex(/^\d+\/[1-9]\d*$/, 'expected a fraction such as "1/3"');
const percent = z.number().finite();
const rounding = z.enum(ROUNDING_RULES);

const TableRowSchema = z.object({
  /** Upper bound of the band, in people (inclusive). */
  upTo: z.number().int().positive(),
  /** Initial audit time, stage 1 + stage 2. */
  days: halfDays,
  /** Stage-1 column where the table gives one (003 A.1 column B). */
  stage1: halfDays.optional(),
  /** Re-certification column where the table gives one (003 A.1 column E). */
  recert: halfDays.optional(),
});

const ColumnSchema = z.object({ column: z.string().min(1), name: z.string().min(1), clause });

export const AuditTableSchema = z
  .object({
    clause,
    /** How the record names the table: 附录B, 表A.1. */
    name: z.string().min(1),
    shape: z.enum(["step", "linear"]),
    rows: z.array(TableRowSchema).min(2),
    /** Linear tables: where the curve starts (003 A.1 note 1: 1 person → 1.5 days). */
    start: z
      .object({
        employees: z.number().positive(),
        days: halfDays,
        stage1: halfDays.optional(),
        recert: halfDays.optional(),
        clause,
      })
      .optional(),
    /** Columns that exist in the table and what they hold. */
    columns: z.object({
      total: ColumnSchema,
      stage1: ColumnSchema.optional(),
      recert: ColumnSchema.optional(),
    }),
    /** Columns of the source table the rules deliberately do not use, and why (DOMAIN §3.2, column D). */
    unusedColumns: z.array(
      ColumnSchema.extend({
        reason: z.string().min(1),
        /** The column's name and the reason in English, for the English calculation record. */
        nameEn: z.string().min(1),
        reasonEn: z.string().min(1),
      }),
    ),
    /** Beyond the last row: "遵循上述递进规律" as DOMAIN §3.2 settles it. */
    progression: z.object({
      clause,
      /** Band upper bounds grow by the ratio of the last two bounds, rounded to whole people. */
      bounds: z.literal("ratioOfLastTwo"),
      /** Days added per further band, per column. */
      perBand: z.object({
        days: halfDays,
        stage1: z.number().nonnegative().multipleOf(0.5).optional(),
        recert: halfDays.optional(),
      }),
    }),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      const prev = table.rows[i - 1];
      if (prev && row.upTo <= prev.upTo)
        ctx.addIssue({ code: "custom", path: ["rows", i, "upTo"], message: "upper bounds must increase" });
      if (prev && row.days < prev.days)
        ctx.addIssue({ code: "custom", path: ["rows", i, "days"], message: "days must not decrease" });
      for (const column of ["stage1", "recert"] as const) {
        if (table.columns[column] && row[column] === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, column],
            message: `the table declares a ${column} column; every row needs a value`,
          });
        if (!table.columns[column] && row[column] !== undefined)
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, column],
            message: `columns.${column} is not declared`,
          });
      }
    });
    if (table.shape === "linear" && !table.start)
      ctx.addIssue({
        code: "custom",
        path: ["start"],
        message: "a linear table needs its curve start point",
      });
    if (table.start && table.start.employees >= (table.rows[0]?.upTo ?? 0))
      ctx.addIssue({
        code: "custom",
        path: ["start", "employees"],
        message: "the curve must start below the first band's bound",
      });
    for (const column of ["stage1", "recert"] as const) {
      if (table.columns[column] && table.shape === "linear" && table.start?.[column] === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["start", column],
          message: `the curve start needs a ${column} value`,
        });
      if (table.columns[column] && table.progression.perBand[column] === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["progression", "perBand", column],
          message: `progression needs a per-band step for ${column}`,
        });
    }
  });

const CategorySchema = z.object({
  /** Major category code, two digits ("03"). */
  code: z.string().regex(/^\d{2}$/, "expected a two-digit major category code"),
  name: z.string().min(1),
  risk: riskLevel,
  /** Whether the rule document names this category as an example of its risk, or it takes the default. */
  riskBasis: z.enum(["example", "default"]),
  /** The example wording of the risk table that matched (捕鱼, 复杂的施工活动…). */
  riskExample: z.string().optional(),
});

const RiskSchema = z.discriminatedUnion("use", [
  /** Risk changes the time by these percentages (004 App. B note 4); a blank risk is an error. */
  z.object({
    use: z.literal("adjust"),
    clause,
    factorsPct: z.object({ high: percent, medium: percent, low: percent }),
  }),
  /** Risk is accepted and recorded but changes nothing (001). */
  z.object({ use: z.literal("record"), clause, note: z.string().min(1), noteEn: z.string().min(1) }),
  /** The document has no risk adjustment at all (003); a given risk is ignored. */
  z.object({ use: z.literal("none"), clause, note: z.string().min(1), noteEn: z.string().min(1) }),
]);

const PctRule = z.object({ pct: z.number().positive().max(100), clause });

/**
 * The factors a scheduler may weigh when adjusting audit time (001 附录B 注4), offered per
 * profile: the documents differ (001 lists them, 004 and 003 only ask that the reasons be
 * recorded), so each profile says which list it offers and on what basis.
 */
const AdjustFactorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case id such as red-a"),
  direction: z.enum(["increase", "reduce"]),
  label: z.string().min(1),
  clause,
});

const AdjustFactorsSchema = z
  .object({
    /** The clause that lets this profile's times be adjusted; the pane's factor headings cite it. */
    clause,
    /** Where the profile's own document lists no factors: why this list is offered (本工具约定). */
    basis: z.string().min(1).optional(),
    items: z.array(AdjustFactorSchema),
  })
  .superRefine((factors, ctx) => {
    const ids = new Set<string>();
    factors.items.forEach((item, i) => {
      if (ids.has(item.id))
        ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `duplicate factor ${item.id}` });
      ids.add(item.id);
    });
  });

export const RuleProfileSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "expected an upper-case id such as HG-HY"),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    source: z.object({
      seed: z.string().regex(/^\d{3}$/),
      file: z.string().min(1),
      title: z.string().min(1),
    }),
    scheme: z.object({
      code: z.string().regex(/^[A-Z]{2,4}$/),
      name: z.string().min(1),
      standard: z.string().min(1),
      clause,
    }),
    /** Person-day definition, shown in the record. */
    personDayHours: z.object({ hours: z.number().positive(), clause }),
    table: AuditTableSchema,
    surveillance: z.object({ fraction, clause }),
    /** Re-certification: fraction of the initial time; where the table has a re-cert column it is a floor under it. */
    recertification: z.object({ fraction, clause }),
    /** Stage 1 / stage 2 split; only where the table has a stage-1 column. */
    stages: z.object({ clause }).optional(),
    risk: RiskSchema,
    maxReduction: PctRule,
    adjustFactors: AdjustFactorsSchema,
    rounding: z.object({ rule: rounding, clause }),
    onsite: PctRule,
    site: PctRule,
    combined: PctRule,
    remote: PctRule.extend({ rounding }).optional(),
    categories: z.object({
      clause,
      /** Where the risk examples come from (004 表A.2); absent when the document has none. */
      riskExamplesClause: z.string().min(1).optional(),
      /** Why an unnamed category is medium (DOMAIN §3.8). */
      defaultRiskClause: clause,
      items: z.array(CategorySchema),
    }),
    certNo: z.object({
      clause,
      schemeCode: z.string().regex(/^[A-Z]{2,4}$/),
      bodyCodeDigits: z.number().int().positive(),
      yearDigits: z.number().int().positive(),
      seqDigitsWritten: z.number().int().positive(),
      seqDigitsRead: z.array(z.number().int().positive()).min(1),
      cyclePrefix: z.string().min(1),
      accreditationDigits: z.number().int().positive(),
      notAccredited: z.string().min(1),
      subSeparator: z.string().min(1),
    }),
    dates: DateRulesSchema,
  })
  .superRefine((profile, ctx) => {
    const codes = new Set<string>();
    profile.categories.items.forEach((item, i) => {
      if (codes.has(item.code))
        ctx.addIssue({
          code: "custom",
          path: ["categories", "items", i, "code"],
          message: `duplicate category ${item.code}`,
        });
      codes.add(item.code);
    });
    if (profile.stages && !profile.table.columns.stage1)
      ctx.addIssue({
        code: "custom",
        path: ["stages"],
        message: "a stage split needs the table's stage-1 column",
      });
    if (profile.certNo.schemeCode !== profile.scheme.code)
      ctx.addIssue({ code: "custom", path: ["certNo", "schemeCode"], message: "must equal scheme.code" });
  });

export type RuleProfile = z.infer<typeof RuleProfileSchema>;
export type AuditTable = RuleProfile["table"];
export type Category = RuleProfile["categories"]["items"][number];
export type RiskLevel = z.infer<typeof riskLevel>;
export type AdjustFactor = RuleProfile["adjustFactors"]["items"][number];
