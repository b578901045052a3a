import fc from "fast-check";
import {
  ceilHalf,
  compare,
  floorHalf,
  fromNumber,
  mul,
  rat,
  roundBy,
  roundHalf,
  sub,
  toNumber,
  type Rational,
} from "../../../core/exact";

const half = (x: Rational): number => toNumber(roundHalf(x));

describe("round½ (DOMAIN §3.5)", () => {
  test.each([
    [5.25, 5.5],
    [2.75, 3],
    [5.3, 5.5], // 003 5.7.4
    [5.2, 5], // 003 5.7.4
    [9.9, 10],
    [6.3, 6.5],
    [2.533, 2.5],
    [6.375, 6.5],
    [8.05, 8],
    [12.417, 12.5],
    [5.24, 5],
    [5.75, 6],
    [0.25, 0.5],
    [7, 7],
    [7.5, 7.5],
  ])("%s → %s", (x, expected) => {
    expect(half(fromNumber(x))).toBe(expected);
  });

  test("2.5 × 1.1 is exactly 2.75 and rounds to 3", () => {
    expect(half(mul(fromNumber(2.5), fromNumber(1.1)))).toBe(3);
  });

  test("ties that binary floats miss: 22.5 × 0.7 = 15.75 → 16, 15 × 2.05 = 30.75 → 31", () => {
    // In floats these products are 15.749999999999998 and 30.749999999999996, which round down.
    expect(Math.round(22.5 * 0.7 * 2) / 2).toBe(15.5);
    expect(half(mul(fromNumber(22.5), fromNumber(0.7)))).toBe(16);
    expect(half(mul(fromNumber(15), fromNumber(2.05)))).toBe(31);
  });

  test("up-to-half and down-to-half", () => {
    expect(toNumber(ceilHalf(fromNumber(5.01)))).toBe(5.5);
    expect(toNumber(ceilHalf(fromNumber(5)))).toBe(5);
    expect(toNumber(floorHalf(fromNumber(1.35)))).toBe(1);
    expect(toNumber(roundBy("upToHalf", fromNumber(5.2)))).toBe(5.5);
    expect(toNumber(roundBy("downToHalf", fromNumber(5.7)))).toBe(5.5);
    expect(toNumber(roundBy("nearestHalf", fromNumber(5.7)))).toBe(5.5);
  });

  const rational = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }))
    .map(([n, d]) => rat(n, d));

  test("property: result is a multiple of ½ within ¼ of x, ties go up", () => {
    fc.assert(
      fc.property(rational, (x) => {
        const r = roundHalf(x);
        expect(r.d === 1 || r.d === 2).toBe(true);
        const diff = sub(r, x);
        expect(compare(diff, rat(1, 4))).toBeLessThanOrEqual(0);
        expect(compare(diff, rat(-1, 4))).toBeGreaterThan(0); // −¼ would be a tie rounded down
      }),
    );
  });

  test("property: monotone and idempotent; floor ≤ x ≤ ceil, half apart at most", () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        const [lo, hi] = compare(a, b) <= 0 ? [a, b] : [b, a];
        expect(compare(roundHalf(lo), roundHalf(hi))).toBeLessThanOrEqual(0);
        expect(roundHalf(roundHalf(a))).toEqual(roundHalf(a));
        expect(compare(floorHalf(a), a)).toBeLessThanOrEqual(0);
        expect(compare(ceilHalf(a), a)).toBeGreaterThanOrEqual(0);
        expect([0, 0.5]).toContain(toNumber(sub(ceilHalf(a), floorHalf(a))));
      }),
    );
  });
});
