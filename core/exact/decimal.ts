/**
 * Exact rationals from decimal text (DOMAIN §3.5): "15.4" is 77/5 and "-12.5" is -25/2, never
 * the binary float nearest to them. Numbers are read through their decimal text at 15 significant
 * digits — the precision Excel keeps (DOMAIN §8) — so a cell holding 15.4 is exactly 15.4, and a
 * float such as 46/3 = 15.333333333333334 is taken as Excel shows it, 15.3333333333333.
 */
import { ExactRangeError, rat, type Rational } from "./rational";

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Significant digits Excel stores; also what keeps every numerator a safe integer. */
export const SIGNIFICANT_DIGITS = 15;

/**
 * The exact value of a decimal literal (`-12.5`, `15.40`, `1.5e3`), or null when the text is not
 * one. Throws ExactRangeError when its digits do not fit a safe integer.
 */
export function fromDecimalText(text: string): Rational | null {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return null;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  if (whole === "" && fraction === "") return null;
  const fractionDigits = fraction.replace(/0+$/, "");
  const digits = (whole + fractionDigits).replace(/^0+/, "") || "0";
  const scale = Number(exponent) - fractionDigits.length;
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) throw new ExactRangeError(text);
  const signed = sign === "-" ? -magnitude : magnitude;
  if (magnitude === 0) return rat(0);
  if (scale >= 0) return rat(signed * 10 ** scale);
  if (-scale > SIGNIFICANT_DIGITS) throw new ExactRangeError(text);
  return rat(signed, 10 ** -scale);
}

/**
 * Floats read through their text (12.3 + 0.1 = 12.400000000000002 is 12.4), by value: a column
 * repeats them, and formatting and parsing is most of the cost of a cell. Bounded; past the bound
 * values are read each time. Rationals are immutable, so sharing one is safe.
 */
const READ_BY_TEXT = new Map<number, Rational>();
const READ_BY_TEXT_LIMIT = 10_000;

/** A finite number as the decimal Excel would show at 15 significant digits. */
export function fromNumber(value: number): Rational {
  if (Number.isSafeInteger(value)) return { n: value, d: 1 };
  if (!Number.isFinite(value)) throw new ExactRangeError(String(value));
  // Fast path for the usual one to three decimals (15.4, -12.5): a decimal of at most 15 digits
  // that rounds to `value` is exactly what toPrecision(15) would print.
  for (let scale = 10; scale <= 1000; scale *= 10) {
    const scaled = Math.round(value * scale);
    if (Math.abs(scaled) < 1e15 && scaled / scale === value) return rat(scaled, scale);
  }
  const seen = READ_BY_TEXT.get(value);
  if (seen) return seen;
  const exact = fromDecimalText(value.toPrecision(SIGNIFICANT_DIGITS));
  if (!exact) throw new ExactRangeError(String(value));
  if (READ_BY_TEXT.size < READ_BY_TEXT_LIMIT) READ_BY_TEXT.set(value, exact);
  return exact;
}

/** "1/3", "2/3", "4/5" as written in profile data. */
export function fromFractionText(text: string): Rational | null {
  const match = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match || Number(match[2]) === 0) return null;
  return rat(Number(match[1]), Number(match[2]));
}

/** Percent (e.g. 10, -12.5) as the rational fraction 1/10, -1/8. */
export function fromPercent(percent: Rational): Rational {
  return rat(percent.n, percent.d * 100);
}

/** The factor 1 + p % (e.g. 10 → 11/10, -30 → 7/10), in one reduction. */
export function onePlusPercent(percent: Rational): Rational {
  if (percent.n === 0) return { n: 1, d: 1 };
  const d = percent.d * 100;
  return rat(d + percent.n, d);
}
