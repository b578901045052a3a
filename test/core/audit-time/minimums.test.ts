import {
  combinedMinimum,
  onsiteMinimum,
  remoteMaximum,
  renderRecord,
  siteMinimum,
} from "../../../core/audit-time";
import { problemOf } from "./helpers";

describe("minimums derived from a determined time (DOMAIN §3.6)", () => {
  test.each([
    [10, 8],
    [9, 7], // 7.2
    [6.5, 5], // 5.2
    [3.5, 3], // 2.8
    ["2.5", 2],
    [2.25, 2], // 1.8
  ])("on-site ≥ 80 %%: %s → %s", (days, expected) => {
    expect(onsiteMinimum(days).days).toBe(expected);
  });

  test("each sampled site ≥ 50 % of the on-site time of its own headcount", () => {
    // 180 people, high: 10 days → on-site 8 → site 4.
    const r = siteMinimum({ siteEmployees: 180, risk: "high", type: "initial" });
    expect(r.days).toBe(4);
    expect(r.steps.map((s) => s.id)).toEqual([
      "employees",
      "table.step",
      "adjust",
      "round",
      "onsite",
      "site",
    ]);
    // 20 people, medium surveillance: 3 → 1 → on-site 1 (0.8) → site 0.5.
    expect(siteMinimum({ siteEmployees: 20, risk: "中", type: "监督" }).days).toBe(0.5);
    expect(siteMinimum({ employees: 180, risk: "high", type: "initial" }).days).toBe(4);
    expect(siteMinimum({ siteEmployees: 100, type: "initial", profile: "SR-GGBZ" }).days).toBe(2.5); // 6.5 → 5 (5.2) → 2.5
  });

  test("a site's bad headcount names the site headcount field", () => {
    const error = problemOf(() => siteMinimum({ siteEmployees: 0, risk: "中", type: "initial" }));
    expect(error.message).toBe("现场有效人数「0」须大于 0（依据 本工具约定）");
  });

  test("combined audit ≥ 80 % of the sum of the separate times", () => {
    expect(combinedMinimum([10, 6.5]).days).toBe(13); // 13.2
    expect(combinedMinimum([3, 4.5, null]).days).toBe(6);
    expect(renderRecord(combinedMinimum([3, 4.5]).steps)).toBe(
      "结合审核不少于各体系之和 3 + 4.5 = 7.5 × 80% = 6 → 6 人日（004 5.4.2.4）",
    );
    const empty = problemOf(() => combinedMinimum([null, ""]));
    expect(empty.problem).toMatchObject({ code: "auditTime.combinedEmpty", clause: "004 5.4.2.4" });
    expect(problemOf(() => combinedMinimum([3, "x"])).problem).toMatchObject({
      code: "input.notNumber",
      params: { value: "x" },
    });
  });

  test("SR-GGBZ remote time ≤ 30 % of on-site time, rounded down so the cap holds", () => {
    expect(remoteMaximum(10, "SR-GGBZ").days).toBe(3);
    expect(remoteMaximum(4.5, "SR-GGBZ").days).toBe(1); // 1.35
    expect(remoteMaximum(5, "SR-GGBZ").days).toBe(1.5);
    const hg = problemOf(() => remoteMaximum(10, "HG-HY"));
    expect(hg.problem.code).toBe("auditTime.noRemoteRule");
    expect(hg.message).toBe("规则 HG-HY 未规定远程审核时间的上限（依据 本工具约定）");
  });

  test("days too large for exact arithmetic are an input error, never a crash", () => {
    for (const fn of [
      () => onsiteMinimum(Number.MAX_SAFE_INTEGER),
      () => combinedMinimum([Number.MAX_SAFE_INTEGER, 3]),
      () => remoteMaximum(Number.MAX_SAFE_INTEGER, "SR-GGBZ"),
      () => onsiteMinimum(1e308),
      () => onsiteMinimum(562981601457398), // the product fits, its rounding does not
    ])
      expect(problemOf(fn).problem.code).toBe("auditTime.outOfRange");
    expect(
      problemOf(() => siteMinimum({ siteEmployees: 562981601457398, risk: "中", type: "initial" })).problem
        .code,
    ).toBe("auditTime.calcOutOfRange");
    expect(problemOf(() => onsiteMinimum(Number.MAX_SAFE_INTEGER)).message).toBe(
      "人日数「9007199254740991」超出可精确计算的范围（数值过大或小数位过多）（依据 004 5.4.2.3）",
    );
  });

  test("bad days", () => {
    expect(problemOf(() => onsiteMinimum(0)).problem).toMatchObject({
      code: "input.notPositive",
      clause: "004 5.4.2.3",
    });
    expect(problemOf(() => onsiteMinimum("")).message).toBe("人日数为空，需要填写（依据 004 5.4.2.3）");
  });
});
