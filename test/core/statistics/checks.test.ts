/**
 * Every self-inspection check (seed 002, DOMAIN §9.1) on the smallest register that trips it, and
 * the boundary that does not; a check without its data says it did not run and why.
 */
import { cnca2016Grid, cncaTeamGrid, idsOf, registerGrid, registerRow, statsOf } from "./grids";
import type { StatsOptions } from "../../../core/statistics";
import type { SheetGrid } from "../../../core/validation/sheet";

const run = (grids: Parameters<typeof statsOf>[0], options: Partial<StatsOptions> = {}) =>
  statsOf(grids, { year: 2025, ...options }).result;

const one = (rows: ReturnType<typeof registerRow>[], options: Partial<StatsOptions> = {}) =>
  run([{ file: "台账.xlsx", grids: [registerGrid("台账", rows)] }], options);

/** One CNCA upload file holding one sheet. */
const upload = (grid: SheetGrid, options: Partial<StatsOptions> = {}) =>
  run([{ file: "上报.xlsx", grids: [grid] }], options);

describe("register checks", () => {
  test("a withdrawn number reported again as 有效 later is reused (001 C.5)", () => {
    const result = run([
      {
        file: "6月.xlsx",
        grids: [
          registerGrid("台账", [
            registerRow(
              "081224HG00031R000",
              "03",
              "110105",
              "2024-01-01",
              "2026-12-31",
              "撤销",
              "2025-06-01",
            ),
          ]),
        ],
      },
      {
        file: "9月.xlsx",
        grids: [
          registerGrid("台账", [
            registerRow("081224HG00031R000", "03", "110105", "2025-09-01", "2028-08-31", "有效"),
          ]),
        ],
      },
    ]);
    const reused = result.findings.find((f) => f.id === "STATS-REUSED");
    expect(reused?.message).toContain(
      "证书号「081224HG00031R000」已于 2025-06-01 撤销（6月.xlsx:台账!2），其后又作为有效证书出现",
    );
    expect(reused?.file).toBe("9月.xlsx");
  });

  test("a sub-certificate without its main one, and one outliving its main one", () => {
    const result = one([
      registerRow("081225HG00041R000-1", "03", "110105", "2025-01-01", "2027-12-31", "有效", null, "子证书"),
      registerRow("081225HG00042R000", "03", "110105", "2025-01-01", "2027-12-31", "有效"),
      registerRow("081225HG00042R000-1", "03", "110105", "2025-01-01", "2028-01-31", "有效", null, "子证书"),
      registerRow("081225HG00042R000-2", "03", "110105", "2025-01-01", "2027-12-31", "有效", null, "子证书"),
    ]);
    expect(idsOf(result).filter((id) => id.startsWith("STATS-SUB"))).toEqual([
      "STATS-SUB-NO-MAIN@A2",
      "STATS-SUB-OUTLIVES-MAIN@G4",
    ]);
  });

  test("a sub-certificate still 有效 after its main one was withdrawn outlives it", () => {
    const result = one([
      registerRow("081224HG00043R000", "03", "110105", "2024-01-01", "2026-12-31", "撤销", "2025-05-05"),
      registerRow("081224HG00043R000-1", "03", "110105", "2024-01-01", "2026-12-31", "有效", null, "子证书"),
    ]);
    const finding = result.findings.find((f) => f.id === "STATS-SUB-OUTLIVES-MAIN");
    expect(finding?.message).toContain(
      "在 2025-12-31 仍为「有效」，晚于其主证书「081224HG00043R000」（2025-05-05 起撤销）",
    );
  });

  test("validity beyond 3 years: one day over is caught, the last allowed day is not (004 6.2.1)", () => {
    const result = one([
      registerRow("081225HG00051R000", "03", "110105", "2025-01-15", "2028-01-14", "有效"),
      registerRow("081225HG00052R000", "03", "110105", "2025-01-15", "2028-01-15", "有效"),
    ]);
    expect(idsOf(result).filter((id) => id.includes("VALIDITY"))).toEqual(["STATS-VALIDITY-TOO-LONG@G3"]);
    expect(result.findings.find((f) => f.id === "STATS-VALIDITY-TOO-LONG")?.message).toContain(
      "最晚 2028-01-14",
    );
  });

  test("suspension beyond 6 months at the year end; one within the limit passes (004 7.2.2)", () => {
    const result = one([
      registerRow("081224HG00061R000", "03", "110105", "2024-01-01", "2026-12-31", "暂停", "2025-06-30"),
      registerRow("081224HG00062R000", "03", "110105", "2024-01-01", "2026-12-31", "暂停", "2025-07-01"),
    ]);
    const found = result.findings.filter((f) => f.id === "STATS-SUSPENSION-TOO-LONG");
    expect(found.map((f) => f.certNo)).toEqual(["081224HG00061R000"]);
    expect(found[0]?.message).toContain(
      "自 2025-06-30 暂停至 2025-12-31（仍暂停），超过 6 个月（最晚 2025-12-29）",
    );
  });
});

