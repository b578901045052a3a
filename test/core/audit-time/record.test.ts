import {
  auditDays,
  auditDaysMinimum,
  renderRecord,
  renderStep,
  type AuditDaysInput,
} from "../../../core/audit-time";

const record = (input: AuditDaysInput, lang: "zh" | "en" = "zh"): string =>
  renderRecord(auditDays(input).steps, lang);

describe("the calculation record (DOMAIN §3.7), golden", () => {
  test("HG-HY, 180 people, high risk, initial: exactly DOMAIN's example", () => {
    expect(record({ employees: 180, risk: "high", type: "initial" })).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → 9.9；调整至最接近的半人日 → 10 人日（004 附录B 注4、5.4.2.3）",
    );
    expect(record({ employees: 180, risk: "high", type: "initial" }, "en")).toBe(
      "headcount 180 → 附录B 176–275 people → 9 person-days; high risk +10% → 9.9; to the nearest half person-day → 10 person-days (004 附录B 注4、5.4.2.3)",
    );
  });

  test("HG-HY, 12 000 people, scope 03.01.02, surveillance with a documented −15 %: progression and A.2 risk stated", () => {
    expect(record({ employees: 12000, risk: "03.01.02", type: "surveillance", adjustPct: -15 })).toBe(
      "有效人数 12000 → 附录B 10701–13469 人 → 23 人日；" +
        "超过 10700 人按递进规律：每档上限按 10700/8500 递增并取整到人，每档加 1 人日；" +
        "高风险（业务范围 03 食品、饮料和烟草，004 表A.2 示例：食品）+10%，调整 −15%，合计 −5% → 21.85；" +
        "调整至最接近的半人日 → 22 人日；" +
        "监督审核 = 22 × 1/3 = 7.333 → 7.5 人日" +
        "（本工具约定；004 附录B 注4、5.4.2.3、5.7.4）",
    );
  });

  test("SR-GGBZ, 1000 people, initial: the curve and the stage split", () => {
    expect(record({ employees: 1000, type: "initial", profile: "SR-GGBZ" })).toBe(
      "有效人数 1000 → 表A.1 B+C 栏 876–1175 人，连续插值 12 + (1000 − 875) ÷ (1175 − 875) × (13 − 12) = 12.417 → 12.5 人日；" +
        "不按风险调整：003 按有效人数确定审核时间，无风险调整；" +
        "第一阶段：表A.1 B 栏 876–1175 人，连续插值 1 + (1000 − 875) ÷ (1175 − 875) × (2 − 1) = 1.417 → 1.5 人日；" +
        "第二阶段 = 12.5 − 1.5 = 11 人日" +
        "（003 5.4.2.2；本工具约定）",
    );
  });

  test("SR-GGBZ, 100 people, surveillance: column D of 003 A.1 is not used; the given risk is not applied", () => {
    expect(record({ employees: 100, risk: "高", type: "监督", profile: "SR-GGBZ" })).toBe(
      "有效人数 100 → 表A.1 B+C 栏 86–125 人，连续插值 6 + (100 − 85) ÷ (125 − 85) × (7 − 6) = 6.375 → 6.5 人日；" +
        "不按风险调整：003 按有效人数确定审核时间，无风险调整（风险「高」未采用）；" +
        "监督审核 = 6.5 × 1/3 = 2.167 → 2 人日；" +
        "表A.1 D 栏（监督审核基于每6个月1次审核周期的人天数）不采用：其数值大于初次审核时间，与 003 5.7.4（监督审核时间为初次审核时间的 1/3）矛盾，以条款为准" +
        "（003 5.4.2.2、5.7.4；本工具约定）",
    );
  });

  test("the English record takes the profile's English note and reason, not the Chinese ones", () => {
    expect(record({ employees: 100, risk: "高", type: "监督", profile: "SR-GGBZ" }, "en")).toBe(
      "headcount 100 → 表A.1 column B+C, 86–125 people, interpolated 6 + (100 − 85) ÷ (125 − 85) × (7 − 6) = 6.375 → 6.5 person-days; " +
        'no risk adjustment (003 sets the time by headcount, with no risk adjustment) (risk "高" not used); ' +
        "surveillance = 6.5 × 1/3 = 2.167 → 2 person-days; " +
        "表A.1 column D (surveillance person-days based on one audit every 6 months) is not used: its values exceed the initial audit time, contradicting 003 5.7.4 (surveillance is 1/3 of the initial time); the clause prevails" +
        " (003 5.4.2.2、5.7.4；CertDesk's own rule)",
    );
    expect(record({ type: "initial", employees: 180, risk: "03", profile: "HG-ZGLY" }, "en")).toContain(
      "recorded; it does not change the time (001 sets the time by headcount and fixes no risk adjustment)",
    );
  });

  test("the record says whether a risk came from A.2 or from the medium default", () => {
    expect(record({ employees: 230, risk: "33.02", type: "再认证", adjustPct: 10 })).toBe(
      "有效人数 230 → 附录B 176–275 人 → 9 人日；" +
        "中风险（业务范围 33 信息技术，风险示例未列出，按中风险默认，本工具约定）0%，调整 +10%，合计 +10% → 9.9；" +
        "调整至最接近的半人日 → 10 人日；再认证 = 10 × 2/3 = 6.667 → 6.5 人日（004 附录B 注4、5.4.2.3、5.8.4）",
    );
  });

  test("the minimum's record names the largest reduction", () => {
    expect(renderRecord(auditDaysMinimum({ employees: 180, type: "surveillance" }).steps)).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；按允许的最大减少 30%：9 × 0.7 = 6.3；调整至最接近的半人日 → 6.5 人日；监督审核 = 6.5 × 1/3 = 2.167 → 2 人日（004 5.4.2.3、5.7.4）",
    );
  });

  test("steps carry the numbers the calculation used", () => {
    const r = auditDays({ type: "initial", employees: 18, profile: "SR-GGBZ" });
    expect(r.steps[1]).toEqual({
      id: "table.linear",
      clause: "003 表A.1",
      values: {
        table: "表A.1",
        column: "B+C",
        band: "11–25",
        employees: 18,
        x0: 10,
        y0: 2,
        x1: 25,
        y1: 3,
        exact: 2 + 8 / 15,
      },
      result: 2.5,
    });
    expect(r.days).toBe(r.steps[1]?.result);
  });

  test("steps that went through JSON render the same; an unknown step id still renders", () => {
    const steps = JSON.parse(
      JSON.stringify(auditDays({ type: "initial", employees: 180, risk: "high" }).steps),
    );
    expect(renderRecord(steps)).toBe(record({ type: "initial", employees: 180, risk: "high" }));
    expect(renderStep({ id: "future.step", clause: "", values: {}, result: 2.5 })).toBe("future.step → 2.5");
    expect(renderRecord([])).toBe("");
  });

  test("with recording switched off the result is the same and carries no steps", () => {
    const on = auditDays({ employees: 12000, risk: "03", type: "recertification", adjustPct: -5 });
    const off = auditDays(
      { employees: 12000, risk: "03", type: "recertification", adjustPct: -5 },
      { record: false },
    );
    expect(off).toEqual({ ...on, steps: [] });
  });
});
