import { getProfile, type RuleProfile } from "../../../core/profiles";

const risks = (p: RuleProfile, level: string): string[] =>
  p.categories.items.filter((c) => c.risk === level).map((c) => c.code);

describe("profile data as the seeds and DOMAIN give it", () => {
  test("HG-HY: 39 categories of 004 A.1 with the default risks of DOMAIN §3.8", () => {
    const p = getProfile("HG-HY");
    expect(p.categories.items.map((c) => c.code)).toEqual(
      Array.from({ length: 39 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    expect(risks(p, "high")).toEqual(["01", "03", "11", "12", "13", "20", "21", "25", "26", "28", "38"]);
    expect(risks(p, "low")).toEqual(["04", "07", "08", "29", "30", "37"]);
    // Named by A.2 as medium; every other medium category is the default.
    const namedMedium = p.categories.items
      .filter((c) => c.risk === "medium" && c.riskBasis === "example")
      .map((c) => c.code);
    expect(namedMedium).toEqual(["15", "16", "17", "19", "23", "35"]);
    expect(p.categories.items.find((c) => c.code === "33")).toMatchObject({
      name: "信息技术",
      risk: "medium",
      riskBasis: "default",
    });
    expect(p.categories.items.find((c) => c.code === "03")?.name).toBe("食品、饮料和烟草");
  });

  test("HG-HY: 004 App. B step table, ±10 % risk, 30 % limit, fractions and clauses", () => {
    const p = getProfile("HG-HY");
    expect(p.table.shape).toBe("step");
    // prettier-ignore
    expect(p.table.rows.map((r) => [r.upTo, r.days])).toEqual([
      [15, 2.5], [25, 3], [45, 4], [65, 5], [85, 6], [125, 7], [175, 8], [275, 9], [425, 10], [625, 11], [875, 12],
      [1175, 13], [1550, 14], [2025, 15], [2675, 16], [3450, 17], [4350, 18], [5450, 19], [6800, 20], [8500, 21], [10700, 22],
    ]);
    expect(p.risk).toEqual({
      use: "adjust",
      clause: "004 附录B 注4",
      factorsPct: { high: 10, medium: 0, low: -10 },
    });
    expect(p.maxReduction).toEqual({ pct: 30, clause: "004 5.4.2.3" });
    expect([p.surveillance.fraction, p.recertification.fraction]).toEqual(["1/3", "2/3"]);
    expect([p.onsite.pct, p.site.pct, p.combined.pct, p.remote]).toEqual([80, 50, 80, undefined]);
    expect(p.stages).toBeUndefined();
    expect(p.dates.surveillance).toMatchObject({
      from: "issue",
      firstWithinMonths: 12,
      maxGapMonths: 12,
      oncePerCalendarYear: false,
    });
  });

  test("HG-ZGLY: 13 categories of 001 App. A, risk recorded only, 2nd surveillance within 24 months", () => {
    const p = getProfile("HG-ZGLY");
    expect(p.categories.items).toHaveLength(13);
    expect(p.categories.items[12]).toMatchObject({
      code: "13",
      name: "其他行业",
      risk: "medium",
      riskBasis: "default",
    });
    expect(p.risk.use).toBe("record");
    expect(p.table.rows).toEqual(getProfile("HG-HY").table.rows);
    expect(p.dates.surveillance.nthWithinMonths).toEqual([
      { n: 2, months: 24, clause: "001 附录D 4.2.2；DOMAIN §2" },
    ]);
    expect(p.certNo).toMatchObject({
      schemeCode: "HG",
      seqDigitsWritten: 5,
      seqDigitsRead: [5, 6],
      notAccredited: "00",
    });
  });

  test("SR-GGBZ: linear 003 A.1 with stage-1 and re-certification columns, no risk, remote ≤ 30 %", () => {
    const p = getProfile("SR-GGBZ");
    expect(p.scheme.code).toBe("SR");
    expect(p.table.shape).toBe("linear");
    expect(p.table.start).toMatchObject({ employees: 1, days: 1.5, stage1: 1, recert: 1.5 });
    expect(p.table.rows[0]).toEqual({ upTo: 10, days: 2, stage1: 1, recert: 1.5 });
    expect(p.table.rows[11]).toEqual({ upTo: 1175, days: 13, stage1: 2, recert: 12 });
    expect(p.table.rows[20]).toEqual({ upTo: 10700, days: 22, stage1: 2, recert: 21 });
    expect(p.table.unusedColumns.map((c) => c.column)).toEqual(["D"]);
    expect(p.risk.use).toBe("none");
    expect(p.remote).toEqual({ pct: 30, rounding: "downToHalf", clause: "003 5.4.5.3" });
    expect(p.dates.surveillance).toMatchObject({
      from: "decision",
      maxGapMonths: 15,
      oncePerCalendarYear: true,
    });
    expect(p.dates.ncVerification.recertification).toEqual({
      kind: "monthsAfterAudit",
      months: 1,
      clause: "003 5.10.3(3)",
    });
  });
});