describe("audit days below the minimum (002 合评计调自查 4)", () => {
  // HG-HY, 180 people, high risk: table 9 days; minimum round½(0.7 × 9) = 6.5 person-days.
  const base = {
    issueDate: "2025-03-01",
    expiryDate: "2028-02-29",
    certStatus: "01",
    division: "110105",
    scope: "03.01",
    activity: "01",
    employees: 180,
    risk: "01",
  };
  const result = upload(
    cnca2016Grid([
      { ...base, certNo: "081225HG00071R000", auditDays: 6 },
      { ...base, certNo: "081225HG00072R000", auditDays: 6.5 },
      { ...base, certNo: "081225HG00073R000", auditDays: 1, activity: "05" },
    ]),
  );

  test("6 is below 6.5; 6.5 is not; a change (05) is not an audit", () => {
    const found = result.findings.filter((f) => f.id === "STATS-DAYS-BELOW-MINIMUM");
    expect(found.map((f) => f.certNo)).toEqual(["081225HG00071R000"]);
    expect(found[0]?.message).toContain("审核人日数 6 低于最低要求 6.5 人日（HG-HY，有效人数 180");
  });

  test("on a register without audit columns the check says why it did not run", () => {
    const plain = one([registerRow("081225HG00074R000", "03", "110105", "2025-01-01", "2027-12-31", "有效")]);
    const runInfo = plain.checksRun.find((c) => c.id === "STATS-DAYS-BELOW-MINIMUM");
    expect(runInfo).toMatchObject({ ran: false, findings: 0 });
    expect(runInfo?.reason).toContain("证书台账不含这些字段");
  });
});

