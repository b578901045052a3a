import { colOf, monthly, only, problems, run, team, TEAM_ROWS, type Row } from "./fixtures";

const DAYS = (row = 2): string => `${colOf("monthly", "auditDays")}${row}`;
/** Team rows without dates belong to every activity of their certificate. */
const undated = (certNo: string): Row[] =>
  TEAM_ROWS.map((t) => ({ ...t, certNo, teamStart: null, teamEnd: null }));
const check = (...changes: Row[]) =>
  run([monthly(...changes), team(...undated(String(changes[0]?.certNo ?? TEAM_ROWS[0]?.certNo)))]);

describe("audit-time sufficiency (DOMAIN §9.1 audit time)", () => {
  test("HG-HY, 180 people, high risk: standard 10, minimum 6.5 (9 × 0.7 = 6.3 → 6.5)", () => {
    expect(problems(check({ auditDays: 10 }))).toEqual([]);
    const warning = only(check({ auditDays: 6.5 }), "TIME-BELOW-STANDARD");
    expect(warning).toMatchObject({
      cell: DAYS(),
      severity: "warning",
      clause: "004 5.4.2.3",
      params: { declared: 6.5, standard: 10, minimum: 6.5, profile: "HG-HY" },
    });
    expect(warning.message).toContain("减少审核时间的理由须在记录中说明");
    const error = only(check({ auditDays: 6 }), "TIME-BELOW-MINIMUM");
    expect(error).toMatchObject({
      cell: DAYS(),
      severity: "error",
      params: { declared: 6, standard: 10, minimum: 6.5 },
    });
    // Both calculations are shown, as the calculation records render them.
    expect(error.message).toContain("审核人日数不足");
    expect(error.message).toContain(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → 9.9；调整至最接近的半人日 → 10 人日",
    );
    expect(error.message).toContain("9 × 0.7 = 6.3");
    expect(String(error.params.minimumRecordEn)).toContain("with the largest reduction allowed");
  });

  test("without 风险系数 the risk comes from the first business-scope code (29 → low: 9 × 0.9 → 8)", () => {
    expect(problems(check({ risk: null, scope: "29.07;03", auditDays: 8 }))).toEqual([]);
    expect(
      only(check({ risk: null, scope: "29.07;03", auditDays: 7.5 }), "TIME-BELOW-STANDARD").params,
    ).toMatchObject({ standard: 8, minimum: 6.5 });
  });

  test("surveillance and re-certification derive from the initial time (004 5.7.4, 5.8.4)", () => {
    const surv = {
      activity: "0301",
      certNo: "081226HG00017R001",
      issueDate: "2025-10-20",
      expiryDate: "2028-10-19",
    };
    expect(problems(check({ ...surv, auditDays: 3.5 }))).toEqual([]);
    expect(only(check({ ...surv, auditDays: 2 }), "TIME-BELOW-STANDARD").params).toMatchObject({
      standard: 3.5,
      minimum: 2,
    });
    expect(only(check({ ...surv, auditDays: 1.5 }), "TIME-BELOW-MINIMUM").cell).toBe(DAYS());
  });

  test("TIME-NOT-HALF: person-days in half days", () => {
    expect(only(check({ auditDays: 10.2 }), "TIME-NOT-HALF")).toMatchObject({
      cell: DAYS(),
      severity: "warning",
      params: { declared: 10.2 },
    });
  });

  test("TIME-NOT-HALF also on audits without a standard time of their own (特殊审核, 认证转换)", () => {
    for (const activity of ["特殊审核", "认证转换"]) {
      expect(only(check({ activity, auditDays: 1.2 }), "TIME-NOT-HALF")).toMatchObject({
        cell: DAYS(),
        clause: "004 5.4.2.3",
        params: { declared: 1.2 },
      });
      // No standard to fall short of: one day is not compared with anything.
      expect([activity, problems(check({ activity, auditDays: 1 }))]).toEqual([activity, []]);
    }
  });

  test("the audit-type spellings of DOMAIN §3.4 (S, R) are read as the activity they name", () => {
    const surv = { certNo: "081226HG00017R001", issueDate: "2025-10-20", expiryDate: "2028-10-19" };
    expect(only(check({ ...surv, activity: "S", auditDays: 2 }), "TIME-BELOW-STANDARD").params).toMatchObject(
      {
        standard: 3.5,
        minimum: 2,
      },
    );
    // Re-certification: round½(10 × 2/3 = 6.67) = 6.5 (004 5.8.4).
    const recert = { activity: "R", certNo: "081226HG00017R101" };
    expect(problems(check({ ...recert, auditDays: 6.5 }))).toEqual([]);
    expect(only(check({ ...recert, auditDays: 6 }), "TIME-BELOW-STANDARD").params.standard).toBe(6.5);
  });

  test("SR-GGBZ stage rows are compared with their own share (100 people: stage 1 = 1, stage 2 = 5.5)", () => {
    const sr = { scheme: "SR", certNo: "081226SR00017R001", employees: 100, risk: null };
    expect(
      problems(
        check(
          { ...sr, activity: "0101", auditDays: 1, auditEnd: "2026-10-08" },
          { ...sr, activity: "0102", auditDays: 5.5, auditStart: "2026-10-15", auditEnd: "2026-10-17" },
        ),
      ),
    ).toEqual([]);
    const stage2 = only(check({ ...sr, activity: "0102", auditDays: 3.5 }), "TIME-BELOW-MINIMUM");
    expect(stage2.params).toMatchObject({ standard: 5.5, minimum: 4, profile: "SR-GGBZ" });
    expect(
      only(check({ ...sr, activity: "0101", auditDays: 0.5 }), "TIME-BELOW-STANDARD").params,
    ).toMatchObject({ standard: 1, minimum: 0.5 });
  });

  test("HG stage rows: the two rows of one organisation are summed against the initial time", () => {
    const s1 = { activity: "0101", auditDays: 3, auditStart: "2026-10-01", auditEnd: "2026-10-02" };
    const s2 = { activity: "0102", auditDays: 7 };
    expect(problems(check(s1, s2))).toEqual([]);
    const short = only(check(s1, { ...s2, auditDays: 6 }), "TIME-BELOW-STANDARD");
    expect(short).toMatchObject({ cell: DAYS(3), related: [DAYS(2)], params: { declared: 9, standard: 10 } });
    expect(short.message).toContain("第一阶段 3 + 第二阶段 6，合计申报 9 人日");
  });

  test("TIME-STAGE-UNPAIRED: an HG stage row without its partner is not checked for time", () => {
    const result = check({ activity: "0102", auditDays: 1 });
    expect(only(result, "TIME-STAGE-UNPAIRED")).toMatchObject({
      cell: DAYS(),
      severity: "info",
      params: { activity: "0102 初次认证第二阶段", profile: "HG-HY" },
    });
    expect(result.findings.filter((f) => f.id.startsWith("TIME-BELOW"))).toEqual([]);
  });

  test("TIME-NO-PROFILE: a scheme without a rule profile is not checked for time", () => {
    const result = check({ scheme: "质量管理体系", auditDays: 1 });
    expect(only(result, "TIME-NO-PROFILE")).toMatchObject({
      cell: `${colOf("monthly", "scheme")}2`,
      severity: "info",
      params: { scheme: "质量管理体系" },
    });
    expect(result.findings.filter((f) => f.id.startsWith("TIME-BELOW"))).toEqual([]);
  });

  test("认证项目 by code, name or standard (GB/T 35770 = ISO 37301:2021, 001 2) finds the HG profile", () => {
    for (const scheme of [
      "HG",
      "合规管理体系",
      "GB/T 35770-2022",
      "ISO 37301:2021",
      "GB/T 35770-2022/ISO 37301:2021",
    ])
      expect([scheme, only(check({ scheme, auditDays: 6 }), "TIME-BELOW-MINIMUM").params.profile]).toEqual([
        scheme,
        "HG-HY",
      ]);
  });

  test("the chosen HG profile is used for HG rows (HG-ZGLY records risk but does not adjust: 180 → 9)", () => {
    expect(
      problems(
        run([monthly({ auditDays: 9 }), team(...TEAM_ROWS)], {
          month: "2026-10",
          reportDate: "2026-11-03",
          hgProfile: "HG-ZGLY",
        }),
      ),
    ).toEqual([]);
    expect(only(check({ auditDays: 9 }), "TIME-BELOW-STANDARD").params.standard).toBe(10);
    expect(only(run([monthly()], { hgProfile: "XX-1" }), "OPTION-PROFILE-INVALID")).toMatchObject({
      severity: "error",
      message: expect.stringContaining("规则配置「XX-1」不存在"),
    });
  });

  test("another scheme's profile as the HG choice: HG rows use HG-HY, and a note says so", () => {
    const result = run([monthly({ auditDays: 9 }), team(...TEAM_ROWS)], {
      month: "2026-10",
      reportDate: "2026-11-03",
      hgProfile: "SR-GGBZ",
    });
    expect(only(result, "OPTION-PROFILE-OTHER-SCHEME")).toMatchObject({
      severity: "info",
      clause: "本工具约定",
      message:
        "规则配置 SR-GGBZ 用于社会责任管理体系，这类行本来就按它校验；合规（HG）行按 HG-HY 校验（依据 本工具约定）",
    });
    // Checked against HG-HY (high risk 180 → 10), not HG-ZGLY or SR-GGBZ.
    expect(only(result, "TIME-BELOW-STANDARD").params).toMatchObject({ standard: 10, profile: "HG-HY" });
  });

  test("CHECK-NOT-RUN: a calculation that cannot be made is said once, with core/audit-time's reason", () => {
    const result = check(
      { risk: null, scope: "99", auditDays: 1 },
      { risk: null, scope: "99", auditDays: 1, activity: "02", certNo: "081226HG00017R101" },
    );
    const f = only(result, "CHECK-NOT-RUN");
    expect(f).toMatchObject({ severity: "warning", cell: DAYS(), clause: "004 表A.1" });
    expect(f.message).toContain("大类 99");
  });

  test("no risk and no scope: the blank cell is the finding, the time check stays silent", () => {
    const result = check({ risk: null, scope: null, auditDays: 1 });
    expect(only(result, "CELL-REQUIRED").cell).toBe(`${colOf("monthly", "scope")}2`);
    expect(result.findings.filter((f) => f.id === "CHECK-NOT-RUN" || f.id.startsWith("TIME-"))).toEqual([]);
  });
});
