/**
 * Integer ceilings the sampling rules need, without binary floating point (DOMAIN §3.5, §4):
 * ⌈√(num/den · X)⌉ is the least Y with Y²·den ≥ num·X, found with exact integers (doubles where
 * the products stay exact, BigInt beyond) so no site count can overflow or round into "one more".
 *
 * Below this (and with den ≤ 1024), num·X and Y²·den (Y ≈ √(num·X/den) + 1) stay under 2^53, so
 * double arithmetic is exact integer arithmetic, and a quotient's rounding error (≤ 2^-12) stays
 * below its distance to the next whole number (≥ 1/den), so Math.floor cannot be off by one.
 */
const SAFE_PRODUCT = 2 ** 40;

export function ceilSqrtRatio(x: number, num: number, den: number): number {
  // Products below 2^53 are exact in doubles: the same search without BigInt (every real site count).
  if (num * x < SAFE_PRODUCT && den <= 1024) {
    const t = num * x;
    let y = Math.max(0, Math.ceil(Math.sqrt(t / den)));
    while (y > 0 && (y - 1) * (y - 1) * den >= t) y -= 1;
    while (y * y * den < t) y += 1;
    return y;
  }
  const target = BigInt(num) * BigInt(x);
  const d = BigInt(den);
  // A float estimate, then corrected exactly in both directions.
  let y = BigInt(Math.max(0, Math.ceil(Math.sqrt((num * x) / den))));
  while (y > 0n && (y - 1n) * (y - 1n) * d >= target) y -= 1n;
  while (y * y * d < target) y += 1n;
  return Number(y);
}

/** ⌈num·X / den⌉ for whole X ≥ 0. */
export function ceilRatio(x: number, num: number, den: number): number {
  if (num * x < SAFE_PRODUCT && den <= 1024) return Math.floor((num * x + den - 1) / den);
  const n = BigInt(num) * BigInt(x);
  const d = BigInt(den);
  return Number((n + d - 1n) / d);
}
