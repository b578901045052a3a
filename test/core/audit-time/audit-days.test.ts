import { auditDays, auditDaysMinimum, type AuditDaysInput } from "../../../core/audit-time";
import { loadProfile } from "../../../core/profiles";
import hgHy from "../../../core/profiles/data/HG-HY.json";
import { problemOf } from "./helpers";

const days = (input: AuditDaysInput): number => auditDays(input).days;

describe("table value (DOMAIN §3.2)", () => {
  // prettier-ignore
  test.each([
    [1, 2.5], [15, 2.5], [15.4, 3], [16, 3], [25, 3], [26, 4], [180, 9], [275, 9], [276, 10], [875, 12], [1000, 13],
    [10700, 22], [10700.5, 23], [10701, 23], [13469, 23], [13470, 24], [16955, 24], [16956, 25], [21343, 25], [21344, 26], [26867, 26], [26868, 27],
  ])("HG-HY %s people → %s days (medium risk)", (employees, expected) => {
    expect(days({ employees, risk: "medium" })).toBe(expected);
    expect(auditDays({ employees, risk: "medium" }).tableDays).toBe(expected);
  });

  test("fractional headcounts are compared as real numbers, from their decimal text", () => {
    expect(days({ employees: "15.4", risk: "中" })).toBe(3);
    expect(days({ employees: "15.0", risk: "中" })).toBe(2.5);
    expect(days({ employees: "１５．０１", risk: "中" })).toBe(3);
    expect(days({ employees: 46 / 3, risk: "中" })).toBe(3);
  });

  // prettier-ignore
  test.each([
    [18, 2.5], [100, 6.5], [180, 8], [1000, 12.5], // DOMAIN §3.2 worked examples
    [1, 1.5], [0.5, 1.5], [10, 2], [25, 3], [5.5, 2], [10700, 22], [12084.5, 22.5], [13469, 23],
  ])("SR-GGBZ %s people → %s days on the curve", (employees, expected) => {
    expect(days({ employees, profile: "SR-GGBZ" })).toBe(expected);
  });

  test("the progression is recorded, with the ratio of the last two bounds", () => {
    const r = auditDays({ employees: 12000, risk: "中" });
    expect(r.steps.find((s) => s.id === "table.progression")).toEqual({
      id: "table.progression",
      clause: "004 附录B；DOMAIN §3.2",
      values: { lastBound: 10700, ratio: "10700/8500", perBand: 1 },
      result: 23,
    });
    expect(auditDays({ employees: 10700, risk: "中" }).steps.some((s) => s.id === "table.progression")).toBe(
      false,
    );
    expect(days({ employees: 1_000_000, risk: "中" })).toBe(42);
  });
});

