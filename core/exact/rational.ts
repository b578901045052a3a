/**
 * Exact rational numbers on JS integers (DOMAIN §3.5: rule maths never uses raw binary floats, so
 * 2.5 × 1.1 is exactly 2.75 and rounds to 3). A value is `{ n, d }` with d > 0 and gcd(n, d) = 1.
 * Every result is checked to be a safe integer pair; a result that would lose precision throws
 * `ExactRangeError` instead of silently drifting, and callers turn that into an input error.
 */

export interface Rational {
  readonly n: number;
  readonly d: number;
}

/** The exact result does not fit in safe integers; raised instead of a silently rounded value. */
export class ExactRangeError extends RangeError {
  constructor(what: string) {
    super(`exact arithmetic out of safe-integer range: ${what}`);
    this.name = "ExactRangeError";
  }
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function checked(n: number, d: number): Rational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw new ExactRangeError(`${n}/${d}`);
  return { n, d };
}

/** n/d reduced; d must be non-zero. */
export function rat(n: number, d = 1): Rational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw new ExactRangeError(`${n}/${d}`);
  if (d === 0) throw new RangeError("exact arithmetic: division by zero");
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1 ? { n, d } : { n: n / g, d: d / g };
}

export const ZERO: Rational = { n: 0, d: 1 };
export const ONE: Rational = { n: 1, d: 1 };

export function add(a: Rational, b: Rational): Rational {
  if (b.n === 0) return a;
  if (a.n === 0) return b;
  if (a.d === 1 && b.d === 1) return checked(a.n + b.n, 1);
  if (a.d === b.d) return rat(a.n + b.n, a.d);
  const g = gcd(a.d, b.d);
  const bd = b.d / g;
  // Each product is checked on its own: two inexact products can sum to a safe-looking wrong value.
  const left = checked(a.n * bd, a.d * bd);
  const right = checked(b.n * (a.d / g), 1);
  return rat(checked(left.n + right.n, 1).n, left.d);
}

export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, neg(b));
}

/** Cancels across before multiplying so intermediate products stay small. */
export function mul(a: Rational, b: Rational): Rational {
  if (b.n === b.d) return a; // × 1: the usual factor when nothing is adjusted
  if (a.n === a.d) return b;
  const g1 = gcd(a.n, b.d);
  const g2 = gcd(b.n, a.d);
  if (g1 === 0 || g2 === 0) return ZERO;
  return checked((a.n / g1) * (b.n / g2), (a.d / g2) * (b.d / g1));
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0) throw new RangeError("exact arithmetic: division by zero");
  return mul(a, b.n < 0 ? { n: -b.d, d: -b.n } : { n: b.d, d: b.n });
}

/** ⌊a / b⌋ for safe integers, b > 0, exact even where the float quotient rounds up to an integer. */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}

export function floor(a: Rational): number {
  return a.d === 1 ? a.n : floorDiv(a.n, a.d);
}

export function ceil(a: Rational): number {
  return a.d === 1 ? a.n : -floorDiv(-a.n, a.d);
}

/** Nearest integer, exact ties up (used for whole people, DOMAIN §3.2). */
export function roundToInteger(a: Rational): number {
  if (a.d === 1) return a.n;
  const twice = 2 * a.n + a.d;
  checked(twice, 2 * a.d);
  return floorDiv(twice, 2 * a.d);
}

/** Sign of a − b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const diff = sub(a, b).n;
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Sign of a − k for an integer k, without forming k·d (no overflow for any safe k). */
export function compareInteger(a: Rational, k: number): -1 | 0 | 1 {
  if (a.d === 1) return a.n < k ? -1 : a.n > k ? 1 : 0;
  const whole = floor(a);
  if (whole < k) return -1;
  if (whole > k) return 1;
  return a.d === 1 ? 0 : 1;
}

export function isInteger(a: Rational): boolean {
  return a.d === 1;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/** Nearest double, for display and for results handed to callers (halves are exact doubles). */
export function toNumber(a: Rational): number {
  return a.n / a.d;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}
