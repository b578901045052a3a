import { parseAuditType, resolveRisk, riskLabel, riskOfScope } from "../../../core/audit-time";
import { getProfile } from "../../../core/profiles";
import { problemOf } from "./helpers";

describe("parseAuditType (DOMAIN §3.4)", () => {
  // prettier-ignore
  test.each([
    ["初次", "initial"], ["初审", "initial"], ["初次认证", "initial"], ["initial", "initial"], ["I", "initial"], ["INITIAL", "initial"],
    ["一阶段", "stage1"], ["stage1", "stage1"], ["Stage 1", "stage1"], ["ｓｔａｇｅ－１", "stage1"], ["0101", "stage1"],
    ["二阶段", "stage2"], ["stage2", "stage2"], ["STAGE_2", "stage2"],
    ["监督", "surveillance"], ["监督审核", "surveillance"], ["surveillance", "surveillance"], ["S", "surveillance"], [" s ", "surveillance"],
    ["再认证", "recertification"], ["复评", "recertification"], ["recertification", "recertification"], ["R", "recertification"], ["02", "recertification"],
  ])("%s → %s", (spelling, type) => {
    expect(parseAuditType(spelling)).toBe(type);
  });

  test("blank and unknown types", () => {
    expect(problemOf(() => parseAuditType("")).problem).toMatchObject({
      code: "input.blank",
      clause: "本工具约定",
      params: { field: "auditType" },
    });
    const error = problemOf(() => parseAuditType("stage3"));
    expect(error.problem.code).toBe("auditTime.typeUnknown");
    expect(error.message).toBe(
      "审核类型「stage3」无法识别，可填：初次/初审/初次认证/initial/I；一阶段/stage1；二阶段/stage2；监督/监督审核/surveillance/S；再认证/复评/recertification/R（依据 本工具约定）",
    );
    expect(problemOf(() => parseAuditType(3)).problem.code).toBe("auditTime.typeUnknown");
  });
});

describe("resolveRisk (DOMAIN §3.3, §3.8)", () => {
  // prettier-ignore
  test.each([
    ["高", "high"], ["高风险", "high"], ["high", "high"], ["HIGH", "high"], ["H", "high"], ["ｈ", "high"],
    ["中", "medium"], ["Medium", "medium"], ["m", "medium"],
    ["低", "low"], ["low", "low"], ["L", "low"],
  ])("explicit %s → %s", (word, level) => {
    expect(resolveRisk(word)).toMatchObject({ level, source: "explicit" });
  });

  test.each([
    ["03", "high", "category", "03"],
    ["03.01.02", "high", "category", "03"],
    ["3", "high", "category", "03"],
    ["28.02", "high", "category", "28"],
    ["29", "low", "category", "29"],
    ["19.05", "medium", "category", "19"],
    ["33.02", "medium", "default", "33"],
    ["02", "medium", "default", "02"],
  ])("scope %s → %s (%s, major %s) under HG-HY", (code, level, source, major) => {
    const r = resolveRisk(code, "HG-HY");
    expect(r).toMatchObject({ level, source, input: code });
    expect(r.category?.code).toBe(major);
  });

  test("a scope code stored as an Excel number reads as its major category", () => {
    expect(resolveRisk(3.01)).toMatchObject({ level: "high", category: { code: "03" }, input: "3.01" });
    expect(resolveRisk(38, getProfile("HG-HY"))).toMatchObject({
      level: "high",
      category: { name: "健康和社会工作" },
    });
  });

  test("errors: blank, unknown word, unknown category, profile without categories", () => {
    expect(problemOf(() => resolveRisk(" ")).problem).toMatchObject({
      code: "input.blank",
      params: { field: "risk" },
    });
    expect(problemOf(() => resolveRisk("critical")).problem).toMatchObject({
      code: "auditTime.riskUnknown",
      params: { value: "critical" },
    });
    expect(problemOf(() => resolveRisk("03-01")).problem.code).toBe("auditTime.riskUnknown");
    expect(problemOf(() => resolveRisk("99")).problem).toMatchObject({
      code: "auditTime.scopeUnknown",
      params: { major: "99" },
    });
    const sr = problemOf(() => resolveRisk("03", "SR-GGBZ"));
    expect(sr.problem.code).toBe("auditTime.noCategories");
    expect(sr.message).toContain("规则 SR-GGBZ 没有业务范围分类，不能由业务范围代码「03」确定风险");
  });

  test("riskOfScope (CERT.RISK) and its labels", () => {
    expect(riskLabel(riskOfScope("03.01").level)).toBe("高");
    expect(riskLabel(riskOfScope("37").level)).toBe("低");
    expect(riskLabel(riskOfScope("33", "HG-HY").level, "en")).toBe("medium");
    expect(riskOfScope("03", "HG-ZGLY")).toMatchObject({
      level: "medium",
      source: "default",
      category: { name: "制造业" },
    });
    expect(problemOf(() => riskOfScope("高")).problem.code).toBe("auditTime.scopeNotACode");
  });
});
