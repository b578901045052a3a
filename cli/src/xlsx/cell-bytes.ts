/**
 * The hot path of a worksheet: one `<c>` element of the shape Excel and exceljs write by the
 * million — `<c r="B7" s="3" t="s"><v>42</v></c>` or `<c r="B7" s="3"/>` — or with inline text
 * as Apache POI's streaming writer saves it (`<c r="B7" t="inlineStr"><is><t>否</t></is></c>`),
 * read straight from the inflated bytes in one pass, without the scanner's tag, attribute and
 * text events (issue 9: reading went through four events and three handler calls per cell).
 *
 * It accepts only what it can read exactly as the scanner would: attributes r, s and t, each at
 * most once, in double quotes after one or more spaces; one `<v>` or one inline `<t>` whose text
 * has no entities, `]` or control characters; nothing else inside the cell. Anything else —
 * another attribute, a formula, rich text, an entity, or a chunk ending inside the element —
 * returns -1 and the scanner reads the element the ordinary way, so its checks and limits hold
 * for every byte this path declines.
 */
import { LIMITS } from "./limits";

/** One cell as read so far; the sheet reader keeps one and resets it per cell. */
export interface CellState {
  column: number;
  type: string;
  style: number;
  text: string;
  /** The value when its text was plain digits, read without a string (-1 otherwise). */
  number: number;
  hasValue: boolean;
  hasFormula: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const SPACE = 0x20;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const LETTER_C = 0x63;
const LETTER_V = 0x76;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_T = 0x74;
const A = 0x41;
const Z = 0x5a;
const ZERO = 0x30;
const NINE = 0x39;

/** A value longer than this is left to the scanner (its text limit is checked there). */
const MAX_VALUE_BYTES = 256;
/** Inline text up to a cell's limit in bytes is surely within it in characters. */
const MAX_TEXT_BYTES = 32_767;

/**
 * Bytes a value may hold here: no control characters (the scanner normalises CR and tabs), no
 * `&` (entities), `<`, `>` or `]` (`]]>`); UTF-8 sequences are whole, as the element is.
 */
const PLAIN = new Uint8Array(256);
for (let b = 0x20; b < 0x100; b++) PLAIN[b] = 1;
for (const b of [0x26, LT, GT, 0x5d, 0x7f]) PLAIN[b] = 0;
const INLINE_OPEN = Buffer.from("<is><t>");
const INLINE_OPEN_PRESERVE = Buffer.from('<is><t xml:space="preserve">');
const INLINE_CLOSE = Buffer.from("</t></is></c>");
const INLINE_STR = Buffer.from("inlineStr");

function matches(buf: Buffer, at: number, bytes: Buffer): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/** `t` values this path reads, by their bytes. */
function typeOf(buf: Buffer, start: number, end: number): string | null {
  if (end - start === 1) {
    switch (buf[start]) {
      case LETTER_S:
        return "s";
      case 0x6e:
        return "n";
      case 0x62:
        return "b";
      case 0x65:
        return "e";
      case 0x64:
        return "d";
    }
    return null;
  }
  if (end - start === 3)
    return buf[start] === LETTER_S && buf[start + 1] === LETTER_T && buf[start + 2] === LETTER_R
      ? "str"
      : null;
  return end - start === INLINE_STR.length && matches(buf, start, INLINE_STR) ? "inlineStr" : null;
}

/** True when buf[at…] is `</v></c>`. */
function closesValueAndCell(buf: Buffer, at: number): boolean {
  return (
    buf[at + 1] === SLASH &&
    buf[at + 2] === LETTER_V &&
    buf[at + 3] === GT &&
    buf[at + 4] === LT &&
    buf[at + 5] === SLASH &&
    buf[at + 6] === LETTER_C &&
    buf[at + 7] === GT
  );
}

/**
 * Reads the `<c>` element at buf[lt] (when there is one) into `cell` (a cell without `r` takes `nextColumn`) and
 * returns the index after it, or -1 when it is not of the plain shape or not whole in `buf`.
 * `cell` may be partly written when -1 is returned; the scanner's path resets it.
 */
export function readPlainCell(buf: Buffer, lt: number, nextColumn: number, cell: CellState): number {
  const n = buf.length;
  if (lt + 2 >= n || buf[lt] !== LT || buf[lt + 1] !== LETTER_C || buf[lt + 2] !== SPACE) return -1;
  let column = -1;
  let style = 0;
  let type = "n";
  let seen = 0;
  let p = lt + 2;
  for (;;) {
    // Spaces before each attribute (at least one), or the tag's end.
    if (p >= n) return -1;
    if (buf[p] === GT || buf[p] === SLASH) break;
    if (buf[p] !== SPACE) return -1;
    while (p < n && buf[p] === SPACE) p++;
    if (p + 3 >= n) return -1;
    const name = buf[p]!;
    if (name === GT || name === SLASH) break;
    if (buf[p + 1] !== EQUALS || buf[p + 2] !== QUOTE) return -1;
    const start = p + 3;
    let q = start;
    if (name === LETTER_R) {
      if (seen & 1) return -1;
      seen |= 1;
      let letters = 0;
      column = 0;
      for (; q < n && letters < 4 && buf[q]! >= A && buf[q]! <= Z; q++, letters++)
        column = column * 26 + (buf[q]! - A + 1);
      if (letters === 0 || column > LIMITS.columns) return -1;
      while (q < n && buf[q]! >= ZERO && buf[q]! <= NINE) q++;
      column--;
    } else if (name === LETTER_S) {
      if (seen & 2) return -1;
      seen |= 2;
      style = 0;
      for (; q < n && q - start < 9 && buf[q]! >= ZERO && buf[q]! <= NINE; q++)
        style = style * 10 + buf[q]! - ZERO;
      if (q === start) return -1;
    } else if (name === LETTER_T) {
      if (seen & 4) return -1;
      seen |= 4;
      while (
        q < n &&
        q - start < 10 &&
        ((buf[q]! >= 0x61 && buf[q]! <= 0x7a) || (buf[q]! >= A && buf[q]! <= Z))
      )
        q++;
      const known = typeOf(buf, start, q);
      if (known === null) return -1;
      type = known;
    } else return -1;
    if (q >= n || buf[q] !== QUOTE) return -1;
    p = q + 1;
  }
  if ((seen & 1) === 0) {
    if (nextColumn >= LIMITS.columns) return -1;
    column = nextColumn;
  }
  cell.column = column;
  cell.type = type;
  cell.style = style;
  cell.text = "";
  cell.number = -1;
  cell.hasValue = false;
  cell.hasFormula = false;
  if (buf[p] === SLASH) return buf[p + 1] === GT ? p + 2 : -1;
  // `>`: the value, or nothing (`<c …></c>`).
  const inner = p + 1;
  if (inner + 3 >= n || buf[inner] !== LT) return -1;
  if (buf[inner + 1] === SLASH) return buf[inner + 2] === LETTER_C && buf[inner + 3] === GT ? inner + 4 : -1;
  if (type === "inlineStr") return readInlineText(buf, inner, cell);
  if (buf[inner + 1] !== LETTER_V || buf[inner + 2] !== GT) return -1;
  const from = inner + 3;
  const limit = Math.min(n, from + MAX_VALUE_BYTES);
  let end = from;
  let digits = type === "s" || type === "n";
  let ascii = true;
  let value = 0;
  for (; end < limit; end++) {
    const b = buf[end]!;
    if (b >= ZERO && b <= NINE) value = value * 10 + b - ZERO;
    else if (PLAIN[b] === 1) {
      digits = false;
      if (b >= 0x80) ascii = false;
    } else break;
  }
  if (end + 7 >= n || buf[end] !== LT || !closesValueAndCell(buf, end)) return -1;
  cell.hasValue = true;
  // Digits as a number only when exact (15 at most) and not empty, as the scanner's `digits` does.
  if (digits && end > from && end - from <= 15) cell.number = value;
  else cell.text = buf.toString(ascii ? "latin1" : "utf8", from, end);
  return end + 8;
}

/** `<is><t>…</t></is></c>` at buf[at]: the text into `cell`, the index after `</c>`; otherwise -1. */
function readInlineText(buf: Buffer, at: number, cell: CellState): number {
  let from: number;
  if (matches(buf, at, INLINE_OPEN)) from = at + INLINE_OPEN.length;
  else if (matches(buf, at, INLINE_OPEN_PRESERVE)) from = at + INLINE_OPEN_PRESERVE.length;
  else return -1;
  const end = buf.indexOf(LT, from);
  if (end < 0 || end - from > MAX_TEXT_BYTES || !matches(buf, end, INLINE_CLOSE)) return -1;
  for (let k = from; k < end; k++) if (PLAIN[buf[k]!] === 0) return -1;
  cell.hasValue = true;
  cell.text = buf.toString("utf8", from, end);
  return end + INLINE_CLOSE.length;
}
