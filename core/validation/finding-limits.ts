/**
 * How much one validation run reports, so a hostile or badly broken sheet cannot make the finding
 * list — or a message quoting a cell — grow without bound (issue 8: a 54 KB file of repeated long
 * certificate numbers made the text report longer than a JavaScript string can be). Both are this
 * tool's settlement (本工具约定): a clerk fixes the first thousand of one kind and validates again.
 */
import type { Params } from "./findings";
import type { Finding } from "./sheet";

export const FINDING_LIMITS = {
  /** Findings of one check on one sheet; past this, one CHECK-LIST-CAPPED note counts the rest. */
  perCheck: 1000,
  /** Characters of a cell value a message quotes. */
  quotedChars: 80,
  /** Characters of a text the checks compose (a detail, a calculation record), which may itself quote values. */
  composedChars: 1000,
} as const;

export const CAPPED_CLAUSE = "本工具约定";

/** Params the checks compose rather than copy from a cell. */
const COMPOSED = /^(detail|items)|Record/;

function clip(value: string, limit: number): { zh: string; en: string } {
  let end = limit;
  // Never split a surrogate pair.
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  const head = value.slice(0, end);
  return { zh: `${head}…（共 ${value.length} 个字符）`, en: `${head}… (${value.length} characters)` };
}

/** The params with every long string value cut to its start and its length; the same object when none is long. */
export function clipQuoted(params: Params): Params {
  let clipped: Params | null = null;
  for (const [name, value] of Object.entries(params)) {
    const limit = COMPOSED.test(name) ? FINDING_LIMITS.composedChars : FINDING_LIMITS.quotedChars;
    if (typeof value !== "string" || value.length <= limit) continue;
    clipped ??= { ...params };
    const { zh, en } = clip(value, limit);
    clipped[name] = zh;
    if (!name.endsWith("En") && params[`${name}En`] === undefined) clipped[`${name}En`] = en;
  }
  return clipped ?? params;
}

/** Counts findings per check and sheet; past the limit, one CHECK-LIST-CAPPED note in `list` carries the total. */
export class CheckCounter {
  /** Sheet → check id → count (no key text built per finding: a hostile sheet makes millions). */
  private readonly seen = new Map<string, Map<string, { count: number; note?: Finding }>>();
  private readonly stale = new Set<Finding>();

  constructor(
    private readonly list: Finding[],
    private readonly render: (params: Params) => string,
  ) {}

  admit(id: string, sheet: string): boolean {
    const entry = this.entry(id, sheet);
    if (++entry.count <= FINDING_LIMITS.perCheck) return true;
    this.note(entry, id, sheet);
    return false;
  }

  /** Whether the next finding of `id` on `sheet` would be listed (not past the limit). */
  wouldList(id: string, sheet: string): boolean {
    return (this.seen.get(sheet)?.get(id)?.count ?? 0) < FINDING_LIMITS.perCheck;
  }

  /** `count` findings already known to be past the limit (ColumnFindings keeps only what can be listed). */
  pastLimit(id: string, sheet: string, count: number): void {
    const entry = this.entry(id, sheet);
    // Never the case when the column kept the limit's worth: then admit them one by one, as add would.
    if (entry.count < FINDING_LIMITS.perCheck) {
      for (let k = 0; k < count; k++) this.admit(id, sheet);
      return;
    }
    entry.count += count;
    this.note(entry, id, sheet);
  }

  private entry(id: string, sheet: string): { count: number; note?: Finding } {
    let bySheet = this.seen.get(sheet);
    if (!bySheet) this.seen.set(sheet, (bySheet = new Map()));
    let entry = bySheet.get(id);
    if (!entry) bySheet.set(id, (entry = { count: 0 }));
    return entry;
  }

  /** The CHECK-LIST-CAPPED note of a check past its limit: made at the first finding past it, then kept counting. */
  private note(entry: { count: number; note?: Finding }, id: string, sheet: string): void {
    const params = { check: id, total: entry.count, shown: FINDING_LIMITS.perCheck };
    if (!entry.note) {
      entry.note = {
        id: "CHECK-LIST-CAPPED",
        severity: "info",
        sheet,
        cell: "",
        row: 0,
        column: 0,
        clause: CAPPED_CLAUSE,
        params,
        message: "",
      };
      this.list.push(entry.note);
    }
    entry.note.params = params;
    // Rendered when the list is read (renderNotes): a note counting 100 000 findings is rendered once.
    this.stale.add(entry.note);
  }

  /** Brings the text of every note up to its count. */
  renderNotes(): void {
    for (const note of this.stale) note.message = this.render(note.params);
    this.stale.clear();
  }
}
