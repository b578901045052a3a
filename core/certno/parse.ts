/**
 * Reading a certificate number (001 C.1, DOMAIN §5) part by part, so a malformed number is
 * reported with the part that is wrong rather than a bare "does not match".
 */
import { fail } from "../problem";
import { isBlank } from "../input/normalize";
import { showValue } from "../input/coerce";
import { ACCREDITATION_CODES } from "./accreditation";
import { normalizeCertText } from "./normalize";
import type { ParsedCertNo } from "./types";

interface Part {
  code: string;
  clause: string;
  /** Sticky pattern read at the current position. */
  pattern: RegExp;
  /** Extra condition on the match. */
  accept?: (match: RegExpExecArray) => boolean;
}

const PARTS = {
  cbCode: {
    code: "certno.partCbCode",
    clause: "001 C.1",
    pattern: /(\d{4})/y,
    accept: (m) => m[1] !== "0000",
  },
  yy: { code: "certno.partYear", clause: "001 C.1", pattern: /(\d{2})/y },
  scheme: { code: "certno.partScheme", clause: "001 C.1", pattern: /([A-Z]{2,4})(?=\d)/y },
  // Five digits as 001 writes them, six as its layout shows (DOMAIN §5); never zero.
  seq: {
    code: "certno.partSeq",
    clause: "001 附录C",
    pattern: /(\d{5,6})(?=R)/y,
    accept: (m) => Number(m[1]) > 0,
  },
  cycle: { code: "certno.partCycle", clause: "001 C.4", pattern: /R(\d)/y },
  accreditation: {
    code: "certno.partAccreditation",
    clause: "本工具约定",
    pattern: /(\d{2})(?![0-9])/y,
    accept: (m) => (m[1] ?? "") in ACCREDITATION_CODES,
  },
  sub: { code: "certno.partSub", clause: "001 C.2", pattern: /(?:-([1-9]\d{0,3}))?$/y },
} satisfies Record<string, Part>;

/** How much of the rest to show when a part is wrong. */
function around(text: string, at: number, lang: "zh" | "en"): string {
  const rest = text.slice(at);
  if (rest === "") return lang === "zh" ? "（空）" : "(nothing)";
  return rest.length > 8 ? `${rest.slice(0, 8)}…` : rest;
}

function normalizeInput(value: unknown): { raw: string; text: string } {
  if (isBlank(value)) fail("certno.blank", "001 C.1");
  if (typeof value !== "string") fail("certno.notText", "001 C.1", { value: showValue(value) });
  return { raw: value, text: normalizeCertText(value) };
}

/**
 * The parts above in one pattern, for a number normalising leaves alone (digits, capitals, `-`).
 * A match is exactly what reading part by part gives (each part's length is fixed by what follows
 * it); anything else is read part by part, which words the problem. Validation parses every row's
 * number: this saves two NFKC passes and seven matches per number.
 */
const WHOLE = /^(\d{4})(\d{2})([A-Z]{2,4})(\d{5,6})R(\d)(\d{2})(?:-([1-9]\d{0,3}))?$/;

/** The parts of a number already in normal form that reads in full; null otherwise (never throws). */
export function parseCleanCertNo(value: unknown): ParsedCertNo | null {
  const m = typeof value === "string" ? WHOLE.exec(value) : null;
  if (!m) return null;
  const [, cbCode = "", yy = "", scheme = "", seq = "", cycle = "", accreditation = "", sub = ""] = m;
  if (cbCode === "0000" || !(Number(seq) > 0) || !(accreditation in ACCREDITATION_CODES)) return null;
  return parsed([cbCode, yy, scheme, seq, cycle, accreditation, sub], m[0], false);
}

/** The parts as read (sub "" when absent), in the order of the number. */
function parsed(parts: readonly string[], normalized: string, changed: boolean): ParsedCertNo {
  const [cbCode = "", yy = "", scheme = "", seq = "", cycle = "", accreditation = "", sub = ""] = parts;
  return {
    cbCode,
    year: 2000 + Number(yy),
    yy,
    scheme,
    seq: Number(seq),
    cycle: Number(cycle),
    accreditation,
    sub: sub === "" ? null : Number(sub),
    normalized,
    changed,
  };
}

/** Parts of a certificate number, or an InputError naming the first part that is wrong. */
export function parseCertNo(value: unknown): ParsedCertNo {
  const whole = parseCleanCertNo(value);
  if (whole) return whole;
  const { raw, text } = normalizeInput(value);
  let at = 0;
  const read = (part: Part): string => {
    part.pattern.lastIndex = at;
    const match = part.pattern.exec(text);
    if (!match || (part.accept && !part.accept(match))) {
      return fail(part.code, part.clause, {
        value: showValue(text),
        part: around(text, at, "zh"),
        partEn: around(text, at, "en"),
      });
    }
    at = part.pattern.lastIndex;
    return match[1] ?? "";
  };
  const cbCode = read(PARTS.cbCode);
  const yy = read(PARTS.yy);
  const scheme = read(PARTS.scheme);
  const seq = read(PARTS.seq);
  const cycle = read(PARTS.cycle);
  const accreditation = read(PARTS.accreditation);
  const sub = read(PARTS.sub);
  return parsed([cbCode, yy, scheme, seq, cycle, accreditation, sub], text, text !== raw);
}
