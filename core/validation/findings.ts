/**
 * Building findings: a check names an id, a cell and params; severity, clause and the Chinese text
 * come from the one table in messages.ts. English is rendered on demand (`renderFinding`).
 */
import type { Lang } from "../problem";
import { a1 } from "../sheet/a1";
import { CAPPED_CLAUSE, CheckCounter, clipQuoted } from "./finding-limits";
import { CHECKS, type CheckId } from "./messages";
import type { Finding } from "./sheet";

export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` from params; in English a `nameEn` param wins over `name`, so one param set serves
 * both languages. Appends the clause as formatProblem does (core/problem.ts).
 */
export function renderMessage(id: CheckId, params: Params, clause: string, lang: Lang): string {
  const template = CHECKS[id][lang];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (lang === "en" ? params[`${name}En`] : undefined) ?? params[name];
    return value === undefined ? whole : String(value);
  });
  return lang === "zh" ? `${text}（依据 ${clause}）` : `${text} (${clause})`;
}

/** A finding's text in the other language (the stored `message` is Chinese). */
export function renderFinding(finding: Finding, lang: Lang = "zh"): string {
  if (!(finding.id in CHECKS)) return finding.message;
  return renderMessage(finding.id as CheckId, finding.params, finding.clause, lang);
}

export interface FindingOptions {
  clause?: string | undefined;
  related?: string[];
}

/** Where a cell reader reports (the run's sink, or a column's while a sheet is read in blocks). */
export interface CellSink {
  add(
    id: CheckId,
    sheet: string,
    row: number,
    column: number,
    params?: Params,
    options?: FindingOptions,
  ): unknown;
}

/** Collects the findings of one validation run. */
export class FindingSink {
  private readonly found: Finding[] = [];
  /** Findings made so far, those past a check's limit included (the list stops growing there). */
  made = 0;
  private readonly counter = new CheckCounter(this.found, (params) =>
    renderMessage("CHECK-LIST-CAPPED", params, CAPPED_CLAUSE, "zh"),
  );

  add(
    id: CheckId,
    sheet: string,
    row: number,
    column: number,
    params: Params = {},
    options: FindingOptions = {},
  ): Finding | undefined {
    this.made++;
    // Bounded output (finding-limits.ts): past the limit a check's findings are only counted.
    if (!this.counter.admit(id, sheet)) return undefined;
    params = clipQuoted(params);
    const def = CHECKS[id];
    const clause = options.clause ?? def.clause;
    const finding: Finding = {
      id,
      severity: def.severity,
      sheet,
      cell: a1(row, column),
      row,
      column,
      clause,
      params,
      message: renderMessage(id, params, clause, "zh"),
    };
    if (options.related && options.related.length > 0) finding.related = options.related;
    this.found.push(finding);
    return finding;
  }

  /** The findings so far, in the order they were made. */
  get list(): Finding[] {
    this.counter.renderNotes();
    return this.found;
  }

  /**
   * Whether a finding of `id` on `sheet` would still be listed: a check making many may skip
   * composing the params of one that would only be counted (and count it with countPastLimit).
   */
  wouldList(id: CheckId, sheet: string): boolean {
    return this.counter.wouldList(id, sheet);
  }

  /**
   * `count` findings of `id` that the check's limit keeps out of the list: counts them as `add`
   * would, without params nobody reads.
   */
  countPastLimit(id: CheckId, sheet: string, count: number): void {
    this.made += count;
    this.counter.pastLimit(id, sheet, count);
  }
}
