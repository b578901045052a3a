import { auditDays, auditDaysMinimum } from "../../../../core/audit-time";
import { columnLetters } from "../../../../core/validation";
import { byId, CERT, cncaGrid, colOf, run, TEAM, type Row } from "./fixtures";

const L = "cnca-2016";
const cell = (sheet: string, code: string, row = 8) => `${columnLetters(colOf(L, sheet, code))}${row}`;
const certs = (rows: Row[], layout = L) => cncaGrid(layout, "certificates", rows);
const team = (rows: Row[] = TEAM, layout = L) => cncaGrid(layout, "team", rows);
const ids = (rows: Row[], teamRows: Row[] = TEAM, options = {}) =>
  run([certs(rows), team(teamRows)], options);

describe("audit time on CNCA fields: 19 headcount, 58 risk, 30 activity, 35 declared (004 5.4.2.3)", () => {
  // HG-HY, 180 people, high risk: standard 10, minimum 6.5 (DOMAIN §3.7, §9.1).
  const input = { employees: 180, risk: "高", type: "initial" as const, profile: "HG-HY" };

  test("the clean row declares the standard time: no finding", () => {
    expect(auditDays(input).days).toBe(10);
    expect(byId(ids([CERT]), "TIME-BELOW-STANDARD")).toEqual([]);
  });

  test("below the minimum is an error with both calculations; between minimum and standard a warning", () => {
    expect(auditDaysMinimum(input).days).toBe(6.5);
    const low = byId(ids([{ ...CERT, CHK_PD_NUM: "6" }]), "TIME-BELOW-MINIMUM");
    expect(low.map((f) => [f.cell, f.severity, f.params.standard, f.params.minimum])).toEqual([
      [cell("certificates", "CHK_PD_NUM"), "error", 10, 6.5],
    ]);
    expect(String(low[0]?.params.standardRecord)).toContain("180");
    const short = byId(ids([{ ...CERT, CHK_PD_NUM: "8" }]), "TIME-BELOW-STANDARD");
    expect(short.map((f) => [f.cell, f.severity])).toEqual([[cell("certificates", "CHK_PD_NUM"), "warning"]]);
  });

  test("58 风险系数 03 is 低: a lower standard the same declared time meets", () => {
    const low = auditDays({ ...input, risk: "低" }).days;
    expect(low).toBeLessThan(10);
    expect(
      byId(ids([{ ...CERT, RISK_PARAM: "03", CHK_PD_NUM: String(low) }]), "TIME-BELOW-STANDARD"),
    ).toEqual([]);
    expect(
      byId(ids([{ ...CERT, RISK_PARAM: "03", CHK_PD_NUM: String(low - 0.5) }]), "TIME-BELOW-STANDARD"),
    ).toHaveLength(1);
  });

  test("a scheme with no profile of ours (QMS A010103) says once that audit time was not checked", () => {
    const qms = {
      ...CERT,
      AUTH_PROJ_CODE: "A010103",
      AUTH_PROJ_CODEDEC: null,
      CERT_NUMBER: "081226QM00017R000",
    };
    const result = ids([qms, { ...qms, CERT_NUMBER: "081226QM00018R000" }], []);
    expect(byId(result, "TIME-NO-PROFILE").map((f) => f.params.scheme)).toEqual(["A010103"]);
    expect(byId(result, "TIME-BELOW-MINIMUM")).toEqual([]);
  });

  test("HG without 认证依据 is read from the certificate number's scheme part", () => {
    const result = ids([{ ...CERT, AUTH_PROJ_CODEDEC: null, CHK_PD_NUM: "6" }]);
    expect(byId(result, "TIME-BELOW-MINIMUM").map((f) => f.params.profile)).toEqual(["HG-HY"]);
  });
});

describe("71 基础人日数, 31 再认证次数, 32 监督次数", () => {
  test("a base different from the profile's table value is a warning showing both", () => {
    const f = byId(ids([{ ...CERT, BASE_PD_NUM: "8" }]), "CNCA-BASE-DAYS");
    expect(f.map((x) => [x.cell, x.severity, x.params.declared, x.params.table])).toEqual([
      [cell("certificates", "BASE_PD_NUM"), "warning", 8, 9],
    ]);
  });

  test("31 must be the certificate number's cycle; 31 / 32 must fit the activity", () => {
    const recert = ids([{ ...CERT, APPR_AC_CODE: "02", A_AUTH_TIMES: "1" }]);
    expect(byId(recert, "CNCA-RECERT-CYCLE").map((f) => [f.cell, f.params.cycle])).toEqual([
      [cell("certificates", "A_AUTH_TIMES"), 0],
    ]);
    expect(byId(recert, "CERT-CYCLE")).toHaveLength(1);
    const surveillance = ids([{ ...CERT, APPR_AC_CODE: "03", SUSE_TIMES: "0" }]);
    expect(byId(surveillance, "CNCA-ACTIVITY-COUNTS").map((f) => f.params.expected)).toEqual([
      "监督次数不小于 1",
    ]);
  });
});

