import { combinedMinimum, riskOfScope } from "../../../core/audit-time";
import { attempt, formatProblem } from "../../../core/problem";

describe("combined audit and scope codes (lead review)", () => {
  test("combined minimum needs at least two systems (004 5.4.2.4)", () => {
    const r = attempt(() => combinedMinimum([10]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("auditTime.combinedSingle");
      expect(r.problem.clause).toContain("5.4.2.4");
    }
    expect(combinedMinimum([10, 5]).days).toBe(12);
  });

  test("a bad scope code is named as a business scope code, not as a risk", () => {
    const r = attempt(() => riskOfScope("高"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problem)).toContain("业务范围代码「高」无法识别");
    const blank = attempt(() => riskOfScope(""));
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(formatProblem(blank.problem)).toContain("业务范围代码为空");
  });
});
