/**
 * The record-off fast path (half-day integers) against the general exact path it stands in for,
 * for auditDays and for auditDaysMinimum (the largest reduction, which validation asks for on
 * every row): same result field for field, or the same problem, on random inputs over every
 * built-in profile, every rounding rule, every audit type, fractional headcounts, float artefacts
 * (12.400000000000002) and headcounts far beyond the table's last band. fastAuditDays is also
 * called on its own, so a fast path that always gave up (and left the general path to answer)
 * would fail here.
 */
import fc from "fast-check";
import {
  auditDays,
  auditDaysMinimum,
  type AuditDaysInput,
  type AuditDaysResult,
} from "../../../core/audit-time";
import { calculate } from "../../../core/audit-time/audit-days";
import { parseAuditType } from "../../../core/audit-time/audit-type";
import { compiled } from "../../../core/audit-time/compiled";
import { buildHalfDayTable, fastAuditDays } from "../../../core/audit-time/fast-path";
import { resolveRisk } from "../../../core/audit-time/risk";
import { fromNumber } from "../../../core/exact";
import { InputError, type Problem } from "../../../core/problem";
import { getProfile, loadProfile } from "../../../core/profiles";
import type { RuleProfile } from "../../../core/profiles/schema";
import hgHy from "../../../core/profiles/data/HG-HY.json";
import hgZgly from "../../../core/profiles/data/HG-ZGLY.json";
import srGgbz from "../../../core/profiles/data/SR-GGBZ.json";

const BUILT_IN = [getProfile("HG-HY"), getProfile("HG-ZGLY"), getProfile("SR-GGBZ")];
/** Each built-in table under the rules no built-in profile uses yet, and SR's curve from ½ a person. */
const VARIANTS = [hgHy, hgZgly, srGgbz].flatMap((json) =>
  (["upToHalf", "downToHalf"] as const).map((rule) =>
    loadProfile(
      { ...json, id: `${json.id}-${rule.toUpperCase()}`, rounding: { rule, clause: "test" } },
      "test",
    ),
  ),
);
const HALF_START = loadProfile(
  { ...srGgbz, id: "SR-HALF", table: { ...srGgbz.table, start: { ...srGgbz.table.start, employees: 0.5 } } },
  "test",
);
const PROFILES: RuleProfile[] = [...BUILT_IN, ...VARIANTS, HALF_START];

const TYPES = [
  "initial",
  "stage1",
  "stage2",
  "surveillance",
  "recertification",
  "初次",
  "监督",
  "再认证",
  "0102",
];
const RISKS = [
  undefined,
  "",
  "high",
  "medium",
  "low",
  "高",
  "中",
  "低",
  "H",
  "03.01.02",
  "33",
  "3.01",
  "29.01",
];

/** Whole, one-to-three-decimal, float-artefact and text headcounts, up into the progression. */
const headcount = fc.oneof(
  fc.integer({ min: 1, max: 40_000 }),
  fc.integer({ min: 1, max: 4_000_000 }).map((h) => h / 100),
  fc.integer({ min: 1, max: 300_000 }).map((h) => h / 10 + 0.1),
  fc.integer({ min: 1, max: 30_000_000 }).map((h) => h / 1000),
  fc.integer({ min: 10_700, max: 2 ** 40 }),
  fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
  fc.constantFrom(15, 15.001, 16, 10_700, 10_700.5, 10_701, 13_469, 13_470, 0, -1, "15.4", "abc"),
);
const adjustPct = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -40, max: 200 }),
  fc.integer({ min: -4000, max: 20_000 }).map((a) => a / 100),
  fc.double({ min: -40, max: 200, noNaN: true }),
  fc.constantFrom(-0, -12.5, "-12.5%", "10％", 1e-15, -30, -30.000000000001, "x"),
);
const input = fc.record({
  profile: fc.constantFrom(...PROFILES),
  employees: headcount,
  type: fc.constantFrom(...TYPES),
  risk: fc.constantFrom(...RISKS),
  adjustPct,
});

type Outcome = { result: AuditDaysResult } | { problem: Problem };

function outcome(run: () => AuditDaysResult): Outcome {
  try {
    return { result: run() };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.problem };
    throw error;
  }
}

const general = (i: AuditDaysInput): Outcome => outcome(() => calculate(i, false, false, "employees", false));
const fast = (i: AuditDaysInput): Outcome => outcome(() => auditDays(i, { record: false }));
const generalMinimum = (i: AuditDaysInput): Outcome =>
  outcome(() => calculate(i, false, true, "employees", false));

/** Each calculation the fast path serves: its public function and the general path it stands in for. */
const CALCULATIONS = [
  { name: "auditDays", minimum: false, run: auditDays, general },
  { name: "auditDaysMinimum", minimum: true, run: auditDaysMinimum, general: generalMinimum },
];

