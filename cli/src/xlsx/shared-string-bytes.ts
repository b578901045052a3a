/**
 * The shared string table's common item, `<si><t>组织名称</t></si>` (or `<t xml:space="preserve">`),
 * read straight from the inflated bytes: the table of a 100 000-row report holds some 300 000 of
 * them, and going through the scanner's events cost a fifth of the whole read (issue 9).
 *
 * Only what reads exactly as the scanner would is taken: one `<t>` without other attributes, its
 * text without `&` (entities), `]` (`]]>`) or CR (line-end normalisation), the item whole in the
 * buffer. Anything else — rich text runs, phonetic guides, a prefix — returns -1 and the scanner
 * reads the item as usual.
 */

const LT = 0x3c;
const GT = 0x3e;
const LETTER_S = 0x73;
const LETTER_I = 0x69;
const LETTER_T = 0x74;
/** Bytes the text may not hold here: `&`, `]`, CR. */
const AMP = 0x26;
const BRACKET = 0x5d;
const CR = 0x0d;
const PRESERVE = Buffer.from(' xml:space="preserve">');
/** `</t></si>` */
const CLOSE = Buffer.from("</t></si>");
/** Longer texts go to the scanner, which counts their characters against the cell limit. */
const MAX_TEXT_BYTES = 32_767;

function matches(buf: Buffer, at: number, bytes: Buffer): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/**
 * When buf[lt…] is a plain `<si>` item, whole: sets `range` to its text's bytes and returns the
 * index after `</si>`; otherwise -1.
 */
export function readPlainSharedString(
  buf: Buffer,
  lt: number,
  range: { start: number; end: number },
): number {
  if (
    lt + 6 >= buf.length ||
    buf[lt] !== LT ||
    buf[lt + 1] !== LETTER_S ||
    buf[lt + 2] !== LETTER_I ||
    buf[lt + 3] !== GT ||
    buf[lt + 4] !== LT ||
    buf[lt + 5] !== LETTER_T
  )
    return -1;
  let start: number;
  if (buf[lt + 6] === GT) start = lt + 7;
  else if (matches(buf, lt + 6, PRESERVE)) start = lt + 6 + PRESERVE.length;
  else return -1;
  const end = buf.indexOf(LT, start);
  if (end < 0 || end - start > MAX_TEXT_BYTES || !matches(buf, end, CLOSE)) return -1;
  for (let k = start; k < end; k++) {
    const b = buf[k]!;
    if (b === AMP || b === BRACKET || b === CR) return -1;
  }
  range.start = start;
  range.end = end;
  return end + CLOSE.length;
}
