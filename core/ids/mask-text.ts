/**
 * The last guard before a finding's text is shown or saved (DOMAIN §13: ID numbers masked in lists
 * and logs). Checks mask what they quote already; this catches a value quoted by a generic cell
 * check (CELL-ENUM, CERT-PARSE, TEAM-NONE… quote the raw cell), however it was typed.
 *
 * The search runs on the normalised text, as the checks read it (normalizeCode): full-width digits
 * count as digits, and spaces, dashes and zero-width characters inside a number do not end it. A
 * run of such characters is cut into IDs wherever an 18-character window has a real-looking birth
 * date, so a number glued to letters or to another ID is found too. The original characters of
 * the window are replaced by the masked ID; the rest of the text is left exactly as it was.
 *
 * USCCs are left alone: their letters end a run, and an ID needs 17 digits in a row.
 */
import { maskId } from "./mask";

/** Characters the checks drop inside a code (normalizeCode): they never end a number. */
const SEPARATOR = /^[\s\u00A0\u3000\u00AD\u200B-\u200D\u2060\uFEFF\-‐‑‒–—―−﹣－]$/u;

const ID_LENGTH = 18;
const OLD_ID_LENGTH = 15;

/** One normalised character of a run, with where it came from in the original text. */
interface RunChar {
  c: string;
  start: number;
  end: number;
}

function normalisedChar(raw: string): string {
  const c = raw.normalize("NFKC");
  return c.length === 1 ? c.toUpperCase() : "";
}

const isDigit = (c: string): boolean => c >= "0" && c <= "9";

function realMonthDay(month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Characters 7–14 of an 18-character ID are a birth date. Any year counts: checkIdCard accepts a
 * number born in the future (with a warning), so the guard must mask it too.
 */
function looksLikeId18(chars: readonly RunChar[], at: number): boolean {
  if (at + ID_LENGTH > chars.length) return false;
  const text = chars
    .slice(at, at + ID_LENGTH)
    .map((r) => r.c)
    .join("");
  return /^\d{17}[\dX]$/.test(text) && realMonthDay(text.slice(10, 12), text.slice(12, 14));
}

/** A first-generation 15-digit number: only a whole run, since 15 digits with a yymmdd inside are too common. */
function looksLikeId15(chars: readonly RunChar[]): boolean {
  const text = chars.map((r) => r.c).join("");
  return /^\d{15}$/.test(text) && realMonthDay(text.slice(8, 10), text.slice(10, 12));
}

/** Spans of the original text to mask in one run of digits, X and separators. */
function idSpans(run: readonly RunChar[]): Array<{ start: number; end: number; id: string }> {
  const spans: Array<{ start: number; end: number; id: string }> = [];
  const take = (from: number, length: number): void => {
    const chars = run.slice(from, from + length);
    spans.push({ start: chars[0]!.start, end: chars.at(-1)!.end, id: chars.map((r) => r.c).join("") });
  };
  if (run.length === OLD_ID_LENGTH && looksLikeId15(run)) {
    take(0, OLD_ID_LENGTH);
    return spans;
  }
  let i = 0;
  while (i < run.length) {
    if (looksLikeId18(run, i)) {
      take(i, ID_LENGTH);
      i += ID_LENGTH;
    } else i++;
  }
  return spans;
}

/** Runs of digits and X (normalised), joined across separators; each char keeps its original span. */
function runsOf(text: string): RunChar[][] {
  const runs: RunChar[][] = [];
  let run: RunChar[] = [];
  let offset = 0;
  for (const raw of text) {
    const start = offset;
    offset += raw.length;
    const c = normalisedChar(raw);
    if (isDigit(c) || c === "X") run.push({ c, start, end: offset });
    else if (!SEPARATOR.test(raw)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

export function maskIdsInText(text: string): string {
  const spans = runsOf(text).flatMap(idSpans);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + maskId(span.id);
    at = span.end;
  }
  return out + text.slice(at);
}