describe("initial audit: risk and documented adjustment (DOMAIN §3.3)", () => {
  test("180 people, high risk: 9 × 1.1 = 9.9 → 10", () => {
    const r = auditDays({ employees: 180, risk: "high", type: "initial" });
    expect(r).toMatchObject({
      days: 10,
      tableDays: 9,
      initialDays: 10,
      netAdjustPct: 10,
      riskApplied: true,
      profile: "HG-HY",
      type: "initial",
    });
    expect(r.risk).toEqual({ level: "high", source: "explicit", input: "high" });
  });

  test.each([
    ["low", 9 * 0.9, 8],
    ["medium", 9, 9],
    ["high", 9.9, 10],
  ])("180 people, %s risk", (risk, _exact, expected) => {
    expect(days({ employees: 180, risk })).toBe(expected);
  });

  test("ties go up in exact arithmetic: 2.5 × 1.1 = 2.75 → 3, 5 × 1.05 = 5.25 → 5.5, 15 × 2.05 = 30.75 → 31", () => {
    expect(days({ employees: 10, risk: "高" })).toBe(3);
    expect(days({ employees: 50, risk: "中", adjustPct: 5 })).toBe(5.5);
    expect(days({ employees: 2000, risk: "中", adjustPct: 105 })).toBe(31);
    expect(days({ employees: 2000, risk: "中", adjustPct: "105%" })).toBe(31);
  });

  test("risk and adjustment add up; the total reduction may reach 30 % but not pass it (004 5.4.2.3)", () => {
    expect(auditDays({ employees: 180, risk: "high", adjustPct: -20 })).toMatchObject({
      netAdjustPct: -10,
      days: 8,
    }); // 8.1
    expect(auditDays({ employees: 180, risk: "low", adjustPct: -20 })).toMatchObject({
      netAdjustPct: -30,
      days: 6.5,
    }); // 6.3
    expect(auditDays({ employees: 180, risk: "medium", adjustPct: -30 })).toMatchObject({
      netAdjustPct: -30,
      days: 6.5,
    });
    expect(auditDays({ employees: 180, risk: "medium", adjustPct: -12.5 }).days).toBe(8); // 7.875
    expect(days({ employees: 180, risk: "high", adjustPct: 200 })).toBe(28); // 9 × 3.1 = 27.9; increases have no limit
  });

  test.each([
    [{ risk: "medium", adjustPct: -30.01 }, "30.01%（风险 0%，调整 -30.01%）"],
    [{ risk: "low", adjustPct: -21 }, "31%（风险 -10%，调整 -21%）"],
    [{ risk: "medium", adjustPct: "-31%" }, "31%（风险 0%，调整 -31%）"],
  ])("a reduction beyond 30 %% is an error citing 004 5.4.2.3, with no double negative: %j", (input, net) => {
    const error = problemOf(() => auditDays({ type: "initial", employees: 180, ...input }));
    expect(error.problem.code).toBe("auditTime.reductionTooLarge");
    expect(error.problem.clause).toBe("004 5.4.2.3");
    expect(error.message).toContain(`审核时间合计减少 ${net}`);
    expect(error.message).not.toMatch(/减少 [-−]/);
    expect(error.message).toContain("超过允许的最大减少 30%（依据 004 5.4.2.3）");
  });

  test("a scope code gives the risk of its major category, and the result says where it came from", () => {
    expect(auditDays({ employees: 180, risk: "03.01.02" })).toMatchObject({
      days: 10,
      risk: {
        level: "high",
        source: "category",
        category: { code: "03", name: "食品、饮料和烟草" },
        input: "03.01.02",
      },
    });
    expect(auditDays({ employees: 180, risk: "33" }).risk).toMatchObject({
      level: "medium",
      source: "default",
    });
    expect(days({ employees: 180, risk: "29.01" })).toBe(8);
  });

  test("HG-ZGLY records risk but it changes nothing; blank risk is fine there", () => {
    const r = auditDays({ employees: 180, risk: "03", profile: "HG-ZGLY" });
    expect(r).toMatchObject({
      days: 9,
      riskApplied: false,
      netAdjustPct: 0,
      risk: { level: "medium", category: { code: "03", name: "制造业" } },
    });
    expect(auditDays({ employees: 180, profile: "HG-ZGLY" })).toMatchObject({ days: 9, risk: null });
    expect(days({ employees: 180, risk: "高", profile: "HG-ZGLY", adjustPct: 10 })).toBe(10); // 9.9
  });

  test("SR-GGBZ has no risk: a given risk (even a scope code) is ignored and the record says so", () => {
    const r = auditDays({ employees: 100, risk: "03", profile: "SR-GGBZ" });
    expect(r).toMatchObject({ days: 6.5, risk: null, riskApplied: false });
    expect(r.steps.find((s) => s.id === "risk.notApplied")?.values.ignored).toBe("03");
  });
});

describe("the rounding rule is the profile's (DOMAIN §3.5)", () => {
  const roundingUp = loadProfile(
    { ...hgHy, id: "HG-UP", rounding: { rule: "upToHalf", clause: "test" } },
    "test",
  );

  test("a body that rounds up to the half day says so in its profile", () => {
    expect(days({ employees: 180, risk: "low", profile: roundingUp })).toBe(8.5); // 8.1
    expect(days({ employees: 180, risk: "low" })).toBe(8);
    expect(days({ employees: 180, risk: "medium", type: "surveillance", profile: roundingUp })).toBe(3); // 9 / 3
    expect(days({ employees: 180, risk: "medium", type: "recertification", profile: roundingUp })).toBe(6); // 9 × 2/3
    expect(days({ employees: 176, risk: "high", type: "surveillance", profile: roundingUp })).toBe(3.5); // 9.9 → 10 → 3.33
  });
});