describe.each(CALCULATIONS)(
  "$name: the record-off fast path gives the general exact path's answers",
  (calc) => {
    test("same result field for field, or the same problem, on random inputs", () => {
      fc.assert(
        fc.property(input, (i) => {
          const expected = calc.general(i);
          expect(outcome(() => calc.run(i, { record: false }))).toEqual(expected);
          // The record-on path is the general one too: same numbers, only the steps differ.
          const withRecord = outcome(() => calc.run(i));
          if ("result" in withRecord)
            expect({ result: { ...withRecord.result, steps: [] } }).toEqual(expected);
          else expect(withRecord).toEqual(expected);
        }),
        { numRuns: 3000 },
      );
    });

    test("the fast path itself answers every ordinary input, and gives up only where the rules refuse", () => {
      const ordinary = fc.record({
        profile: fc.constantFrom(...PROFILES),
        employees: fc.oneof(
          fc.integer({ min: 1, max: 200_000 }),
          fc.integer({ min: 1, max: 2_000_000 }).map((h) => h / 100),
          fc.integer({ min: 1, max: 300_000 }).map((h) => h / 10 + 0.1),
        ),
        type: fc.constantFrom(...TYPES),
        risk: fc.constantFrom("high", "medium", "low", "03.01.02"),
        adjustPct: fc.integer({ min: -2000, max: 5000 }).map((a) => a / 100),
      });
      let answered = 0;
      fc.assert(
        fc.property(ordinary, (i) => {
          const c = compiled(i.profile);
          const risk = i.profile.risk.use === "none" ? null : resolveRisk(i.risk, i.profile);
          const type = parseAuditType(i.type);
          const expected = calc.general(i);
          if ((type === "stage1" || type === "stage2") && !i.profile.stages) return;
          const t = (c.halfDays ??= buildHalfDayTable(c));
          const e = fromNumber(i.employees);
          const adjust = fromNumber(i.adjustPct);
          const result = fastAuditDays(c, t, type, i.employees, risk, e, adjust, calc.minimum);
          if (result === null) {
            // Only a reduction beyond the limit (never for the minimum, which takes the largest
            // allowed) or a stage with no stage 2 left: both errors.
            const refused = calc.minimum ? /stage2Empty/ : /reductionTooLarge|stage2Empty/;
            expect("problem" in expected && expected.problem.code).toMatch(refused);
          } else {
            answered++;
            expect({ result }).toEqual(expected);
          }
        }),
        { numRuns: 2000 },
      );
      expect(answered).toBeGreaterThan(1500);
    });
  },
);

describe("where the fast path hands over", () => {
  const fastMinimum = (i: AuditDaysInput): Outcome => outcome(() => auditDaysMinimum(i, { record: false }));
  const both = (i: AuditDaysInput): void => {
    expect(fast(i)).toEqual(general(i));
    expect(fastMinimum(i)).toEqual(generalMinimum(i));
  };

  test("headcounts at and around the bands, the last table row and the progression", () => {
    for (const profile of PROFILES)
      for (const employees of [0.5, 1, 1.5, 15, 15.001, 16, 45.5, 10_700, 10_700.001, 10_701, 13_470, 1e7])
        for (const type of ["initial", "surveillance", "recertification"])
          both({ profile, employees, type, risk: "low", adjustPct: -20 });
  });

  test("the minimum: the largest reduction whatever the risk and adjustment, a blank risk allowed", () => {
    // HG-HY, 180 people: table 9 → 9 × 0.7 = 6.3 → 6.5; surveillance 6.5 × 1/3 → 2 (DOMAIN §9.1).
    for (const risk of ["高", "low", undefined]) {
      const r = fastMinimum({ employees: 180, risk, type: "initial", adjustPct: "x" });
      expect(r).toMatchObject({ result: { days: 6.5, tableDays: 9, netAdjustPct: -30, riskApplied: false } });
      expect(r).toEqual(generalMinimum({ employees: 180, risk, type: "initial" }));
    }
    expect(fastMinimum({ employees: 180, type: "surveillance" })).toMatchObject({ result: { days: 2 } });
    // A stage the reduction leaves without stage 2 is the general path's message: a curve starting
    // at 1 day, all of it stage 1, gives 0.5 + 0 at the minimum.
    const flat = loadProfile(
      {
        ...srGgbz,
        id: "SR-FLAT",
        table: { ...srGgbz.table, start: { ...srGgbz.table.start, days: 1, stage1: 1 } },
      },
      "test",
    );
    const stage = { employees: 1, type: "stage2", profile: flat };
    expect((generalMinimum(stage) as { problem: Problem }).problem.code).toBe("auditTime.stage2Empty");
    both(stage);
  });

  test("values out of the safe integers: the general path's own problem, not a fast answer", () => {
    const p = (i: AuditDaysInput): Problem => (general(i) as { problem: Problem }).problem;
    const tiny = { employees: 100, type: "initial", risk: "high", adjustPct: 1e-15 };
    expect(p(tiny).code).toBe("auditTime.calcOutOfRange");
    both(tiny);
    const huge = { employees: 2 ** 52, type: "initial", risk: "medium", adjustPct: 0.001 };
    both(huge);
    both({ employees: 123_456.789, type: "initial", profile: "SR-GGBZ" });
    both({ employees: 0.5000000001, type: "stage1", profile: HALF_START });
  });

  test("a typed −0 adjustment is no adjustment: +0 in the result, as the general path gives", () => {
    const r = auditDays(
      { employees: 100, type: "initial", risk: "medium", adjustPct: -0 },
      { record: false },
    );
    expect(Object.is(r.netAdjustPct, 0)).toBe(true);
    both({ employees: 100, type: "initial", risk: "medium", adjustPct: -0 });
    both({ employees: 100, type: "initial", adjustPct: -0, profile: "HG-ZGLY" });
  });

  test("a reduction beyond the limit is the general path's message", () => {
    const i = { employees: 100, type: "initial", risk: "low", adjustPct: -25 };
    expect((fast(i) as { problem: Problem }).problem).toMatchObject({
      code: "auditTime.reductionTooLarge",
      params: { reductionPct: 35, riskPct: "-10", adjustPct: "-25", maxPct: 30 },
    });
  });
});
