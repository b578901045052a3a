/**
 * Turning raw input (a cell value, a CLI string) into the numbers and words the rules need.
 * Each failure names the field, the value and what was expected; the field's label comes from
 * input/messages.ts. Callers pass the clause that makes the value required.
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "./normalize";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Thousands separators only in their places ("1,234.5"): "1,5" or "15,4" is a decimal comma, not 15 or 154. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const SHOWN_LENGTH = 40;

function clip(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/**
 * Shows a raw value in a message without flooding it: text clipped, a Date as its day, a range
 * (array) or object as JSON rather than "[object Object]" or the bare digits of `[15]`.
 */
export function showValue(value: unknown): string {
  if (typeof value === "string") return clip(value);
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    try {
      const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
      if (json !== undefined) return clip(json);
    } catch {
      // A cyclic structure: say what kind of thing it is.
    }
    return Array.isArray(value) ? "[…]" : "{…}";
  }
  return clip(String(value));
}

/**
 * The number a normalised decimal text spells, or null: "1,234.5" and U+2212 minus accepted,
 * "1,5" refused (a decimal comma, not 15). May be ±Infinity for absurdly long digit strings.
 * Shared by the coercers and the validator's cell readers so both read numbers alike.
 */
export function parseDecimalText(normalized: string): number | null {
  const text = normalized.replace(/\u2212/g, "-");
  if (DECIMAL.test(text)) return Number(text);
  return GROUPED.test(text) ? Number(text.replace(/,/g, "")) : null;
}

/** A finite number from a number or a decimal string (full-width digits accepted). */
export function toNumber(value: unknown, field: string, clause: string): number {
  if (isBlank(value)) fail("input.blank", clause, { field });
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    fail("input.notNumber", clause, { field, value: showValue(value) });
  }
  if (typeof value === "string") {
    // U+2212 (minus sign, pasted from Word) is not touched by NFKC; full-width commas are.
    const n = parseDecimalText(normalizeText(value).text);
    // A 400-digit string parses to Infinity: say what was typed, not "Infinity".
    if (n !== null && !Number.isFinite(n))
      fail("input.numberTooLarge", clause, { field, value: showValue(value) });
    if (n !== null) return n;
  }
  return fail("input.notNumber", clause, { field, value: showValue(value) });
}

export function toPositiveNumber(value: unknown, field: string, clause: string): number {
  const n = toNumber(value, field, clause);
  if (n <= 0) fail("input.notPositive", clause, { field, value: showValue(value) });
  return n;
}

/** A whole number ≥ min; beyond the integers a double holds exactly it is refused, not rounded. */
export function toWholeNumber(value: unknown, field: string, clause: string, min = 1): number {
  const n = toNumber(value, field, clause);
  if (!Number.isInteger(n)) fail("input.notWhole", clause, { field, value: showValue(value) });
  if (n < min) fail("input.tooSmall", clause, { field, value: showValue(value), min });
  if (!Number.isSafeInteger(n))
    fail("input.tooLarge", clause, { field, value: showValue(value), max: Number.MAX_SAFE_INTEGER });
  return n;
}

/** Optional number: blank gives the documented default (never applied to a non-blank bad value). */
export function toOptionalNumber(value: unknown, fallback: number, field: string, clause: string): number {
  return isBlank(value) ? fallback : toNumber(value, field, clause);
}

/** A trimmed, NFKC-normalised word (risk, audit type, profile id…). */
export function toWord(value: unknown, field: string, clause: string): string {
  if (isBlank(value)) fail("input.blank", clause, { field });
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") fail("input.notText", clause, { field, value: showValue(value) });
  return normalizeText(value).text;
}
