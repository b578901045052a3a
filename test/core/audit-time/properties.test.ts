import fc from "fast-check";
import { AUDIT_TYPES, auditDays, auditDaysMinimum, type AuditType } from "../../../core/audit-time";
import { InputError } from "../../../core/problem";

const RISKS = ["high", "medium", "low"] as const;
const TYPES_FOR: Record<string, readonly AuditType[]> = {
  "HG-HY": ["initial", "surveillance", "recertification"],
  "HG-ZGLY": ["initial", "surveillance", "recertification"],
  "SR-GGBZ": AUDIT_TYPES,
};

/** Headcounts with up to two decimals, over the table and well into the progression. */
const headcount = fc.integer({ min: 1, max: 6_000_000 }).map((h) => h / 100);

describe("properties of audit days", () => {
  for (const [profile, types] of Object.entries(TYPES_FOR))
    for (const type of types)
      for (const risk of RISKS)
        test(`${profile} ${type} ${risk}: days never decrease as the headcount grows`, () => {
          fc.assert(
            fc.property(headcount, headcount, (a, b) => {
              const [small, large] = a <= b ? [a, b] : [b, a];
              const calc = (employees: number) =>
                auditDays({ employees, risk, type, profile }, { record: false }).days;
              expect(calc(small)).toBeLessThanOrEqual(calc(large));
              const min = (employees: number) =>
                auditDaysMinimum({ employees, type, profile }, { record: false }).days;
              expect(min(small)).toBeLessThanOrEqual(min(large));
            }),
            { numRuns: 200 },
          );
        });

  test("every result is a positive multiple of ½, the minimum never above the standard time", () => {
    fc.assert(
      fc.property(
        headcount,
        fc.constantFrom(...RISKS),
        fc.constantFrom("initial", "surveillance", "recertification"),
        fc.constantFrom("HG-HY", "HG-ZGLY", "SR-GGBZ"),
        (employees, risk, type, profile) => {
          const r = auditDays({ employees, risk, type, profile }, { record: false });
          expect(Number.isInteger(r.days * 2)).toBe(true);
          expect(r.days).toBeGreaterThan(0);
          expect(auditDaysMinimum({ employees, type, profile }, { record: false }).days).toBeLessThanOrEqual(
            r.days,
          );
        },
      ),
    );
  });

  test("any adjustment either gives a multiple of ½ or an InputError — never NaN, never a crash", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 1000, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        (adjustPct, employees) => {
          try {
            const r = auditDays({ type: "initial", employees, risk: "中", adjustPct }, { record: false });
            expect(Number.isInteger(r.days * 2)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
    );
  });

  test("SR stage 1 + stage 2 always add up to the initial time", () => {
    fc.assert(
      fc.property(headcount, (employees) => {
        const r = auditDays({ type: "initial", employees, profile: "SR-GGBZ" }, { record: false });
        expect((r.stage1 ?? 0) + (r.stage2 ?? 0)).toBe(r.days);
      }),
    );
  });
});
