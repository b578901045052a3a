/**
 * The first step every identity check shares (DOMAIN §8): blank, non-text and number values, then
 * normalisation (NFKC; no whitespace, zero-width characters or `-`; upper case).
 */
import { showValue } from "../input/coerce";
import { isBlank, normalizeCode } from "../input/normalize";
import type { IdCheck, IdKind, IdProblem, IdSeverity } from "./types";

export const CLAUSES: Readonly<Record<IdKind, string>> = {
  uscc: "GB 32100-2015",
  orgCode: "GB 11714-1997",
  idCard: "GB 11643-1999",
  division: "GB/T 2260",
};

export function problem(
  kind: IdKind,
  what: string,
  severity: IdSeverity,
  params: IdProblem["params"],
  clause = CLAUSES[kind],
): IdProblem {
  return { code: `ids.${kind}.${what}`, clause, params, severity };
}

export function result(normalized: string, changed: boolean, problems: IdProblem[]): IdCheck {
  return { valid: problems.every((p) => p.severity !== "error"), normalized, changed, problems };
}

/** The digits JS shows for a number, without exponent when it is a whole number. */
export function numberText(value: number): string {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

const CLEAN = /^[0-9A-Z]+$/;

export type RawCode = { ok: true; text: string; changed: boolean } | { ok: false; check: IdCheck };

/**
 * Text to check, or the finished check for a value that cannot be checked. A number has already
 * lost digits in Excel (15 significant digits, leading zeros dropped): "re-enter as text", not a
 * checksum error — unless `numbersAreSafe` (division codes never start with 0 and have 6 digits).
 */
export function readRaw(kind: IdKind, raw: unknown, numbersAreSafe = false): RawCode {
  // Most codes arrive clean: upper-case letters and digits, which normalising leaves as they are.
  if (typeof raw === "string" && CLEAN.test(raw)) return { ok: true, text: raw, changed: false };
  if (isBlank(raw)) return { ok: false, check: result("", false, [problem(kind, "blank", "error", {})]) };
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const text = numberText(raw);
    if (numbersAreSafe && Number.isInteger(raw)) return { ok: true, text, changed: true };
    return {
      ok: false,
      check: result(text, true, [problem(kind, "storedAsNumber", "error", { value: text }, "本工具约定")]),
    };
  }
  if (typeof raw !== "string") {
    return {
      ok: false,
      check: result("", true, [problem(kind, "notText", "error", { value: showValue(raw) })]),
    };
  }
  const { text, changed } = normalizeCode(raw);
  return { ok: true, text, changed };
}

/** Positions (1-based) and characters of `text` that fail `allowed`. */
export function badCharacters(
  text: string,
  allowed: (c: string, index: number) => boolean,
): { positions: number[]; chars: string[] } {
  const positions: number[] = [];
  const chars: string[] = [];
  let i = 0;
  for (const c of text) {
    if (!allowed(c, i)) {
      positions.push(i + 1);
      chars.push(c);
    }
    i++;
  }
  return { positions, chars };
}

/** A list in a message, both languages: "3、7" in Chinese, "3, 7" in English. */
export function listed(items: readonly (string | number)[]): { zh: string; en: string } {
  return { zh: items.join("、"), en: items.join(", ") };
}