describe("other audit types (DOMAIN §3.4)", () => {
  test("surveillance = round½(initial / 3) from the rounded initial time", () => {
    expect(days({ employees: 180, risk: "high", type: "surveillance" })).toBe(3.5); // 10 / 3 = 3.33
    expect(days({ employees: 180, risk: "medium", type: "监督" })).toBe(3);
    expect(days({ employees: 100, type: "S", profile: "SR-GGBZ" })).toBe(2); // 6.5 / 3 = 2.17
  });

  test("HG re-certification = round½(initial × 2/3)", () => {
    expect(days({ employees: 180, risk: "high", type: "recertification" })).toBe(6.5); // 6.67
    expect(days({ employees: 12000, risk: "33", type: "再认证" })).toBe(15.5); // 23 × 2/3 = 15.33
  });

  test("SR re-certification: column E, never below round½(initial × 2/3)", () => {
    expect(days({ employees: 100, type: "recertification", profile: "SR-GGBZ" })).toBe(5.5); // E: 5.375; floor 4.5
    expect(days({ employees: 1, type: "R", profile: "SR-GGBZ" })).toBe(1.5);
    // With a +50 % adjustment: E 5.5 × 1.5 = 8.25 → 8.5, floor 6.5 × 1.5 = 9.75 → 10 × 2/3 = 6.67 → 6.5.
    expect(days({ employees: 100, type: "recertification", profile: "SR-GGBZ", adjustPct: 50 })).toBe(8.5);
    // Column E below the floor: 20 people, E = 1.5 + 10/15 × 0.5 = 1.83 → 2; initial 2.5 × 2/3 = 1.67 → 1.5.
    expect(days({ employees: 20, type: "recertification", profile: "SR-GGBZ" })).toBe(2);
  });

  test("SR stage split: stage 1 is column B on the curve, stage 2 the rest", () => {
    expect(auditDays({ employees: 100, profile: "SR-GGBZ" })).toMatchObject({
      days: 6.5,
      stage1: 1,
      stage2: 5.5,
    });
    expect(auditDays({ employees: 1000, profile: "SR-GGBZ" })).toMatchObject({
      days: 12.5,
      stage1: 1.5,
      stage2: 11,
    });
    expect(days({ employees: 1000, type: "stage1", profile: "SR-GGBZ" })).toBe(1.5);
    expect(days({ employees: 1000, type: "二阶段", profile: "SR-GGBZ" })).toBe(11);
    expect(days({ employees: 20000, type: "stage1", profile: "SR-GGBZ" })).toBe(2);
    // Beyond 10 700 each column follows its own progression: stage 1 stays 2, column E gains a day per band.
    expect(auditDays({ employees: 12000, profile: "SR-GGBZ" })).toMatchObject({
      days: 22.5,
      stage1: 2,
      stage2: 20.5,
    });
    expect(days({ employees: 12000, type: "recertification", profile: "SR-GGBZ" })).toBe(21.5); // 21 + 1300/2769
  });

  test("stage 1 / stage 2 are an error where the profile defines no split", () => {
    for (const type of ["stage1", "一阶段", "stage2"]) {
      const error = problemOf(() => auditDays({ employees: 100, risk: "中", type }));
      expect(error.problem.code).toBe("auditTime.noStageSplit");
      expect(error.message).toContain(
        `规则 HG-HY 未规定第一阶段/第二阶段的审核时间划分，不能计算「${type}」`,
      );
      expect(error.message).toContain("DOMAIN §3.4");
    }
  });

  test("stage 1 takes the same adjustment, so the shares hold", () => {
    // 100 people −30 %: 6.5 × 0.7 = 4.55 → 4.5; stage 1: 1 × 0.7 = 0.7 → 0.5; stage 2 = 4.
    expect(auditDays({ employees: 100, adjustPct: -30, profile: "SR-GGBZ" })).toMatchObject({
      days: 4.5,
      stage1: 0.5,
      stage2: 4,
    });
  });

  test("a reduction that leaves no stage 2 is an error for the stage, and no split for the initial audit", () => {
    // 1 person −24 %: 1.5 × 0.76 = 1.14 → 1; stage 1: 1 × 0.76 = 0.76 → 1; nothing left.
    const error = problemOf(() =>
      auditDays({ employees: 1, type: "stage2", adjustPct: -24, profile: "SR-GGBZ" }),
    );
    expect(error.problem.code).toBe("auditTime.stage2Empty");
    expect(error.message).toBe(
      "初次审核时间 1 人日（减少后）扣除第一阶段 1 人日后不足半人日，无法安排第二阶段（依据 003 表A.1；DOMAIN §3.2）",
    );
    const initial = auditDays({ employees: 1, adjustPct: -24, profile: "SR-GGBZ" });
    expect(initial.days).toBe(1);
    expect(initial.stage1).toBeUndefined();
    expect(initial.steps.map((s) => s.id)).toContain("stage.none");
  });

  test("a blank type is the initial audit", () => {
    expect(auditDays({ employees: 180, risk: "high", type: "" }).type).toBe("initial");
  });
});

