import {
  toNumber,
  toPositiveNumber,
  toWholeNumber,
  toOptionalNumber,
  toWord,
} from "../../../core/input/coerce";
import { normalizeCode, normalizeText } from "../../../core/input/normalize";
import { attempt } from "../../../core/problem";

const code = (fn: () => unknown) => {
  const r = attempt(fn);
  return r.ok ? "ok" : r.problem.code;
};

describe("coercion of raw input", () => {
  test.each([
    [180, 180],
    ["180", 180],
    ["１８０", 180],
    [" 15.4 ", 15.4],
    ["−10", -10],
    ["-10", -10],
    ["1,234", 1234],
  ])("toNumber(%j) = %d", (raw, n) => {
    expect(toNumber(raw, "employees", "DOMAIN §3.1")).toBe(n);
  });

  test.each([
    ["", "input.blank"],
    [null, "input.blank"],
    ["　", "input.blank"],
    ["abc", "input.notNumber"],
    [Number.NaN, "input.notNumber"],
    [true, "input.notNumber"],
    ["1e3", "input.notNumber"],
  ])("toNumber(%j) fails with %s", (raw, expected) => {
    expect(code(() => toNumber(raw, "employees", "DOMAIN §3.1"))).toBe(expected);
  });

  test("positive, whole and optional numbers name their failure", () => {
    expect(code(() => toPositiveNumber(0, "employees", "DOMAIN §3.1"))).toBe("input.notPositive");
    expect(code(() => toWholeNumber(2.5, "sites", "004 5.4.3"))).toBe("input.notWhole");
    expect(code(() => toWholeNumber(0, "sites", "004 5.4.3"))).toBe("input.tooSmall");
    expect(toOptionalNumber(null, 0, "adjustPct", "DOMAIN §3.3")).toBe(0);
    expect(code(() => toOptionalNumber("x", 0, "adjustPct", "DOMAIN §3.3"))).toBe("input.notNumber");
  });

  test("the message names the field, the value and the clause", () => {
    const r = attempt(() => toPositiveNumber("-5", "employees", "DOMAIN §3.1"));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toEqual({
        code: "input.notPositive",
        clause: "DOMAIN §3.1",
        params: { field: "employees", value: "-5" },
      });
  });

  test("toWord normalises full-width text and refuses non-text", () => {
    expect(toWord(" ＨＩＧＨ ", "risk", "DOMAIN §3.3")).toBe("HIGH");
    expect(code(() => toWord({}, "risk", "DOMAIN §3.3"))).toBe("input.notText");
  });

  test("normalisation says when it was needed", () => {
    expect(normalizeText("abc")).toEqual({ text: "abc", changed: false });
    expect(normalizeText("\u200Babc\u00A0")).toEqual({ text: "abc", changed: true });
    expect(normalizeCode(" 6900 7329-x ")).toEqual({ text: "690073 29X".replace(" ", ""), changed: true });
  });
});
