import fc from "fast-check";
import { ceilSqrtRatio, sampleSites } from "../../../core/sampling";
import { attempt, formatProblem } from "../../../core/problem";

const sample = (sites: unknown, type: unknown, similar?: unknown) =>
  sampleSites({ sites, type, similar }).sites;
const codeOf = (fn: () => unknown) => {
  const r = attempt(fn);
  return r.ok ? "ok" : r.problem.code;
};

describe("similar sites (004 5.4.3.3)", () => {
  test.each([
    // X, initial ⌈√X⌉, surveillance ⌈0.6√X⌉, re-certification ⌈0.8√X⌉
    [1, 1, 1, 1],
    [24, 5, 3, 4], // √24 = 4.9, 0.6√24 = 2.94, 0.8√24 = 3.92
    [25, 5, 3, 4], // exact squares: never one more
    [26, 6, 4, 5], // √26 = 5.1, 0.6√26 = 3.06, 0.8√26 = 4.08
    [100, 10, 6, 8],
    [101, 11, 7, 9],
    [10_000, 100, 60, 80],
  ])("X = %i → %i / %i / %i", (sites, initial, surveillance, recert) => {
    expect(sample(sites, "initial")).toBe(initial);
    expect(sample(sites, "监督")).toBe(surveillance);
    expect(sample(sites, "再认证")).toBe(recert);
  });

  test("stage 1 / stage 2 sample as the initial audit, and the record says so", () => {
    const result = sampleSites({ sites: 25, type: "二阶段" });
    expect(result).toMatchObject({ sites: 5, type: "initial", similar: true });
    expect(result.steps.map((s) => s.id)).toEqual(["sampling.step.stageAsInitial", "sampling.step.similar"]);
  });

  test("the record carries the numbers used and renders with its clause", () => {
    const [step] = sampleSites({ sites: 25, type: "surveillance" }).steps;
    expect(step).toEqual({
      id: "sampling.step.similar",
      clause: "004 5.4.3.3(2)",
      values: { type: "监督审核", typeEn: "surveillance audit", sites: 25, k: "0.6", k2: "9/25", result: 3 },
      result: 3,
    });
    expect(formatProblem({ code: step!.id, clause: step!.clause, params: step!.values })).toBe(
      "相似场所 X = 25，监督审核 Y = ⌈0.6√X⌉，即满足 Y² ≥ 9/25 × 25 的最小整数 → 3 个场所（依据 004 5.4.3.3(2)）",
    );
  });
});

describe("dissimilar sites (004 5.4.3.4)", () => {
  test.each([
    [1, 1],
    [10, 3],
    [11, 4],
    [24, 8],
    [25, 8],
    [26, 8],
    [100, 30],
  ])("X = %i: initial and re-certification visit all, surveillance ⌈0.3X⌉ = %i", (sites, surveillance) => {
    expect(sample(sites, "initial", false)).toBe(sites);
    expect(sample(sites, "recertification", false)).toBe(sites);
    expect(sample(sites, "surveillance", false)).toBe(surveillance);
  });

  test("similar accepts 是/否 and blank means similar", () => {
    expect(sample(25, "initial", "否")).toBe(25);
    expect(sample(25, "initial", null)).toBe(5);
    expect(sample(25, "initial", "TRUE")).toBe(5);
    expect(codeOf(() => sample(25, "initial", "maybe"))).toBe("sampling.similarInvalid");
  });
});

describe("bad input", () => {
  test.each([
    [0, "input.tooSmall"],
    [-3, "input.tooSmall"],
    [2.5, "input.notWhole"],
    ["2.5", "input.notWhole"],
    ["", "input.blank"],
    ["abc", "input.notNumber"],
  ])("sites %p → %s", (sites, code) => {
    expect(codeOf(() => sample(sites, "initial"))).toBe(code);
  });

  test("a site count beyond the exactly held integers is refused at once (it used to hang)", () => {
    expect(codeOf(() => sample(1e308, "initial"))).toBe("input.tooLarge");
    expect(codeOf(() => sample(2 ** 53, "S"))).toBe("input.tooLarge");
    expect(sample(Number.MAX_SAFE_INTEGER, "initial")).toBe(94906266); // ⌈√(2^53 − 1)⌉
  });

  test("unknown audit type", () => {
    expect(codeOf(() => sample(25, "annual"))).toBe("auditTime.typeUnknown");
  });

  test("full-width digits are read", () => {
    expect(sample("２５", "S")).toBe(3);
  });
});

describe("properties", () => {
  const types = fc.constantFrom("initial", "surveillance", "recertification");
  test("sampled sites are between 1 and X", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), types, fc.boolean(), (x, type, similar) => {
        const y = sample(x, type, similar);
        expect(y).toBeGreaterThanOrEqual(1);
        expect(y).toBeLessThanOrEqual(x);
      }),
    );
  });

  test("monotone in X", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), types, fc.boolean(), (x, type, similar) => {
        expect(sample(x + 1, type, similar)).toBeGreaterThanOrEqual(sample(x, type, similar));
      }),
    );
  });

  test("surveillance ≤ re-certification ≤ initial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (x) => {
        expect(sample(x, "S")).toBeLessThanOrEqual(sample(x, "R"));
        expect(sample(x, "R")).toBeLessThanOrEqual(sample(x, "I"));
      }),
    );
  });

  test("the ceiling is the least Y with Y²·den ≥ num·X, even for huge X", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom([1, 1], [9, 25], [16, 25]),
        (x, [num, den]) => {
          const y = BigInt(ceilSqrtRatio(x, num!, den!));
          const target = BigInt(num!) * BigInt(x);
          expect(y * y * BigInt(den!) >= target).toBe(true);
          expect((y - 1n) * (y - 1n) * BigInt(den!) < target).toBe(true);
        },
      ),
    );
    // Perfect squares of k√X: 0.6 × √(25·m²) = 3m exactly.
    expect(ceilSqrtRatio(25 * 123_456 ** 2, 9, 25)).toBe(3 * 123_456);
  });
});

test("every sampling record renders fully in both languages", () => {
  const steps = [
    ...sampleSites({ sites: 7, type: "stage1" }).steps,
    ...sampleSites({ sites: 7, type: "S", similar: false }).steps,
    ...sampleSites({ sites: 7, type: "R", similar: false }).steps,
  ];
  expect(steps.map((s) => s.id)).toEqual([
    "sampling.step.stageAsInitial",
    "sampling.step.similar",
    "sampling.step.dissimilarShare",
    "sampling.step.dissimilarAll",
  ]);
  for (const s of steps)
    for (const lang of ["zh", "en"] as const)
      expect(formatProblem({ code: s.id, clause: s.clause, params: s.values }, lang)).not.toMatch(/\{\w+\}/);
});
