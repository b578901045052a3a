/** The date rules of the three profiles as their data files carry them (validated by the schema). */
import hy from "../../../core/profiles/data/HG-HY.json";
import zgly from "../../../core/profiles/data/HG-ZGLY.json";
import sr from "../../../core/profiles/data/SR-GGBZ.json";
import { DateRulesSchema, type DateRules } from "../../../core/dates/rules-schema";

export const RULES: Record<"HG-HY" | "HG-ZGLY" | "SR-GGBZ", DateRules> = {
  "HG-HY": DateRulesSchema.parse(hy.dates),
  "HG-ZGLY": DateRulesSchema.parse(zgly.dates),
  "SR-GGBZ": DateRulesSchema.parse(sr.dates),
};
