/**
 * Risk of an audit (DOMAIN §3.3, §3.8): given as 高/中/低, high/medium/low, H/M/L, or as a
 * business-scope code (`03`, `03.01.02`) whose major category — the first two digits — carries the
 * profile's default risk. A one-digit major (`3`, `3.01`) is read as `03`: it is what a code
 * stored as an Excel number looks like (validation reports the lost zero separately, DOMAIN §9.1).
 */
import { fail } from "../problem";
import { showValue, toWord } from "../input/coerce";
import { resolveProfile } from "../profiles/registry";
import type { RiskLevel, RuleProfile } from "../profiles/schema";
import { compiled } from "./compiled";
import type { RiskResolution } from "./types";

const WORDS: Record<RiskLevel, readonly string[]> = {
  high: ["高", "高风险", "high", "h"],
  medium: ["中", "中风险", "medium", "m"],
  low: ["低", "低风险", "low", "l"],
};

const LEVEL_BY_WORD = new Map<string, RiskLevel>();
for (const [level, words] of Object.entries(WORDS) as [RiskLevel, readonly string[]][])
  for (const word of words) LEVEL_BY_WORD.set(word, level);

/** Explicit resolutions are immutable and shared, so bulk calculations allocate nothing for them. */
const EXPLICIT = new Map<string, RiskResolution>();

export const RISK_ACCEPTED = "高/中/低, high/medium/low, H/M/L, 03, 03.01.02";

const SCOPE_CODE = /^(\d{1,2})(\.\d{1,3})*$/;
const CLAUSE = "本工具约定";

function explicit(word: string): RiskResolution | undefined {
  let hit = EXPLICIT.get(word);
  if (hit) return hit;
  const level = LEVEL_BY_WORD.get(word.toLowerCase());
  if (!level) return undefined;
  hit = Object.freeze({ level, source: "explicit", input: word });
  EXPLICIT.set(word, hit);
  return hit;
}

/** Bounds the per-profile cache of resolved scope codes; beyond it codes are resolved each time. */
const SCOPE_CACHE_LIMIT = 10_000;

function fromScope(text: string, profile: RuleProfile): RiskResolution | undefined {
  const match = SCOPE_CODE.exec(text);
  if (!match) return undefined;
  const major = (match[1] as string).padStart(2, "0");
  const { categories } = compiled(profile);
  const items = profile.categories.items;
  if (items.length === 0)
    fail("auditTime.noCategories", profile.categories.clause, { profile: profile.id, value: text });
  const category = categories.get(major);
  if (!category)
    fail("auditTime.scopeUnknown", profile.categories.clause, {
      value: text,
      major,
      profile: profile.id,
      first: items[0]?.code ?? "",
      last: items[items.length - 1]?.code ?? "",
    });
  return Object.freeze({
    level: category.risk,
    source: category.riskBasis === "example" ? "category" : "default",
    category: Object.freeze({ code: category.code, name: category.name }),
    input: text,
  });
}

/** A risk already resolved under the profile (a canonical word or a cached scope code), else undefined. */
export function knownRisk(value: string, profile: RuleProfile): RiskResolution | undefined {
  return EXPLICIT.get(value) ?? compiled(profile).scopeRisks.get(value);
}

/** The risk of an audit from a level word or a business-scope code; unknown input is an InputError. */
export function resolveRisk(risk: unknown, profile?: unknown): RiskResolution {
  const explicitHit = typeof risk === "string" ? EXPLICIT.get(risk) : undefined;
  if (explicitHit) return explicitHit;
  const p = resolveProfile(profile);
  const cache = compiled(p).scopeRisks;
  const cached = typeof risk === "string" ? cache.get(risk) : undefined;
  if (cached) return cached;
  const text = toWord(risk, "risk", CLAUSE);
  const word = explicit(text);
  if (word) return word;
  const scope = fromScope(text, p);
  if (!scope)
    return fail("auditTime.riskUnknown", CLAUSE, { value: showValue(risk), accepted: RISK_ACCEPTED });
  if (typeof risk === "string" && cache.size < SCOPE_CACHE_LIMIT) cache.set(risk, scope);
  return scope;
}

/** CERT.RISK: the default risk of a business-scope code's major category under the profile (DOMAIN §3.8). */
export function riskOfScope(code: unknown, profile?: unknown): RiskResolution {
  const p = resolveProfile(profile);
  const text = toWord(code, "scopeCode", p.categories.clause);
  return (
    fromScope(text, p) ??
    fail("auditTime.scopeNotACode", p.categories.clause, { value: showValue(code), accepted: "03, 03.01.02" })
  );
}

const LABELS: Record<RiskLevel, { zh: string; en: string }> = {
  high: { zh: "高", en: "high" },
  medium: { zh: "中", en: "medium" },
  low: { zh: "低", en: "low" },
};

export function riskLabel(level: RiskLevel, lang: "zh" | "en" = "zh"): string {
  return LABELS[level][lang];
}