describe("team and auditor checks", () => {
  const ID_A = "11010519491231002X";
  const ID_B = "320102198803151232";
  const member = (certNo: string, stage: string, start: string, end: string, name: string, idNo: string) => ({
    certNo,
    stage,
    auditStart: `${start} 09:00:00`,
    auditEnd: `${end} 17:00:00`,
    name,
    idNo,
    qualification: "02",
  });

  test("no stage-1 auditor in stage 2 (001 5.4.4.1); a shared auditor passes", () => {
    const result = upload(
      cncaTeamGrid([
        member("081225HG00081R000", "0101", "2025-03-03", "2025-03-03", "张三", ID_A),
        member("081225HG00081R000", "0102", "2025-04-07", "2025-04-08", "李四", ID_B),
        member("081225HG00082R000", "0101", "2025-05-05", "2025-05-05", "张三", ID_A),
        member("081225HG00082R000", "0102", "2025-06-02", "2025-06-03", "张三", ID_A),
      ]),
    );
    const found = result.findings.filter((f) => f.id === "STATS-STAGE1-NOT-IN-STAGE2");
    expect(found.map((f) => f.certNo)).toEqual(["081225HG00081R000"]);
    expect(found[0]?.message).toContain("第一阶段审核组成员（张三）无一人参加第二阶段审核（李四）");
  });

  test("the same person on two certificates' audits at once, ID masked", () => {
    const result = upload(
      cncaTeamGrid([
        member("081225HG00083R000", "03", "2025-03-03", "2025-03-05", "张三", ID_A),
        member("081225HG00084R000", "03", "2025-03-05", "2025-03-06", "张三", ID_A),
        member("081225HG00085R000", "03", "2025-03-07", "2025-03-07", "张三", ID_A),
      ]),
    );
    const found = result.findings.filter((f) => f.id === "STATS-AUDITOR-OVERLAP");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(
      "张三（110105********002X）在 2025-03-05 至 2025-03-05 同时参加证书「081225HG00084R000」与「081225HG00083R000」",
    );
    expect(found[0]?.message).not.toContain(ID_A);
  });

  test("more than 180 distinct on-site days in the year (001 3.9); exactly 180 passes", () => {
    const rows = (days: number, idNo: string, name: string) =>
      Array.from({ length: days }, (_, i) => {
        const d = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
        return member(`081225HG${String(100 + i).padStart(5, "0")}R000`, "03", d, d, name, idNo);
      });
    const result = upload(cncaTeamGrid([...rows(181, ID_A, "张三"), ...rows(180, ID_B, "李四")]));
    const found = result.findings.filter((f) => f.id === "STATS-AUDITOR-OVER-180");
    expect(found.map((f) => f.params.days)).toEqual([181]);
  });

  test("more than 50 valid certificates per auditor (001 3.10), auditor count given", () => {
    const rows = Array.from({ length: 101 }, (_, i) =>
      registerRow(
        `081225HG${String(i + 1).padStart(5, "0")}R000`,
        "03",
        "110105",
        "2025-01-01",
        "2027-12-31",
        "有效",
      ),
    );
    const over = one(rows, { auditorCount: 2 });
    expect(over.findings.find((f) => f.id === "STATS-CERTS-PER-AUDITOR")?.message).toBe(
      "有效证书 101 张、审核员 2 名（按所给人数），人均 50.5 张，超过 50 张/审核员（依据 001 3.10）",
    );
    expect(
      one(rows.slice(0, 100), { auditorCount: 2 }).findings.some((f) => f.id === "STATS-CERTS-PER-AUDITOR"),
    ).toBe(false);
    const unknown = one(rows.slice(0, 1)).checksRun.find((c) => c.id === "STATS-CERTS-PER-AUDITOR");
    expect(unknown?.ran).toBe(false);
  });
});

describe("accreditation marks against the accredited scopes (002 合评计调自查 6–7)", () => {
  const cert = (certNo: string, scope: string, mark: string) => ({
    certNo,
    certStatus: "01",
    issueDate: "2025-01-01",
    expiryDate: "2027-12-31",
    division: "110105",
    scope,
    accreditation: mark,
  });
  const grid = cnca2016Grid([
    cert("081225HG00091R000", "03.01；29.07", "01"), // 29.07 outside the accredited 03 → 6
    cert("081225HG00092R000", "03.02", ""), // inside, no mark → 7
    cert("081225HG00093R000", "03.02", "01"), // inside with mark: fine
    cert("081225HG00094R000", "28", ""), // outside without mark: fine
  ]);

  test("both directions, with the scope codes named", () => {
    const result = upload(grid, { accreditedScopes: ["03"] });
    expect(
      result.findings
        .filter((f) => f.id.startsWith("STATS-MARK") || f.id.startsWith("STATS-ACCREDITED"))
        .map((f) => `${f.id}:${f.certNo}`),
    ).toEqual([
      "STATS-MARK-OUTSIDE-SCOPE:081225HG00091R000",
      "STATS-ACCREDITED-WITHOUT-MARK:081225HG00092R000",
    ]);
    expect(result.findings.find((f) => f.id === "STATS-MARK-OUTSIDE-SCOPE")?.message).toContain(
      "业务范围代码「29.07」不在所列认可范围内",
    );
  });

  test("without accredited scopes the check does not run and says so", () => {
    const result = upload(grid);
    expect(result.checksRun.find((c) => c.id === "STATS-MARK-OUTSIDE-SCOPE")).toMatchObject({
      ran: false,
      reason: "未给出认可范围代码",
    });
  });

  test("a register without a mark column is not checked for marks", () => {
    const result = one(
      [registerRow("081225HG00095R000", "03", "110105", "2025-01-01", "2027-12-31", "有效")],
      {
        accreditedScopes: ["03"],
      },
    );
    expect(result.findings.filter((f) => f.id.includes("MARK"))).toEqual([]);
  });

  test("a malformed accredited scope is refused", () => {
    expect(() => upload(grid, { accreditedScopes: ["三"] })).toThrow("认可范围代码「三」无法识别");
  });
});
