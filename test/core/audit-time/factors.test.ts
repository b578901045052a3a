/**
 * The documented adjustment given as the profile's factors (001 附录B 注4): offered per profile
 * with its clause, read as people type it, summed exactly and recorded as steps of the core's
 * own record (the same steps CERT.EXPLAIN renders).
 */
import { auditDays, auditDaysMinimum, renderRecord, type AuditDaysInput } from "../../../core/audit-time";
import { listProfiles } from "../../../core/profiles";
import { problemOf } from "./helpers";

const record = (input: AuditDaysInput, lang: "zh" | "en" = "zh"): string =>
  renderRecord(auditDays(input).steps, lang);

describe("factors offered per profile, with their clause", () => {
  test("each profile offers the 14 factors of 001 附录B 注4; the headings' clause is the profile's own", () => {
    expect(listProfiles().map((p) => [p.id, p.adjustFactors.clause, p.adjustFactors.items.length])).toEqual([
      ["HG-HY", "004 5.4.2.2、5.4.2.3", 14],
      ["HG-ZGLY", "001 附录B 注4", 14],
      ["SR-GGBZ", "003 5.4.2.2、5.4.2.3", 14],
    ]);
    const zgly = listProfiles().find((p) => p.id === "HG-ZGLY");
    expect(zgly?.adjustFactors.basis).toBeUndefined();
    expect(zgly?.adjustFactors.items.filter((f) => f.direction === "increase").map((f) => f.clause)).toEqual(
      ["1)a", "1)b", "1)c", "1)d", "1)e", "1)f"].map((i) => `001 附录B 注4 ${i}`),
    );
  });

  test("a profile whose own document lists no factors says so (本工具约定)", () => {
    for (const profile of listProfiles().filter((p) => p.id !== "HG-ZGLY"))
      expect([profile.id, profile.adjustFactors.basis]).toEqual([
        profile.id,
        expect.stringMatching(/^00[34] .*未列举调整因素；本工具约定/),
      ]);
  });
});

describe("the record with factors, golden", () => {
  test("HG-HY, 180 people, high risk, initial, 多场所 +10 % and 体系成熟 −5 %: one step per factor", () => {
    const input: AuditDaysInput = {
      employees: 180,
      risk: "high",
      type: "initial",
      factors: [
        { id: "inc-a", pct: "10%" },
        { id: "red-a", pct: "-5" },
      ],
    };
    const result = auditDays(input);
    // 9 × (1 + 10% + 10% − 5%) = 10.35 → 10.5
    expect([result.days, result.factorsPct, result.netAdjustPct]).toEqual([10.5, 5, 15]);
    expect(result.steps.map((s) => s.id)).toEqual([
      "employees",
      "table.step",
      "adjust.factor",
      "adjust.factor",
      "adjust",
      "round",
    ]);
    expect(record(input)).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；增加因素「多场所审核」+10%；减少因素「体系成熟」−5%；" +
        "高风险 +10%，调整 +5%，合计 +15% → 10.35；调整至最接近的半人日 → 10.5 人日" +
        "（001 附录B 注4 1)a、附录B 注4 2)a；004 附录B 注4、5.4.2.3）",
    );
    expect(record(input, "en")).toBe(
      'headcount 180 → 附录B 176–275 people → 9 person-days; increase factor "多场所审核" +10%; reduction factor "体系成熟" −5%; ' +
        "high risk +10%, adjustment +5%, net +15% → 10.35; to the nearest half person-day → 10.5 person-days" +
        " (001 附录B 注4 1)a、附录B 注4 2)a；004 附录B 注4、5.4.2.3)",
    );
  });

  test("the same time as the plain adjustment CERT.EXPLAIN takes; only the factor steps are added", () => {
    const plain = auditDays({ employees: 100, risk: "low", type: "surveillance", adjustPct: -12.5 });
    const withFactors = auditDays({
      employees: 100,
      risk: "low",
      type: "surveillance",
      factors: [
        { id: "red-b", pct: 10 },
        { id: "red-g", pct: "２.５％" },
      ],
    });
    expect(withFactors.days).toBe(plain.days);
    expect(withFactors.steps.filter((s) => s.id !== "adjust.factor")).toEqual(plain.steps);
  });

  test("factors that cancel out are still recorded: the record says why the time did not move", () => {
    expect(
      record({
        type: "initial",
        employees: 20,
        risk: "medium",
        factors: [
          { id: "inc-c", pct: 10 },
          { id: "red-a", pct: 10 },
        ],
      }),
    ).toBe(
      "有效人数 20 → 附录B 16–25 人 → 3 人日；增加因素「工作语言超过一种（需要翻译或影响审核员独立工作）」+10%；" +
        "减少因素「体系成熟」−10%；中风险 0% → 3；调整至最接近的半人日 → 3 人日" +
        "（001 附录B 注4 1)c、附录B 注4 2)a；004 附录B 注4、5.4.2.3）",
    );
  });

  test("no factor ticked is no adjustment: the record is the plain one", () => {
    const input = { employees: 100, type: "initial", profile: "SR-GGBZ" };
    expect(record({ ...input, factors: [] })).toBe(record(input));
  });

  test("SR-GGBZ, factors that cancel out: the adjustment step says 0 %, never a bare arrow", () => {
    const text = record({
      employees: 100,
      type: "initial",
      profile: "SR-GGBZ",
      factors: [
        { id: "inc-a", pct: 5 },
        { id: "red-a", pct: 5 },
      ],
    });
    expect(text).toContain("增加因素「多场所审核」+5%；减少因素「体系成熟」−5%；调整 0% → 6.5；");
  });

  test("HG-ZGLY: risk recorded only, the factors move the time", () => {
    expect(
      record({
        type: "initial",
        employees: 180,
        risk: "high",
        profile: "HG-ZGLY",
        factors: [{ id: "red-b", pct: "5%" }],
      }),
    ).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；高风险已记录，不改变审核时间：001 按有效人数确定审核时间，未规定风险调整；" +
        "减少因素「业务过程低风险」−5%；调整 −5% → 8.55；调整至最接近的半人日 → 8.5 人日（001 5.4.2.2、附录B 注4 2)b、5.4.2.3）",
    );
  });

  test("the minimum ignores the factors (it takes the largest reduction)", () => {
    const minimum = auditDaysMinimum({
      type: "initial",
      employees: 180,
      risk: "high",
      factors: [{ id: "inc-a", pct: 50 }],
    });
    // round½(0.7 × 9) = 6.5, whatever the factors say
    expect(minimum.days).toBe(6.5);
    expect(minimum.steps.some((s) => s.id === "adjust.factor")).toBe(false);
  });
});