describe("minimum time (DOMAIN §9.1): the largest reduction allowed", () => {
  test.each([
    [180, "initial", 6.5], // 9 × 0.7 = 6.3
    [180, "surveillance", 2], // 6.5 / 3 = 2.17
    [180, "recertification", 4.5], // 6.5 × 2/3 = 4.33
    [15, "initial", 2], // 2.5 × 0.7 = 1.75
  ])("HG-HY %s people %s → %s", (employees, type, expected) => {
    const r = auditDaysMinimum({ employees, type });
    expect(r.days).toBe(expected);
    expect(r.netAdjustPct).toBe(-30);
  });

  test("risk and adjustment do not change the minimum; risk is not required for it", () => {
    expect(auditDaysMinimum({ employees: 180, risk: "high", adjustPct: 50 }).days).toBe(6.5);
    expect(auditDaysMinimum({ employees: 180, risk: "H" }).riskApplied).toBe(false);
  });

  test("SR: 0.7 × curve value; re-certification from column E and the reduced initial", () => {
    expect(auditDaysMinimum({ employees: 100, profile: "SR-GGBZ" }).days).toBe(4.5); // 4.55
    expect(auditDaysMinimum({ employees: 100, type: "recertification", profile: "SR-GGBZ" }).days).toBe(4); // 5.5 × 0.7 = 3.85
    expect(auditDaysMinimum({ employees: 12084.5, profile: "SR-GGBZ" }).days).toBe(16); // 22.5 × 0.7 = 15.75
    expect(auditDaysMinimum({ employees: 1, type: "stage1", profile: "SR-GGBZ" }).days).toBe(0.5); // 0.7
    expect(auditDaysMinimum({ employees: 1, type: "stage2", profile: "SR-GGBZ" }).days).toBe(0.5); // 1.05 → 1, − 0.5
  });
});

