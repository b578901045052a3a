import { computeAudit, type AuditForm } from "../../../addin/taskpane/audit-time/calculate";
import { renderRecord } from "../../../core/audit-time";

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
      message: "有效人数「0」须大于 0（依据 DOMAIN §3.1）",
      prompt: false,
    });
  });

  test("a blank headcount is a prompt, not an error", () => {
    expect(computeAudit(form({ employees: "" }))).toEqual({
      ok: false,
      message: "有效人数为空，需要填写（依据 DOMAIN §3.1）",
      prompt: true,
    });
  });

  test("factors add up with their signs, exactly, and are steps of the core's record with their clause", () => {
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
    expect(outcome.steps.filter((s) => s.id === "adjust.factor")).toEqual([
      {
        id: "adjust.factor",
        clause: "001 附录B 注4 1)a",
        values: { factor: "多场所审核", direction: "increase", pct: 10.1 },
        result: 10.1,
      },
      {
        id: "adjust.factor",
        clause: "001 附录B 注4 2)a",
        values: { factor: "体系成熟", direction: "reduce", pct: -0.1 },
        result: -0.1,
      },
      {
        id: "adjust.factor",
        clause: "001 附录B 注4 2)b",
        values: { factor: "业务过程低风险", direction: "reduce", pct: -20 },
        result: -20,
      },
    ]);
    // The text is the core's rendering of those steps, nothing appended.
    expect(outcome.record).toBe(renderRecord(outcome.steps));
    expect(outcome.record).toContain(
      "增加因素「多场所审核」+10.1%；减少因素「体系成熟」−0.1%；减少因素「业务过程低风险」−20%；高风险 +10%，调整 −10%，合计 0% → 9",
    );
    expect(outcome.formula).toBe('=CERT.AUDITDAYS(180,"高","初次",-10)');
  });

  test.each([
    ["10", 9],
    ["-10", 9],
    ["10%", 9],
    ["－１０％", 9],
    [" 10 % ", 9],
  ])("a reduction field reads %j as a 10 %% reduction", (pct, days) => {
    // 9 × (1 + 10% − 10%) = 9
    const outcome = computeAudit(form({ factors: { "red-a": { checked: true, pct } } }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect([outcome.adjustPct, outcome.result.days]).toEqual([-10, days]);
  });

  test.each([
    ["", "调整因素「体系成熟」的减少百分比为空，请填写，如 10 或 10%（依据 001 附录B 注4 2)a）"],
    [
      "十",
      "调整因素「体系成熟」的减少百分比「十」不是数字，应填写如 10、-10 或 10%（依据 001 附录B 注4 2)a）",
    ],
    [
      "10 天",
      "调整因素「体系成熟」的减少百分比「10 天」不是数字，应填写如 10、-10 或 10%（依据 001 附录B 注4 2)a）",
    ],
    [
      "0",
      "调整因素「体系成熟」的减少百分比为「0」，不改变审核时间；不适用时请取消勾选（依据 001 附录B 注4 2)a）",
    ],
  ])("a reduction field with %j says what to type", (pct, message) => {
    expect(computeAudit(form({ factors: { "red-a": { checked: true, pct } } }))).toEqual({
      ok: false,
      message,
      prompt: false,
    });
  });

  test("an increase factor refuses a negative percentage, naming the factor", () => {
    const negative = computeAudit(form({ factors: { "inc-a": { checked: true, pct: "-5" } } }));
    expect(negative.ok ? "" : negative.message).toBe(
      "增加审核时间的因素「多场所审核」填写了「-5」：增加的百分比应为正数，如 10；减少审核时间请勾选减少因素（依据 001 附录B 注4 1)a）",
    );
  });

  test("more than 30 % reduction in total is the core's message citing 004 5.4.2.3, without a double negative", () => {
    const outcome = computeAudit(form({ risk: "低", factors: { "red-a": { checked: true, pct: "25" } } }));
    expect(outcome.ok ? "" : outcome.message).toBe(
      "审核时间合计减少 35%（风险 -10%，调整 -25%），超过允许的最大减少 30%（依据 004 5.4.2.3）",
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