describe("bad factor input: which message", () => {
  const base = { type: "initial", employees: 180, risk: "medium" };
  test.each([
    [[{ id: "red-z", pct: 5 }], "auditTime.factorUnknown", "规则 HG-HY 没有调整因素「red-z」，可选：inc-a、"],
    [
      [
        { id: "red-a", pct: 5 },
        { id: "red-a", pct: 5 },
      ],
      "auditTime.factorTwice",
      "调整因素「体系成熟」（red-a）给了两次",
    ],
    [[{ id: "red-a", pct: "" }], "auditTime.factorPctBlank", "调整因素「体系成熟」的减少百分比为空"],
    [[{ id: "red-a", pct: "5 天" }], "auditTime.factorPctNotNumber", "减少百分比「5 天」不是数字"],
    [[{ id: "red-a", pct: "%" }], "auditTime.factorPctNotNumber", "减少百分比「%」不是数字"],
    [[{ id: "red-a", pct: Number.NaN }], "auditTime.factorPctNotNumber", "减少百分比「NaN」不是数字"],
    [[{ id: "red-a", pct: "0%" }], "auditTime.factorPctZero", "减少百分比为「0%」，不改变审核时间"],
    [
      [{ id: "inc-a", pct: "-5%" }],
      "auditTime.factorPctNegative",
      "增加审核时间的因素「多场所审核」填写了「-5%」",
    ],
    [[{ id: "red-a", pct: 31 }], "auditTime.reductionTooLarge", "审核时间合计减少 31%（风险 0%，调整 -31%）"],
  ])("%j → %s", (factors, code, message) => {
    const error = problemOf(() => auditDays({ ...base, factors }));
    expect(error.problem.code).toBe(code);
    expect(error.message).toContain(message);
  });

  test("the factor's own clause is cited", () => {
    expect(problemOf(() => auditDays({ ...base, factors: [{ id: "red-h", pct: "x" }] })).problem.clause).toBe(
      "001 附录B 注4 2)h",
    );
  });

  test("factors and a separate adjustment together are refused, not added up silently", () => {
    const error = problemOf(() => auditDays({ ...base, adjustPct: -5, factors: [{ id: "red-a", pct: 5 }] }));
    expect([error.problem.code, error.problem.clause]).toEqual([
      "auditTime.factorsWithAdjust",
      "004 5.4.2.2、5.4.2.3",
    ]);
    expect(error.message).toContain("不能再另给调整百分比「-5」");
  });
});