describe("bad input: which code, naming the value and the clause", () => {
  test.each([
    [0, "input.notPositive", "有效人数「0」须大于 0（依据 DOMAIN §3.1）"],
    [-5, "input.notPositive", "有效人数「-5」须大于 0（依据 DOMAIN §3.1）"],
    ["", "input.blank", "有效人数为空，需要填写（依据 DOMAIN §3.1）"],
    [null, "input.blank", "有效人数为空，需要填写（依据 DOMAIN §3.1）"],
    ["一百", "input.notNumber", "有效人数「一百」不是数字，需要数字（依据 DOMAIN §3.1）"],
    [
      1e20,
      "auditTime.outOfRange",
      "有效人数「100000000000000000000」超出可精确计算的范围（数值过大或小数位过多）（依据 DOMAIN §3.1）",
    ],
  ])("employees %j", (employees, code, message) => {
    const error = problemOf(() => auditDays({ employees, risk: "中" }));
    expect(error.problem.code).toBe(code);
    expect(error.message).toBe(message);
  });

  test("blank risk where the profile adjusts by risk: no silent medium", () => {
    const error = problemOf(() => auditDays({ employees: 180 }));
    expect(error.problem.code).toBe("auditTime.riskRequired");
    expect(error.message).toBe(
      "规则 HG-HY 按风险调整审核时间，风险等级不能为空，请填写：高/中/低, high/medium/low, H/M/L, 03, 03.01.02（依据 004 附录B 注4）",
    );
  });

  test("an unknown risk word names the value and the accepted forms", () => {
    const error = problemOf(() => auditDays({ employees: 180, risk: "很高" }));
    expect(error.problem.code).toBe("auditTime.riskUnknown");
    expect(error.message).toBe(
      "风险等级「很高」无法识别，可填：高/中/低, high/medium/low, H/M/L, 03, 03.01.02（依据 DOMAIN §3.3）",
    );
  });

  test("a scope code outside the profile's categories", () => {
    const hy = problemOf(() => auditDays({ employees: 180, risk: "40.01" }));
    expect(hy.problem.code).toBe("auditTime.scopeUnknown");
    expect(hy.message).toBe(
      "业务范围代码「40.01」的大类 40 不在规则 HG-HY 的业务范围分类中（01–39）（依据 004 表A.1）",
    );
    const zgly = problemOf(() => auditDays({ employees: 180, risk: "28", profile: "HG-ZGLY" }));
    expect(zgly.message).toContain("（01–13）（依据 001 附录A）");
  });

  test("an unknown audit type", () => {
    const error = problemOf(() => auditDays({ employees: 180, risk: "中", type: "年审" }));
    expect(error.problem.code).toBe("auditTime.typeUnknown");
    expect(error.message).toContain("审核类型「年审」无法识别");
    expect(error.message).toContain("（依据 DOMAIN §3.4）");
  });

  test("a non-numeric adjustment and an unknown profile", () => {
    const adjust = problemOf(() => auditDays({ employees: 180, risk: "中", adjustPct: "少一点" }));
    expect(adjust.problem.code).toBe("input.notNumber");
    expect(adjust.message).toBe("调整百分比「少一点」不是数字，需要数字（依据 004 5.4.2.3）");
    const profile = problemOf(() => auditDays({ employees: 180, profile: "HG" }));
    expect(profile.problem.code).toBe("profile.unknown");
    expect(profile.message).toContain("「HG」");
  });

  test("a lone % sign is a bad adjustment, not a blank one (no silent 0 %)", () => {
    for (const adjustPct of ["%", "％", " % "]) {
      const error = problemOf(() => auditDays({ employees: 180, risk: "中", adjustPct }));
      expect(error.problem).toMatchObject({ code: "input.notNumber", clause: "004 5.4.2.3" });
    }
    expect(days({ employees: 180, risk: "中", adjustPct: "-10 %" })).toBe(8); // 8.1
    expect(days({ employees: 180, risk: "中", adjustPct: "  " })).toBe(9);
  });

  test("an adjustment too large to compute exactly cites the adjustment's clause, not the headcount's", () => {
    const error = problemOf(() => auditDays({ employees: 180, risk: "中", adjustPct: 1e308 }));
    expect(error.problem).toMatchObject({ code: "auditTime.outOfRange", clause: "004 5.4.2.3" });
    expect(error.message).toBe(
      "调整百分比「1e+308」超出可精确计算的范围（数值过大或小数位过多）（依据 004 5.4.2.3）",
    );
  });

  test("a decimal comma is refused rather than read as a thousands separator", () => {
    expect(problemOf(() => auditDays({ employees: "15,4", risk: "中" })).problem).toMatchObject({
      code: "input.notNumber",
      params: { field: "employees", value: "15,4" },
    });
    expect(days({ employees: "1,000", risk: "中" })).toBe(13);
  });

  test("an adjustment with more decimals than can stay exact", () => {
    const error = problemOf(() => auditDays({ employees: 180, risk: "中", adjustPct: 10 / 3 }));
    expect(error.problem.code).toBe("auditTime.calcOutOfRange");
    expect(error.message).toContain("有效人数 180、调整 3.3333333333333335%");
    expect(days({ employees: 180, risk: "中", adjustPct: 3.3333 })).toBe(9.5);
  });
});
