/**
 * Turning raw input (a cell value, a CLI string) into the numbers and words the rules need.
 * Each failure names the field, the value and what was expected; the field's label comes from
 * input/messages.ts. Callers pass the clause that makes the value required.
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "./normalize";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Shows a raw value in a message without flooding it. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (value === null || value === undefined) return "";
  return String(value);
}

/** A finite number from a number or a decimal string (full-width digits accepted). */
export function toNumber(value: unknown, field: string, clause: string): number {
  if (isBlank(value)) fail("input.blank", clause, { field });
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    fail("input.notNumber", clause, { field, value: showValue(value) });
  }
  if (typeof value === "string") {
    // U+2212 (minus sign, pasted from Word) is not touched by NFKC; thousands separators are dropped.
    const text = normalizeText(value)
      .text.replace(/\u2212/g, "-")
      .replace(/[,，]/g, "");
    if (DECIMAL.test(text)) return Number(text);
  }
  return fail("input.notNumber", clause, { field, value: showValue(value) });
}

export function toPositiveNumber(value: unknown, field: string, clause: string): number {
  const n = toNumber(value, field, clause);
  if (n <= 0) fail("input.notPositive", clause, { field, value: showValue(value) });
  return n;
}

export function toWholeNumber(value: unknown, field: string, clause: string, min = 1): number {
  const n = toNumber(value, field, clause);
  if (!Number.isInteger(n)) fail("input.notWhole", clause, { field, value: showValue(value) });
  if (n < min) fail("input.tooSmall", clause, { field, value: showValue(value), min });
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
