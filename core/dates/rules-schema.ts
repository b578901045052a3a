/**
 * The date rules a profile carries (DOMAIN §2, §6). The profile schema embeds this; the lifecycle
 * functions read it. Months are calendar months; "within N months of D" means on or before
 * addMonths(D, N) − 1 day (DOMAIN §6).
 */
import { z } from "zod";

const clause = z.string().min(1);

export const SurveillanceRuleSchema = z.object({
  clause,
  /** What the first surveillance is counted from: the certificate's issue or the certification decision. */
  from: z.enum(["issue", "decision"]),
  firstWithinMonths: z.number().int().positive(),
  /** Longest gap between consecutive surveillances. */
  maxGapMonths: z.number().int().positive(),
  /** At least one surveillance in every calendar year (except the re-certification year). */
  oncePerCalendarYear: z.boolean(),
  /** Extra caps on the n-th surveillance counted from `from`, e.g. 001 App. D 4.3.1(5): the 2nd within 24 months. */
  nthWithinMonths: z.array(
    z.object({ n: z.number().int().positive(), months: z.number().int().positive(), clause }),
  ),
});

export const DateRulesSchema = z.object({
  validity: z.object({
    maxYears: z.number().int().positive(),
    clause,
    /** Where the document caps a re-certification certificate at the previous expiry + maxYears (004 6.2.3). */
    recertClause: clause,
  }),
  decisionAfterAuditMaxMonths: z.object({ months: z.number().int().positive(), clause }),
  stageGap: z.object({
    minDays: z.number().int().nonnegative(),
    maxMonths: z.number().int().positive(),
    clause,
  }),
  surveillance: SurveillanceRuleSchema,
  ncVerification: z.object({
    clause,
    initialMonthsAfterStage2: z.number().int().positive(),
    surveillanceMonthsAfterAudit: z.number().int().positive(),
    recertification: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("beforeExpiry"), clause }),
      z.object({ kind: z.literal("monthsAfterAudit"), months: z.number().int().positive(), clause }),
    ]),
  }),
  suspensionMaxMonths: z.object({ months: z.number().int().positive(), clause }),
  recertApplicationMonthsBeforeExpiry: z.object({ months: z.number().int().positive(), clause }),
});

export type SurveillanceRule = z.infer<typeof SurveillanceRuleSchema>;
export type DateRules = z.infer<typeof DateRulesSchema>;
