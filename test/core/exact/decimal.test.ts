import {
  ExactRangeError,
  fromDecimalText,
  fromFractionText,
  fromNumber,
  fromPercent,
  rat,
} from "../../../core/exact";

describe("decimal text to exact rationals", () => {
  test.each([
    ["15.4", rat(77, 5)],
    ["-12.5", rat(-25, 2)],
    ["15.40000", rat(77, 5)],
    ["+.5", rat(1, 2)],
    ["1.5e3", rat(1500)],
    ["25e-2", rat(1, 4)],
    ["0", rat(0)],
    ["0010700", rat(10700)],
  ])("%s", (text, expected) => {
    expect(fromDecimalText(text)).toEqual(expected);
  });

  test("non-decimal text gives null", () => {
    expect(fromDecimalText("abc")).toBeNull();
    expect(fromDecimalText(".")).toBeNull();
    expect(fromDecimalText("1/3")).toBeNull();
  });

  test("digits beyond safe integers throw", () => {
    expect(() => fromDecimalText("12345678901234567890")).toThrow(ExactRangeError);
    expect(() => fromDecimalText("1e-30")).toThrow(ExactRangeError);
  });

  test("numbers are read through their 15-significant-digit text, as Excel keeps them", () => {
    expect(fromNumber(15.4)).toEqual(rat(77, 5));
    expect(fromNumber(0.1 + 0.2)).toEqual(rat(3, 10));
    expect(fromNumber(1.1)).toEqual(rat(11, 10));
    expect(fromNumber(46 / 3)).toEqual(rat(153333333333333, 10 ** 13));
    expect(fromNumber(180)).toEqual(rat(180));
    expect(() => fromNumber(Number.NaN)).toThrow(ExactRangeError);
    expect(() => fromNumber(1e20)).toThrow(ExactRangeError);
  });

  test("a float read again (from the bounded cache, or past its bound) is the same decimal", () => {
    // i/7 never has three decimals or fewer, so every value is read through its 15-digit text.
    const floats = Array.from({ length: 12_000 }, (_, i) => (i + 1) / 7 + 1000);
    const byText = (v: number) => fromDecimalText(v.toPrecision(15));
    for (let pass = 0; pass < 2; pass++) for (const v of floats) expect(fromNumber(v)).toEqual(byText(v));
    expect(fromNumber(12.3 + 0.1)).toEqual(rat(62, 5));
    expect(fromNumber(12.3 + 0.1)).toEqual(rat(62, 5));
    // Too fine to hold exactly: refused every time, never remembered as a value.
    expect(() => fromNumber(1.5e-16)).toThrow(ExactRangeError);
    expect(() => fromNumber(1.5e-16)).toThrow(ExactRangeError);
  });

  test("fractions and percentages", () => {
    expect(fromFractionText("2/3")).toEqual(rat(2, 3));
    expect(fromFractionText("1/0")).toBeNull();
    expect(fromPercent(rat(-25, 2))).toEqual(rat(-1, 8));
  });
});
