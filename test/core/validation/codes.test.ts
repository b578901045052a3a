import { idCheckChar, orgCodeCheckChar, usccCheckChar } from "../../../core/ids";
import { templateColumns, type SheetGrid } from "../../../core/validation";
import {
  AUDITOR_ROW,
  colOf,
  grid,
  monthly,
  MONTHLY_ROW,
  only,
  problems,
  run,
  team,
  TEAM_ROWS,
} from "./fixtures";

const M = (key: string): string => `${colOf("monthly", key)}2`;
const A = (key: string): string => `${colOf("auditors", key)}2`;

/** A monthly sheet with the extra 组织机构代码 column at the end. */
function withOrgCode(orgCode: string): SheetGrid {
  const cols = templateColumns("monthly");
  return {
    name: "月报",
    cells: [
      [...cols.map((c) => c.header), "组织机构代码"],
      [...cols.map((c) => MONTHLY_ROW[c.key] ?? null), orgCode],
    ],
  };
}

describe("identity codes (DOMAIN §8, §9.1 codes)", () => {
  test("USCC checksum, typo and length become findings on the cell, with core/ids' wording and clause", () => {
    expect(
      only(run([monthly({ uscc: "91310115MA1FL7Q288" }), team(...TEAM_ROWS)]), "CODE-CHECKSUM"),
    ).toMatchObject({
      cell: M("uscc"),
      severity: "error",
      clause: "GB 32100-2015",
    });
    const typo = only(run([monthly({ uscc: "91310115MA1FL7QZ89" }), team(...TEAM_ROWS)]), "CODE-USCC-TYPO");
    expect(typo.message).toContain("Z→2");
    expect(
      only(run([monthly({ uscc: "91310115MA1FL7Q28" }), team(...TEAM_ROWS)]), "CODE-INVALID"),
    ).toMatchObject({ cell: M("uscc"), params: expect.objectContaining({ column: "统一社会信用代码" }) });
  });

  test("a 9-character 组织机构代码 in the credit-code column is checked as one", () => {
    expect(problems(run([monthly({ uscc: "69007329-X" }), team(...TEAM_ROWS)]))).toEqual([]);
    expect(only(run([monthly({ uscc: "69007329-1" }), team(...TEAM_ROWS)]), "CODE-CHECKSUM").clause).toBe(
      "GB 11714-1997",
    );
  });

  test("CODE-USCC-ORG-MISMATCH: USCC characters 9–17 against a separately given 组织机构代码", () => {
    const bad = run([withOrgCode("69007329-X"), team(...TEAM_ROWS)]);
    expect(only(bad, "CODE-USCC-ORG-MISMATCH")).toMatchObject({
      cell: "AI2",
      severity: "error",
      clause: "本工具约定",
      params: { embedded: "MA1FL7Q28", org: "69007329X" },
      related: [M("uscc")],
    });
    expect(problems(run([withOrgCode("MA1FL7Q2-8"), team(...TEAM_ROWS)]))).toEqual([]);
  });

  test("CODE-DIVISION-UNKNOWN is a warning", () => {
    expect(
      only(run([monthly({ division: "319999" }), team(...TEAM_ROWS)]), "CODE-DIVISION-UNKNOWN"),
    ).toMatchObject({ cell: M("division"), severity: "warning", clause: "GB/T 2260" });
  });

  test("ID number checksum on the team sheet; the message shows the number masked", () => {
    const rows = [{ ...TEAM_ROWS[0], idNo: "320102198803151233" }, TEAM_ROWS[1] ?? {}];
    const f = only(run([monthly(), team(...rows)]), "CODE-CHECKSUM");
    expect(f).toMatchObject({
      sheet: "审核组成员",
      cell: `${colOf("team", "idNo")}2`,
      clause: "GB 11643-1999",
    });
    expect(f.message).not.toContain("320102198803151233");
    expect(f.message).toContain("320102********1233");
  });

  test("CODE-ID-BIRTH-MISMATCH: the ID's birth date against 出生年月", () => {
    const f = only(run([grid("auditors", [{ ...AUDITOR_ROW, birth: "1988-04" }])]), "CODE-ID-BIRTH-MISMATCH");
    expect(f).toMatchObject({
      cell: A("birth"),
      severity: "error",
      params: { id: "320102********1232", idBirth: "1988-03-15", birth: "1988-04" },
      related: [A("idNo")],
    });
    for (const birth of ["1988年3月", "198803", "1988/3", "1988-03-15", new Date(Date.UTC(1988, 2, 15))]) {
      expect([birth, problems(run([grid("auditors", [{ ...AUDITOR_ROW, birth }])]))]).toEqual([birth, []]);
    }
    expect(
      only(run([grid("auditors", [{ ...AUDITOR_ROW, birth: "1988-03-16" }])]), "CODE-ID-BIRTH-MISMATCH")
        .params.birth,
    ).toBe("1988-03-16");
  });

  test("CODE-ID-BIRTH-MISMATCH: 出生年月 typed into Excel (a date on the 1st, or the number 198803) is a month", () => {
    // "1988-03" typed into a cell becomes the date 1988-03-01; "198803" in a General cell the number 198803.
    for (const birth of [new Date(Date.UTC(1988, 2, 1)), 32203, 198803])
      expect([birth, problems(run([grid("auditors", [{ ...AUDITOR_ROW, birth }])]))]).toEqual([birth, []]);
    const f = only(
      run([grid("auditors", [{ ...AUDITOR_ROW, birth: new Date(Date.UTC(1988, 3, 1)) }])]),
      "CODE-ID-BIRTH-MISMATCH",
    );
    expect(f).toMatchObject({ cell: A("birth"), params: { idBirth: "1988-03-15", birth: "1988-04" } });
    expect(f.message).toContain("两者应相同");
  });

  test("CODE-WARNING and CODE-NOTE: core/ids warnings and notes keep their severity and clause", () => {
    // A USCC whose own check character is right but whose organisation code (characters 9–17) is not.
    const body = `91310115MA1FL7Q2${orgCodeCheckChar("MA1FL7Q2") === "0" ? "1" : "0"}`;
    const uscc = body + usccCheckChar(body);
    expect(only(run([monthly({ uscc }), team(...TEAM_ROWS)]), "CODE-WARNING")).toMatchObject({
      cell: M("uscc"),
      severity: "warning",
      clause: "GB 11714-1997",
    });
    // The documented real registration that fails its checksum passes with a note (DOMAIN §8).
    const note = only(run([monthly({ uscc: "91350203M0001QAY9B" }), team(...TEAM_ROWS)]), "CODE-NOTE");
    expect(note).toMatchObject({ cell: M("uscc"), severity: "info", clause: "本工具约定" });
    expect(problems(run([monthly({ uscc: "91350203M0001QAY9B" }), team(...TEAM_ROWS)]))).toEqual([]);
  });

  test("CODE-ID-SEX-MISMATCH: digit 17 against 性别", () => {
    expect(
      only(run([grid("auditors", [{ ...AUDITOR_ROW, sex: "女" }])]), "CODE-ID-SEX-MISMATCH"),
    ).toMatchObject({ cell: A("sex"), params: { idSex: "男", sex: "女" } });
    expect(problems(run([grid("auditors", [{ ...AUDITOR_ROW, sex: "1" }])]))).toEqual([]);
    expect(
      problems(
        run([
          grid("auditors", [{ ...AUDITOR_ROW, sex: "女", idNo: "11010519491231002X", birth: "1949-12" }]),
        ]),
      ),
    ).toEqual([]);
  });

  test("an ID number born after the report date is a warning on the cell, not an error", () => {
    const body = "32010220261104123";
    const idNo = body + idCheckChar(body);
    const rows = [{ ...TEAM_ROWS[0], idNo }, TEAM_ROWS[1] ?? {}];
    const f = only(run([monthly(), team(...rows)]), "CODE-WARNING");
    expect(f).toMatchObject({
      cell: `${colOf("team", "idNo")}2`,
      severity: "warning",
      clause: "本工具约定",
    });
    expect(f.message).toContain("出生日期 2026-11-04 晚于报告日期 2026-11-03");
    expect(f.message).not.toContain(idNo);
  });

  test("a USCC with letters in characters 3–8 is an error even though its checksum holds", () => {
    expect(
      only(run([monthly({ uscc: "91ABCDEFMA1FL7Q28X" }), team(...TEAM_ROWS)]), "CODE-INVALID"),
    ).toMatchObject({
      cell: M("uscc"),
      severity: "error",
      clause: "GB 32100-2015",
      message: expect.stringContaining("第 3–8 位应为 6 位数字"),
    });
  });
});

describe("ID numbers stay masked in every message (DOMAIN §13)", () => {
  test("normalisation notes and numbers stored as numbers show the ID masked", () => {
    const rows = [
      { ...TEAM_ROWS[0], idNo: " 320102198803151232" },
      { ...TEAM_ROWS[1], idNo: 110105194912310020 },
    ];
    const result = run([monthly(), team(...rows)]);
    const notes = result.findings.filter((f) => f.sheet === "审核组成员");
    expect(notes.map((f) => f.id).sort()).toEqual(["CELL-NORMALISED", "CODE-STORED-AS-NUMBER"]);
    for (const f of notes) expect(f.message).not.toMatch(/\d{11}/);
    expect(only(result, "CELL-NORMALISED").params.normalised).toBe("320102********1232");
  });
});
