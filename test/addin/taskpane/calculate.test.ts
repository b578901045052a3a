import { computeAudit, type AuditForm } from "../../../addin/taskpane/audit-time/calculate";

const form = (change: Partial<AuditForm> = {}): AuditForm => ({
  employees: "180",
  risk: "高",
  type: "初次",
  profile: "HG-HY",
  factors: {},
  ...change,
});

describe("the audit-time pane's calculation", () => {
  test("DOMAIN §3.7: 180 people, high risk, initial → 10 person-days, on-site at least 8, with its record and formula", () => {
    const outcome = computeAudit(form());
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.days).toBe(10);
    expect(outcome.onsiteDays).toBe(8);
    expect(outcome.record).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → 9.9；调整至最接近的半人日 → 10 人日；现场审核时间不少于 10 × 80% = 8 → 8 人日（004 附录B 注4、5.4.2.3）",
    );
    expect(outcome.formula).toBe('=CERT.AUDITDAYS(180,"高","初次")');
  });

  test("0 people is the core's Chinese message, not an exception", () => {
    expect(computeAudit(form({ employees: "0" }))).toEqual({
      ok: false,
      message: "有效人数「0」须大于 0（依据 本工具约定）",
      prompt: false,
    });
  });

  test("a blank headcount is a prompt, not an error", () => {
    expect(computeAudit(form({ employees: "" }))).toEqual({
      ok: false,
      message: "有效人数为空，需要填写（依据 本工具约定）",
      prompt: true,
    });
  });

  test("factors add up with their signs, exactly, and are recorded with their clause", () => {
    const outcome = computeAudit(
      form({
        factors: {
          "inc-a": { checked: true, pct: "10.1" },
          "red-a": { checked: true, pct: "0.1" },
          "red-b": { checked: true, pct: "20" },
          "red-c": { checked: false, pct: "50" }, // unchecked: ignored
        },
      }),
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.adjustPct).toBe(-10); // 10.1 − 0.1 − 20, not −10.000000000000002
    // 9 × (1 + 10% − 10%) = 9
    expect(outcome.result.days).toBe(9);
    expect(outcome.record).toContain(
      "。调整依据（001 附录B 注4）：多场所审核 +10.1%；体系成熟 −0.1%；业务过程低风险 −20%",
    );
    expect(outcome.formula).toBe('=CERT.AUDITDAYS(180,"高","初次",-10)');
  });

  test("a checked factor without a percentage names the factor", () => {
    const outcome = computeAudit(form({ factors: { "red-a": { checked: true, pct: "" } } }));
    expect(outcome).toEqual({
      ok: false,
      message: "「体系成熟」：调整百分比为空，需要填写（依据 001 附录B 注4）",
      prompt: false,
    });
    const negative = computeAudit(form({ factors: { "inc-a": { checked: true, pct: "-5" } } }));
    expect(negative.ok ? "" : negative.message).toBe(
      "「多场所审核」：调整百分比「-5」须大于 0（依据 001 附录B 注4）",
    );
  });

  test("more than 30 % reduction in total is the core's message citing 004 5.4.2.3", () => {
    const outcome = computeAudit(form({ risk: "低", factors: { "red-a": { checked: true, pct: "25" } } }));
    expect(outcome.ok ? "" : outcome.message).toBe(
      "审核时间合计减少 -35%（风险 -10%，调整 -25%），超过允许的最大减少 30%（依据 004 5.4.2.3）",
    );
  });

  test("SR-GGBZ: the stage split, and the profile in the formula", () => {
    const outcome = computeAudit(form({ employees: "100", risk: "", profile: "SR-GGBZ" }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect([outcome.result.days, outcome.result.stage1, outcome.result.stage2]).toEqual([6.5, 1, 5.5]);
    expect(outcome.formula).toBe('=CERT.AUDITDAYS(100,"","初次",0,"SR-GGBZ")');
  });

  test("a scope code stands for its risk; full-width input is accepted", () => {
    const outcome = computeAudit(form({ employees: "１００", risk: " 03.01.02 ", type: "监督" }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.days).toBe(2.5);
    expect(outcome.formula).toBe('=CERT.AUDITDAYS(100,"03.01.02","监督")');
  });

  test("stage 1 under a profile without a split is the core's message", () => {
    const outcome = computeAudit(form({ type: "一阶段" }));
    expect(outcome.ok ? "" : outcome.message).toContain("规则 HG-HY 未规定第一阶段/第二阶段的审核时间划分");
  });
});