describe("lifecycle and status dates (39–46)", () => {
  test("expiry later than §6 allows, decision after issue, valid but expired", () => {
    expect(byId(ids([{ ...CERT, CERTI_E_DATE: "2029-10-20" }]), "CERT-EXPIRY-TOO-LATE")).toHaveLength(1);
    const late = byId(ids([{ ...CERT, APP_ASS_DATE: "2026-10-21" }]), "CNCA-DATE-SEQUENCE");
    expect(late.map((f) => [f.cell, f.params.earlier])).toEqual([
      [cell("certificates", "AWARD_DATE"), "38、认证决定日期"],
    ]);
    const old = {
      ...CERT,
      APPR_AC_CODE: "03",
      SUSE_TIMES: "1",
      CERTI_E_DATE: "2026-10-19",
      AWARD_DATE: "2023-10-20",
    };
    expect(byId(ids([old]), "CERT-EXPIRED-VALID")).toHaveLength(1);
    expect(byId(ids([{ ...CERT, CERTI_STATUS: "05" }]), "CNCA-EXPIRED-EARLY")).toHaveLength(1);
  });

  test("a suspension ending before it starts", () => {
    const row = {
      ...CERT,
      CERTI_STATUS: "02",
      PAUSE_CAUSE: "0111",
      PAUSE_S_DATE: "2026-10-25",
      PAUSE_E_DATE: "2026-10-24",
    };
    expect(byId(ids([row]), "AUDIT-DATES-ORDER").map((f) => f.cell)).toEqual([
      cell("certificates", "PAUSE_E_DATE"),
    ]);
  });
});

describe("the team from 审核结果信息表 (004 5.4.4)", () => {
  const [lead1, lead2, member] = TEAM as [Row, Row, Row];

  test("no 组长 (01), no 专职 (1), no 专业审核员 (1)", () => {
    const noLeader = [lead1, { ...lead2, APPR_M_ROLE: "02" }, member].map((r) => ({
      ...r,
      APPR_M_ROLE: "02",
    }));
    expect(byId(ids([CERT], noLeader), "TEAM-NO-LEADER").map((f) => f.cell)).toEqual([
      cell("certificates", "CERT_NUMBER"),
    ]);
    const partTime = TEAM.map((r) => ({ ...r, IS_SPECIAL: "0" }));
    expect(byId(ids([CERT], partTime), "TEAM-NO-FULLTIME")).toHaveLength(1);
    const noPro = TEAM.map((r) => ({ ...r, IS_PROF_M: "0" }));
    expect(byId(ids([CERT], noPro), "TEAM-NO-PROFESSIONAL").map((f) => f.severity)).toEqual(["error"]);
    expect(byId(ids([CERT]), "TEAM-NO-PROFESSIONAL")).toEqual([]);
  });

  test("资格 03 实习审核员 outnumbering 01/02 auditors", () => {
    const trainees = [
      lead1,
      lead2,
      { ...member, QUA_CODE: "03" },
      { ...member, FULL_NAME: "孙八", ID_CODE: "110101199003071236", QUA_CODE: "03" },
    ];
    const f = byId(ids([CERT], trainees), "TEAM-TOO-MANY-TRAINEES");
    expect(f.map((x) => [x.params.trainees, x.params.auditors])).toEqual([[2, 1]]);
  });

  test("stage 0102 without anyone of stage 0101; an initial audit without its stage 2", () => {
    const swapped = [lead1, { ...member, APPR_M_ROLE: "01", IS_SPECIAL: "1", IS_PROF_M: "1" }];
    const f = byId(ids([CERT], swapped), "CNCA-STAGE-TEAM");
    expect(f.map((x) => [x.cell, x.params.stage1])).toEqual([
      [cell("team", "ID_CODE", 9), "320102********1232"],
    ]);
    expect(byId(ids([CERT], [lead1]), "CNCA-STAGE-MISSING").map((x) => x.params.stages)).toEqual(["0102"]);
  });

  test("the same ID number on two audits whose dates overlap, masked in the message", () => {
    const other = { ...CERT, CERT_NUMBER: "081226HG00018R000", ORG_NAME: "另一家公司" };
    const clash = { ...lead2, CERT_NUMBER: "081226HG00018R000" };
    const result = ids(
      [CERT, other],
      [
        ...TEAM,
        clash,
        {
          ...lead1,
          CERT_NUMBER: "081226HG00018R000",
          APPR_S_DATE: "2026-10-01 09:00:00",
          APPR_E_DATE: "2026-10-01 17:00:00",
        },
      ],
    );
    const f = byId(result, "TEAM-OVERLAP");
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.message).toContain("320102********1232");
    expect(f[0]?.message).not.toContain("320102198803151232");
  });

  test("证书信息表 without 审核结果信息表: the audits have no team", () => {
    expect(byId(run([certs([CERT])]), "TEAM-SHEET-ABSENT")).toHaveLength(1);
  });
});

describe("a check whose field a layout lacks says once that it did not run", () => {
  test("the 2015 layout has no 71 基础人日数", () => {
    const result = run([
      { ...certs([CERT, { ...CERT, CERT_NUMBER: "081226HG00018R000" }], "cnca-2015"), name: "Sheet1" },
      { ...team(TEAM, "cnca-2015"), name: "Sheet2" },
    ]);
    const notRun = byId(result, "CHECK-NOT-RUN").filter((f) => String(f.params.check) === "基础人日数");
    expect(notRun.map((f) => [f.sheet, f.severity])).toEqual([["Sheet1", "warning"]]);
    expect(notRun[0]?.message).toContain("没有「基础人日数」字段");
    expect(byId(result, "CNCA-BASE-DAYS")).toEqual([]);
  });
});

describe("report month", () => {
  test("a row none of whose events falls in the month", () => {
    expect(byId(ids([CERT], TEAM, { month: "2026-11" }), "PERIOD-OUTSIDE-MONTH")).toHaveLength(1);
    expect(byId(ids([CERT], TEAM, { month: "2026-10" }), "PERIOD-OUTSIDE-MONTH")).toEqual([]);
    const change = {
      ...CERT,
      APPR_AC_CODE: "05",
      CHG_TYP_CODE: "0102",
      CHG_DATE: "2026-11-03",
      REPORT_TYPE: "04",
    };
    expect(byId(ids([change], [], { month: "2026-11" }), "PERIOD-OUTSIDE-MONTH")).toEqual([]);
  });
});
