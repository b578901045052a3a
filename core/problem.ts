/**
 * Problems as data (STYLE.md, after zod): a problem is a code, the clause it comes from and the
 * values involved; all wording lives in the message tables and is rendered by `formatProblem`.
 * Core functions throw `InputError` for bad input; adapters (cells, panes, CLI) catch it and show
 * its text — never a crash, never NaN, never a silent default.
 */
import { FIELD_LABELS, MESSAGES, type MessageTemplate } from "./messages";

export type Lang = "zh" | "en";
export type ParamValue = string | number;

export interface Problem {
  /** Key into the message tables, e.g. `input.notNumber`. */
  code: string;
  /** Seed clause or DOMAIN section, e.g. `004 5.4.2.3` or `DOMAIN §3.3`. */
  clause: string;
  params: Readonly<Record<string, ParamValue>>;
}

export class InputError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem, "zh"));
    this.name = "InputError";
    this.problem = problem;
  }
}

/** Throws the problem; typed `never` so callers can use it in expressions. */
export function fail(code: string, clause: string, params: Record<string, ParamValue> = {}): never {
  throw new InputError({ code, clause, params });
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Runs `fn`, turning an InputError into a failed Result; any other error is a bug and is rethrown. */
export function attempt<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problem: error.problem };
    throw error;
  }
}

export function messageTemplate(code: string): MessageTemplate {
  const template = MESSAGES[code];
  if (!template) throw new Error(`No message for problem code "${code}"`);
  return template;
}

function renderParam(name: string, value: ParamValue, lang: Lang): string {
  if (name === "field" || name.endsWith("Field")) {
    const label = FIELD_LABELS[String(value)];
    if (label) return label[lang];
  }
  return String(value);
}

/** Fills `{name}` placeholders and appends the clause: 「…（依据 004 5.4.2.3）」. */
/** Where a rule is the product's own settlement the clause says so; in English in English text. */
export const OWN_RULE = "本工具约定";
const OWN_RULE_EN = "CertDesk's own rule";

export function clauseText(clause: string, lang: Lang): string {
  return lang === "zh" ? clause : clause.split(OWN_RULE).join(OWN_RULE_EN);
}

export function formatProblem(problem: Problem, lang: Lang = "zh"): string {
  const template = messageTemplate(problem.code)[lang];
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = problem.params[name];
    return value === undefined ? whole : renderParam(name, value, lang);
  });
  if (!problem.clause) return text;
  return lang === "zh"
    ? `${text}（依据 ${problem.clause}）`
    : `${text} (${clauseText(problem.clause, lang)})`;
}
