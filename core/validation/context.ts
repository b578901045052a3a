/**
 * What every check receives: the finding sink, the run's options already read (report date,
 * month, HG profile), the recognised sheets, and shared helpers — the profile of a row's scheme and
 * the text of a core problem for a finding. Profiles are looked up once per distinct scheme text.
 */
import { formatProblem, type Problem } from "../problem";
import { attempt } from "../problem";
import {
  DEFAULT_PROFILE_ID,
  getProfile,
  listProfiles,
  profileForScheme,
  type RuleProfile,
} from "../profiles";
import type { EpochDay } from "../dates/civil";
import type { WorkCalendar } from "../dates/calendar";
import type { IdCheck } from "../ids";
import type { ParsedCertNo } from "../certno";
import type { FindingSink, Params } from "./findings";
import type { ParsedSheet } from "./read";
import type { ReportType } from "./types";

export interface ReportMonth {
  text: string;
  first: EpochDay;
  last: EpochDay;
}

export interface CheckContext {
  sink: FindingSink;
  reportDate?: EpochDay;
  month?: ReportMonth;
  /** A valid HG profile id chosen by the user, or undefined for the default. */
  hgProfile?: string;
  /** The working-day calendar when a user's holiday table extends the package's (DOMAIN §7). */
  calendar?: WorkCalendar;
  sheets: ParsedSheet[];
  /** Memo: scheme text → profile (null when none fits). */
  profiles: Map<string, RuleProfile | null>;
  /** Keys of CHECK-NOT-RUN findings already made, so one cause is reported once per sheet. */
  notRun: Set<string>;
  /** Memo: code kind → value → core/ids verdict. */
  idChecks: Map<string, Map<string, IdCheck>>;
  /** Memo: certificate number → its parts, null when it does not parse. */
  certParts: Map<string, ParsedCertNo | null>;
}

export function sheetsOf(ctx: CheckContext, type: ReportType): ParsedSheet[] {
  return ctx.sheets.filter((s) => s.type === type);
}

/** A core problem as finding params: its text in both languages without the clause (the finding carries it). */
export function problemParams(problem: Problem): Params {
  const bare = { ...problem, clause: "" };
  return { detail: formatProblem(bare, "zh"), detailEn: formatProblem(bare, "en") };
}

const SPACES = /\s+/g;

/** Other names of a profile's standard that clerks write in 认证项目: GB/T 35770-2022 is ISO 37301:2021 (001 2). */
const STANDARD_ALIASES: ReadonlyArray<{ text: string; code: string }> = [{ text: "ISO37301", code: "HG" }];

/**
 * The profile of a scheme as written in a row (认证项目 / 认证标准代码 / the certificate number's
 * scheme part): its code (`HG`), its name (合规管理体系) or its standard (GB/T 35770-2022).
 * The choice between profiles of one scheme is `profileForScheme`'s (DOMAIN §9.1).
 */
export function profileOfScheme(ctx: CheckContext, text: string | undefined): RuleProfile | null {
  if (text === undefined) return null;
  const cached = ctx.profiles.get(text);
  if (cached !== undefined) return cached;
  const key = text.replace(SPACES, "").toUpperCase();
  let code: string | undefined;
  for (const p of listProfiles()) {
    const standard = p.scheme.standard.replace(SPACES, "").toUpperCase();
    if (
      key === p.scheme.code ||
      key.includes(p.scheme.name) ||
      key.includes(standard) ||
      key.includes(standard.replace(/^[A-Z/]+/, ""))
    ) {
      code = p.scheme.code;
      break;
    }
  }
  code ??= STANDARD_ALIASES.find((alias) => key.includes(alias.text))?.code;
  const found = code === undefined ? null : attempt(() => profileForScheme(code as string, ctx.hgProfile));
  const profile = found && found.ok ? found.value : null;
  ctx.profiles.set(text, profile);
  return profile;
}

/** The profile whose date rules apply when a row names no scheme: the chosen HG profile or the default. */
export function defaultProfile(ctx: CheckContext): RuleProfile {
  return getProfile(ctx.hgProfile ?? DEFAULT_PROFILE_ID);
}

/**
 * Reports that a check could not run (holiday data missing, a column absent), once per sheet and
 * cause: the cause is a core problem or a ready text in both languages.
 */
export function notRun(
  ctx: CheckContext,
  sheet: string,
  row: number,
  column: number,
  check: { zh: string; en: string },
  cause: Problem | { zh: string; en: string },
): void {
  const params = "code" in cause ? problemParams(cause) : { detail: cause.zh, detailEn: cause.en };
  const key = `${sheet}|${check.zh}|${params.detail}`;
  if (ctx.notRun.has(key)) return;
  ctx.notRun.add(key);
  const clause = "code" in cause && cause.clause ? cause.clause : undefined;
  ctx.sink.add(
    "CHECK-NOT-RUN",
    sheet,
    row,
    column,
    { check: check.zh, checkEn: check.en, ...params },
    { clause },
  );
}
