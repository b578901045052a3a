import { colOf, grid, monthly, only, problems, REGISTER_ROW, run, team, TEAM_ROWS } from "./fixtures";
import type { Row } from "./fixtures";

const M = (key: string): string => `${colOf("monthly", key)}2`;
const withTeam = (change: Row) =>
  run([
    monthly(change),
    team(...TEAM_ROWS.map((t) => ({ ...t, certNo: change.certNo ?? t.certNo ?? null }))),
  ]);

describe("certificate checks (DOMAIN §5, §6, §9.1 certificate)", () => {
  test("CERT-PARSE: a number that does not parse names the wrong part", () => {
    const f = only(run([monthly({ certNo: "0812-26-HG-17" })]), "CERT-PARSE");
    expect(f).toMatchObject({ cell: M("certNo"), severity: "error" });
    expect(f.clause).toMatch(/001 C\.1|DOMAIN §5/);
  });

  test("CERT-PARSE: the number's scheme must be the row's (认证项目 SR → SR-GGBZ)", () => {
    expect(only(withTeam({ scheme: "社会责任管理体系" }), "CERT-PARSE")).toMatchObject({
      cell: M("certNo"),
      clause: "001 C.1",
    });
  });

  test("CERT-CYCLE: 初次认证 needs R0, 再认证 R1 or later (001 C.4)", () => {
    expect(only(withTeam({ certNo: "081226HG00017R101" }), "CERT-CYCLE")).toMatchObject({
      cell: M("certNo"),
      clause: "001 C.4",
      params: { cycle: 1, expected: "R0" },
      related: [M("activity")],
    });
    expect(only(withTeam({ activity: "02", auditDays: 6.5 }), "CERT-CYCLE").params).toMatchObject({
      cycle: 0,
      expected: "R1 或以上",
    });
    expect(problems(withTeam({ activity: "02", auditDays: 6.5, certNo: "081226HG00017R101" }))).toEqual([]);
    expect(
      problems(
        withTeam({
          activity: "0301",
          auditDays: 3.5,
          certNo: "081226HG00017R201",
          issueDate: "2025-10-20",
          expiryDate: "2028-10-19",
          auditEnd: "2026-10-10",
        }),
      ),
    ).toEqual([]);
  });

  test("CERT-EXPIRY-ORDER and CERT-EXPIRY-TOO-LATE: issue + 3 years − 1 day is the latest expiry (004 6.2.1)", () => {
    expect(only(withTeam({ expiryDate: "2026-10-20" }), "CERT-EXPIRY-ORDER")).toMatchObject({
      cell: M("expiryDate"),
      severity: "error",
      related: [M("issueDate")],
    });
    expect(only(withTeam({ expiryDate: "2029-10-20" }), "CERT-EXPIRY-TOO-LATE")).toMatchObject({
      cell: M("expiryDate"),
      clause: "004 6.2.1",
      params: { latest: "2029-10-19", issue: "2026-10-20", years: 3 },
    });
    expect(only(withTeam({ expiryDate: "2029-10-20" }), "CERT-EXPIRY-TOO-LATE").message).toContain(
      "有效期最长 3 年，截止日期应不晚于 2029-10-19",
    );
    expect(problems(withTeam({ expiryDate: "2029-10-19" }))).toEqual([]);
  });

  test("CERT-AUDIT-AFTER-ISSUE: an initial or re-certification audit ends on or before the issue date", () => {
    expect(only(withTeam({ auditEnd: "2026-10-21" }), "CERT-AUDIT-AFTER-ISSUE")).toMatchObject({
      cell: M("auditEnd"),
      clause: "004 6.2.2",
      params: { auditEnd: "2026-10-21", issue: "2026-10-20" },
    });
    expect(problems(withTeam({ auditEnd: "2026-10-20" }))).toEqual([]);
  });

  test("CERT-EXPIRED-VALID: 有效 at the report date though expired", () => {
    const register = [grid("register", [REGISTER_ROW])];
    expect(only(run(register, { reportDate: "2028-03-01" }), "CERT-EXPIRED-VALID")).toMatchObject({
      cell: "H2",
      severity: "error",
      clause: "004 6.2.3",
      params: { expiry: "2028-02-29", reportDate: "2028-03-01" },
    });
    expect(problems(run(register, { reportDate: "2028-02-29" }))).toEqual([]);
    expect(
      problems(
        run([grid("register", [{ ...REGISTER_ROW, certStatus: "注销" }])], { reportDate: "2028-03-01" }),
      ),
    ).toEqual([]);
  });

  test("CERT-SUB-MISMATCH: 子证情况 against the number's -n", () => {
    expect(only(withTeam({ subCert: "子证书" }), "CERT-SUB-MISMATCH")).toMatchObject({
      cell: M("subCert"),
      severity: "warning",
      clause: "001 C.2",
    });
  });

  test("AUDIT-DATES-ORDER: end before start", () => {
    expect(only(withTeam({ auditStart: "2026-10-11" }), "AUDIT-DATES-ORDER")).toMatchObject({
      cell: M("auditEnd"),
      params: { endColumn: "审核结束日期", start: "2026-10-11" },
      related: [M("auditStart")],
    });
  });
});
