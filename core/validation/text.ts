/**
 * Cheap access to the CNCA normalisation of core/input/normalize.ts for millions of cells: a fast
 * path skips NFKC for text that NFKC provably leaves alone (printable ASCII and CJK unified
 * ideographs, no outer spaces), and otherwise calls the one normaliser. Also says WHICH invisible
 * characters a cell held, so the finding can name them.
 */
import type { CellValue } from "./sheet";
import { normalizeCode, normalizeText } from "../input/normalize";

/**
 * Characters NFKC keeps as they are, none of them combining or a space: printable ASCII, CJK
 * unified ideographs and the punctuation of Chinese text (、。《》「」【】“”‘’—·). A string made
 * only of them, with no space at either end, needs no normalising.
 */
const STABLE =
  "\\x21-\\x7E\\u00B7\\u2014\\u2018\\u2019\\u201C\\u201D\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301F\\u4E00-\\u9FFF";
const NFKC_STABLE = new RegExp(`^[${STABLE}]*$|^[${STABLE}][\\x20${STABLE}]*[${STABLE}]$`);

/** What CNCA calls invisible: zero-width characters, BOM, word joiner and no-break spaces (DOMAIN §9). */
const INVISIBLE = /[\u00A0\u200B-\u200D\u2060\u202F\uFEFF]/;
const INVISIBLE_ALL = /[\u00A0\u200B-\u200D\u2060\u202F\uFEFF]/g;

/** Whether NFKC leaves `raw` as it is (and it has no space at either end): a cheap test, not a proof of the contrary. */
export function isNfkcStable(raw: string): boolean {
  return NFKC_STABLE.test(raw);
}

/** normalizeText, fast for clean text. */
export function cleanText(raw: string): string {
  return NFKC_STABLE.test(raw) ? raw : normalizeText(raw).text;
}

const CODE_STABLE = /^[0-9A-Z]+$/;

/** normalizeCode (also drops spaces and `-`, upper-cases), fast for clean codes. */
export function cleanCode(raw: string): string {
  return CODE_STABLE.test(raw) ? raw : normalizeCode(raw).text;
}

/** Like cleanCode but keeps `-` (a certificate number's sub-certificate suffix, 001 C.2). */
export function cleanCertNo(raw: string): string {
  return CODE_STABLE.test(raw) ? raw : normalizeText(raw).text.replace(/\s+/g, "").toUpperCase();
}

/** "U+200B、U+00A0" for the invisible characters in `raw`, or "" when there are none. */
export function invisibleChars(raw: string): string {
  if (!INVISIBLE.test(raw)) return "";
  const seen = new Set<string>();
  for (const ch of raw.match(INVISIBLE_ALL) ?? [])
    seen.add(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...seen].join("、");
}

/** `raw` without its invisible characters (to tell whether anything else changed). */
export function withoutInvisible(raw: string): string {
  return raw.replace(INVISIBLE_ALL, "");
}

export function isErrorValue(value: CellValue | undefined): value is { error: string } {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/** A cell with nothing in it: null, undefined or text that normalises to "". */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value === "") return true;
  // Most cells start with a visible character: nothing to normalise away then.
  const c = value.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  return NFKC_STABLE.test(value) ? false : normalizeText(value).text === "";
}

/** Shows a raw cell value in a message without flooding it. */
export function showCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10);
  if (isErrorValue(value)) return String(value.error);
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
