import {
  add,
  ceil,
  compare,
  compareInteger,
  div,
  ExactRangeError,
  floor,
  floorDiv,
  mul,
  rat,
  roundToInteger,
  sub,
  toNumber,
} from "../../../core/exact";

describe("exact rationals", () => {
  test("values are gcd-reduced with a positive denominator", () => {
    expect(rat(10, 4)).toEqual({ n: 5, d: 2 });
    expect(rat(3, -6)).toEqual({ n: -1, d: 2 });
    expect(rat(0, 7)).toEqual({ n: 0, d: 1 });
  });

  test("arithmetic is exact: 0.1 + 0.2 = 0.3, 2.5 × 1.1 = 2.75", () => {
    expect(add(rat(1, 10), rat(2, 10))).toEqual(rat(3, 10));
    expect(mul(rat(5, 2), rat(11, 10))).toEqual(rat(11, 4));
    expect(sub(rat(1, 3), rat(1, 2))).toEqual(rat(-1, 6));
    expect(div(rat(9), rat(3, 2))).toEqual(rat(6));
    expect(div(rat(1), rat(-2))).toEqual(rat(-1, 2));
  });

  test("floor, ceil, nearest integer (ties up) and floorDiv are exact", () => {
    expect(floor(rat(-7, 2))).toBe(-4);
    expect(ceil(rat(-7, 2))).toBe(-3);
    expect(roundToInteger(rat(5, 2))).toBe(3);
    expect(roundToInteger(rat(13469_41, 100))).toBe(13469);
    expect(floorDiv(-1, 3)).toBe(-1);
    // The float quotient of these rounds up to 3; the exact floor is 2.
    expect(floorDiv(3 * 999_999_999_999 - 1, 999_999_999_999)).toBe(2);
  });

  test("comparisons, including against an integer without forming k·d", () => {
    expect(compare(rat(77, 5), rat(15))).toBe(1);
    expect(compare(rat(1, 3), rat(2, 6))).toBe(0);
    expect(compareInteger(rat(77, 5), 15)).toBe(1);
    expect(compareInteger(rat(15), 15)).toBe(0);
    expect(compareInteger(rat(149, 10), 15)).toBe(-1);
    expect(compareInteger(rat(Number.MAX_SAFE_INTEGER - 2, 3), 1)).toBe(1);
  });

  test("a result beyond safe integers throws ExactRangeError instead of drifting", () => {
    const big = rat(Number.MAX_SAFE_INTEGER, 7);
    expect(() => mul(big, rat(3))).toThrow(ExactRangeError);
    expect(() => add(rat(1, 999_999_937), rat(1, 999_999_929))).toThrow(ExactRangeError);
    expect(() => rat(2 ** 53)).toThrow(ExactRangeError);
    // (2^52 + 1)/3 − 7505999378950828/5 = 1/15, but 5·(2^52 + 1) rounds in floats and the cross
    // products would cancel to 0: the overflowing product is caught instead of giving 0.
    expect(() => add(rat(2 ** 52 + 1, 3), rat(-7505999378950828, 5))).toThrow(ExactRangeError);
    expect(toNumber(rat(11, 4))).toBe(2.75);
  });
});
