import fc from "fast-check";
import { fromYmd, toIso } from "../../../core/dates/civil";
import { colOf, monthly, only, problems, run, team, TEAM_ROWS, type Row } from "./fixtures";

const [LEADER, MEMBER] = TEAM_ROWS as [Row, Row];
const CERT = `${colOf("monthly", "certNo")}2`;
const withTeam = (...rows: Row[]) => run([monthly(), team(...rows)]);

describe("audit team checks (DOMAIN §9.1 team, 004 5.4.4)", () => {
  test("TEAM-SHEET-ABSENT: without a team sheet the teams are not checked, and that is said", () => {
    expect(only(run([monthly()]), "TEAM-SHEET-ABSENT")).toMatchObject({
      severity: "info",
      sheet: "获证组织基本信息月报",
      cell: "",
    });
    expect(
      run([monthly({ activity: "04", auditStart: null, auditEnd: null, auditDays: null })]).findings.filter(
        (f) => f.id === "TEAM-SHEET-ABSENT",
      ),
    ).toEqual([]);
  });

  test("TEAM-NONE: an audit without team rows; TEAM-ORPHAN: team rows without an audit", () => {
    const other = { ...LEADER, certNo: "081226HG00018R001" };
    const result = withTeam(other);
    expect(only(result, "TEAM-NONE")).toMatchObject({
      cell: CERT,
      severity: "error",
      clause: "000 4.3.3.1(3)",
      params: { certNo: "081226HG00017R001", activity: "01 初次认证" },
    });
    expect(only(result, "TEAM-ORPHAN")).toMatchObject({
      sheet: "审核组成员",
      cell: "A2",
      severity: "warning",
    });
  });

  test("TEAM-NO-LEADER (004 5.4.4.1(1))", () => {
    expect(only(withTeam({ ...LEADER, role: "组员" }, MEMBER), "TEAM-NO-LEADER")).toMatchObject({
      cell: CERT,
      clause: "004 5.4.4.1(1)",
      related: ["'审核组成员'!A2", "'审核组成员'!A3"],
    });
  });

  test("TEAM-NO-FULLTIME: a full-time auditor, not a full-time expert (004 5.4.4.1(3))", () => {
    expect(only(withTeam({ ...LEADER, fullTime: "否" }, MEMBER), "TEAM-NO-FULLTIME")).toMatchObject({
      cell: CERT,
      clause: "004 5.4.4.1(3)",
    });
    const expert = {
      ...MEMBER,
      qualification: "技术专家",
      role: "技术专家",
      fullTime: "是",
      idNo: "110105198001010016",
    };
    expect(only(withTeam({ ...LEADER, fullTime: "否" }, expert), "TEAM-NO-FULLTIME").cell).toBe(CERT);
  });

  test("TEAM-NO-COMPETENCE: someone whose 专业代码 shares the scope's major category (004 5.4.4.1(2))", () => {
    const f = only(withTeam({ ...LEADER, expertise: "29.07" }, MEMBER), "TEAM-NO-COMPETENCE");
    expect(f).toMatchObject({
      cell: `${colOf("monthly", "scope")}2`,
      clause: "004 5.4.4.1(2)",
      params: { majors: "03" },
    });
    const expert = {
      certNo: String(LEADER.certNo),
      name: "专家甲",
      idNo: "110105198001010016",
      qualification: "技术专家",
      role: "技术专家",
      fullTime: "否",
      expertise: "03.01.02",
    };
    expect(problems(withTeam({ ...LEADER, expertise: "29.07" }, MEMBER, expert))).toEqual([]);
    const trainee = { ...expert, qualification: "实习审核员", role: "实习审核员" };
    expect(
      only(withTeam({ ...LEADER, expertise: "29.07" }, MEMBER, trainee), "TEAM-NO-COMPETENCE").cell,
    ).toBe(`${colOf("monthly", "scope")}2`);
  });

  test("TEAM-TOO-MANY-TRAINEES: no more trainees than qualified auditors (004 5.4.4.3)", () => {
    const trainee = (n: number): Row => ({
      certNo: String(LEADER.certNo),
      name: `实习${n}`,
      idNo: "110105198001010016",
      qualification: "实习审核员",
      role: "实习审核员",
      fullTime: "否",
    });
    expect(problems(withTeam(LEADER, MEMBER, trainee(1), trainee(2)))).toEqual([]);
    expect(
      only(withTeam(LEADER, MEMBER, trainee(1), trainee(2), trainee(3)), "TEAM-TOO-MANY-TRAINEES"),
    ).toMatchObject({ cell: CERT, clause: "004 5.4.4.3", params: { trainees: 3, auditors: 2 } });
  });

  test("TEAM-OVERLAP: one ID number on two audits whose dates overlap, masked in the message", () => {
    const second = {
      orgName: "另一公司",
      uscc: "12440300455761025K",
      certNo: "081226HG00018R001",
      auditStart: "2026-10-10",
      auditEnd: "2026-10-12",
      issueDate: "2026-10-20",
    };
    const teams = [
      LEADER,
      MEMBER,
      { ...LEADER, certNo: second.certNo, teamStart: "2026-10-10", teamEnd: "2026-10-12" },
    ];
    const result = run([monthly({}, second), team(...teams)]);
    const f = only(result, "TEAM-OVERLAP");
    expect(f).toMatchObject({
      sheet: "审核组成员",
      cell: `${colOf("team", "idNo")}4`,
      related: [`${colOf("team", "idNo")}2`],
      params: { id: "320102********1232", from: "2026-10-10", to: "2026-10-10" },
    });
    expect(f.message).not.toContain("320102198803151232");
    const apart = [
      LEADER,
      MEMBER,
      { ...LEADER, certNo: second.certNo, teamStart: "2026-10-11", teamEnd: "2026-10-12" },
    ];
    expect(
      run([monthly({}, { ...second, auditStart: "2026-10-11" }), team(...apart)]).findings.filter(
        (f) => f.id === "TEAM-OVERLAP",
      ),
    ).toEqual([]);
  });

  test("several activities of one certificate: team rows go to the activity their dates overlap", () => {
    const s1 = { activity: "0101", auditDays: 3, auditStart: "2026-09-20", auditEnd: "2026-09-21" };
    const s2 = { activity: "0102", auditDays: 7 };
    const result = run([monthly(s1, s2), team(LEADER, MEMBER)], { reportDate: "2026-11-03" });
    expect(only(result, "TEAM-NONE")).toMatchObject({
      cell: CERT,
      params: { activity: "0101 初次认证第一阶段" },
    });
  });

  test("a team sheet alone is still checked per certificate", () => {
    expect(only(run([team({ ...LEADER, role: "组员" }, MEMBER)]), "TEAM-NO-LEADER")).toMatchObject({
      sheet: "审核组成员",
      cell: "A2",
    });
  });

  test("TEAM-OVERLAP: a second stint of one certificate overlapping another audit is reported too", () => {
    // Row 2: 17 on 1–10 Oct; row 3: 18 on 2–12 Oct; row 4: 18 again on 5–6 Oct, inside 17's audit.
    const stint = (certNo: string, teamStart: string, teamEnd: string): Row => ({
      ...LEADER,
      certNo,
      teamStart,
      teamEnd,
    });
    const result = run([
      team(
        stint("081226HG00017R001", "2026-10-01", "2026-10-10"),
        stint("081226HG00018R001", "2026-10-02", "2026-10-12"),
        stint("081226HG00018R001", "2026-10-05", "2026-10-06"),
      ),
    ]);
    const overlaps = result.findings.filter((f) => f.id === "TEAM-OVERLAP");
    expect(overlaps.map((f) => [f.cell, f.related, f.params.from, f.params.to])).toEqual([
      ["C3", ["C2"], "2026-10-02", "2026-10-10"],
      ["C4", ["C2"], "2026-10-05", "2026-10-06"],
    ]);
    expect(overlaps[1]?.message).toContain("同一人员不能同时参加两次审核");
  });

  test("TEAM-OVERLAP property: exactly the stints overlapping an earlier stint of another certificate", () => {
    const base = fromYmd(2026, 10, 1);
    const stintArb = fc.record({
      cert: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(stintArb, { minLength: 2, maxLength: 12 }), (stints) => {
        const rows = stints.map((s) => ({
          ...LEADER,
          certNo: `081226HG0001${s.cert}R001`,
          teamStart: toIso(base + s.start),
          teamEnd: toIso(base + s.start + s.length),
        }));
        const flagged = run([team(...rows)])
          .findings.filter((f) => f.id === "TEAM-OVERLAP")
          .map((f) => f.row - 2)
          .sort((a, b) => a - b);
        // Brute force over the validator's order: by start, then end, then row.
        const order = stints
          .map((s, k) => ({ ...s, end: s.start + s.length, k }))
          .sort((a, b) => a.start - b.start || a.end - b.end || a.k - b.k);
        const expected = order
          .filter((s, pos) =>
            order.slice(0, pos).some((t) => t.cert !== s.cert && t.end >= s.start && s.end >= t.start),
          )
          .map((s) => s.k)
          .sort((a, b) => a - b);
        expect(flagged).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
