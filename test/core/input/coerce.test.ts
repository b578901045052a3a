import {
  showValue,
  toNumber,
  toPositiveNumber,
  toWholeNumber,
  toOptionalNumber,
  toWord,
} from "../../../core/input/coerce";
import { normalizeCode, normalizeText } from "../../../core/input/normalize";
import { attempt, formatProblem } from "../../../core/problem";

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
    ["1,234,567.5", 1234567.5],
    ["１，２３４", 1234],
  ])("toNumber(%j) = %d", (raw, n) => {
    expect(toNumber(raw, "employees", "本工具约定")).toBe(n);
  });

  test.each([
    ["", "input.blank"],
    [null, "input.blank"],
    ["　", "input.blank"],
    ["abc", "input.notNumber"],
    [Number.NaN, "input.notNumber"],
    [true, "input.notNumber"],
    ["1e3", "input.notNumber"],
    // A decimal comma is not a thousands separator: never 15 or 154 people.
    ["1,5", "input.notNumber"],
    ["15,4", "input.notNumber"],
    ["1,23,4", "input.notNumber"],
    [",5", "input.notNumber"],
    ["Infinity", "input.notNumber"],
    ["NaN", "input.notNumber"],
    [Number.POSITIVE_INFINITY, "input.notNumber"],
    [{}, "input.notNumber"],
    [[15], "input.notNumber"],
    [new Date(Date.UTC(2026, 0, 15)), "input.notNumber"],
  ])("toNumber(%j) fails with %s", (raw, expected) => {
    expect(code(() => toNumber(raw, "employees", "本工具约定"))).toBe(expected);
  });

  test("positive, whole and optional numbers name their failure", () => {
    expect(code(() => toPositiveNumber(0, "employees", "本工具约定"))).toBe("input.notPositive");
    expect(code(() => toWholeNumber(2.5, "sites", "004 5.4.3"))).toBe("input.notWhole");
    expect(code(() => toWholeNumber(0, "sites", "004 5.4.3"))).toBe("input.tooSmall");
    expect(toOptionalNumber(null, 0, "adjustPct", "本工具约定")).toBe(0);
    expect(code(() => toOptionalNumber("x", 0, "adjustPct", "本工具约定"))).toBe("input.notNumber");
  });

  test("a whole number beyond the exactly held integers is refused, not rounded", () => {
    expect(toWholeNumber(Number.MAX_SAFE_INTEGER, "sites", "004 5.4.3")).toBe(Number.MAX_SAFE_INTEGER);
    const r = attempt(() => toWholeNumber(1e308, "sites", "004 5.4.3"));
    expect(r).toMatchObject({ ok: false, problem: { code: "input.tooLarge", params: { field: "sites" } } });
    if (!r.ok)
      expect(formatProblem(r.problem, "en")).toBe(
        'number of sites "1e+308" is beyond the whole numbers that can be held exactly (at most 9007199254740991) (004 5.4.3)',
      );
    expect(code(() => toWholeNumber(-1e308, "sites", "004 5.4.3"))).toBe("input.tooSmall");
  });

  test("values are shown as the user would recognise them, never [object Object]", () => {
    expect(showValue(new Date(Date.UTC(2026, 0, 15)))).toBe("2026-01-15");
    expect(showValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(showValue({})).toBe("{}");
    expect(showValue([15])).toBe("[15]");
    expect(showValue([])).toBe("[]");
    expect(showValue(true)).toBe("true");
    expect(showValue("x".repeat(50))).toBe(`${"x".repeat(40)}…`);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).toBe("{…}");
    expect(showValue([10n])).toBe('["10"]');
    const r = attempt(() => toNumber([15], "employees", "本工具约定"));
    expect(!r.ok && formatProblem(r.problem)).toBe("有效人数「[15]」不是数字，需要数字（依据 本工具约定）");
  });

  test("the message names the field, the value and the clause", () => {
    const r = attempt(() => toPositiveNumber("-5", "employees", "本工具约定"));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toEqual({
        code: "input.notPositive",
        clause: "本工具约定",
        params: { field: "employees", value: "-5" },
      });
  });

  test("toWord normalises full-width text and refuses non-text", () => {
    expect(toWord(" ＨＩＧＨ ", "risk", "本工具约定")).toBe("HIGH");
    expect(code(() => toWord({}, "risk", "本工具约定"))).toBe("input.notText");
  });

  test("normalisation says when it was needed", () => {
    expect(normalizeText("abc")).toEqual({ text: "abc", changed: false });
    expect(normalizeText("\u200Babc\u00A0")).toEqual({ text: "abc", changed: true });
    expect(normalizeCode(" 6900 7329-x ")).toEqual({ text: "690073 29X".replace(" ", ""), changed: true });
  });
});

test("a number too long to calculate with names what was typed, not Infinity", () => {
  const typed = "9".repeat(400);
  const r = attempt(() => toNumber(typed, "employees", "本工具约定"));
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.problem.code).toBe("input.numberTooLarge");
    expect(String(r.problem.params.value)).toMatch(/^9{40}…$/);
  }
});
