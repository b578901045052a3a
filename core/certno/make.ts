/** Writing a certificate number from its parts (001 C.1–C.4, DOMAIN §5). */
import { fail } from "../problem";
import { isBlank, normalizeText } from "../input/normalize";
import { showValue, toWholeNumber, toWord } from "../input/coerce";
import { accreditationCodeOf, listAccreditationCodes } from "./accreditation";
import { normalizeCbCode } from "./cb-code";
import type { CertNoParts } from "./types";

const CLAUSE = "001 C.1";
/** `001` shows six X but writes 00001; we write five digits and allow a sixth only when needed (DOMAIN §5). */
const SEQ_WIDTH = 5;
const SEQ_MAX = 999_999;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2099;
export const CYCLE_MAX = 9;
const SUB_MAX = 9999;

export interface CertNoInput {
  cbCode: unknown;
  year: unknown;
  seq: unknown;
  /** Blank → 0 (initial certification, 001 C.4). */
  cycle?: unknown;
  /** Blank → "00" (not accredited, 001 C.1). */
  accreditation?: unknown;
  /** Blank → no sub-certificate. */
  sub?: unknown;
  /** Blank → "HG" (DOMAIN §11). */
  scheme?: unknown;
}

export function toYear(value: unknown): number {
  const year = toWholeNumber(value, "year", CLAUSE, 0);
  if (year < YEAR_MIN || year > YEAR_MAX) fail("certno.badYear", CLAUSE, { value: showValue(value) });
  return year;
}

export function toScheme(value: unknown): string {
  const scheme = isBlank(value) ? "HG" : toWord(value, "scheme", CLAUSE).toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(scheme)) fail("certno.badScheme", CLAUSE, { value: showValue(value) });
  return scheme;
}

function toSeq(value: unknown): number {
  const seq = toWholeNumber(value, "seq", CLAUSE, 1);
  if (seq > SEQ_MAX) fail("certno.badSeq", CLAUSE, { value: showValue(value) });
  return seq;
}

function toCycle(value: unknown): number {
  if (isBlank(value)) return 0;
  const cycle = toWholeNumber(value, "cycle", "001 C.4", 0);
  if (cycle > CYCLE_MAX) fail("certno.badCycle", "001 C.4", { value: showValue(value) });
  return cycle;
}

function toAccreditation(value: unknown): string {
  if (isBlank(value)) return "00";
  const text =
    typeof value === "number" && Number.isInteger(value)
      ? String(value)
      : typeof value === "string"
        ? normalizeText(value).text
        : "";
  const code = accreditationCodeOf(text);
  if (code === null)
    fail("certno.badAccreditation", "本工具约定", {
      value: showValue(value),
      codes: listAccreditationCodes("zh"),
      codesEn: listAccreditationCodes("en"),
    });
  return code;
}

function toSub(value: unknown): number | null {
  if (isBlank(value)) return null;
  const sub = toWholeNumber(value, "sub", "001 C.2", 1);
  if (sub > SUB_MAX) fail("certno.badSub", "001 C.2", { value: showValue(value) });
  return sub;
}

/** Checks and completes raw parts (defaults applied only to blanks). */
export function toCertNoParts(input: CertNoInput): CertNoParts {
  return {
    cbCode: normalizeCbCode(input.cbCode),
    year: toYear(input.year),
    scheme: toScheme(input.scheme),
    seq: toSeq(input.seq),
    cycle: toCycle(input.cycle),
    accreditation: toAccreditation(input.accreditation),
    sub: toSub(input.sub),
  };
}

/** `081226HG00017R000`, sub-certificate `081226HG00017R000-1`. */
export function makeCertNo(input: CertNoInput): string {
  const p = toCertNoParts(input);
  const yy = String(p.year % 100).padStart(2, "0");
  const seq = String(p.seq).padStart(SEQ_WIDTH, "0");
  const sub = p.sub === null ? "" : `-${p.sub}`;
  return `${p.cbCode}${yy}${p.scheme}${seq}R${p.cycle}${p.accreditation}${sub}`;
}
