/**
 * Integer ceilings the sampling rules need, without binary floating point (DOMAIN §3.5, §4):
 * ⌈√(num/den · X)⌉ is the least Y with Y²·den ≥ num·X, found with BigInt so no site count can
 * overflow or round into "one more".
 */
export function ceilSqrtRatio(x: number, num: number, den: number): number {
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
  const n = BigInt(num) * BigInt(x);
  const d = BigInt(den);
  return Number((n + d - 1n) / d);
}
