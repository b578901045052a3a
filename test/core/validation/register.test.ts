import { readCalendarTable } from "../../../core/dates/calendar-table";
import {
  colOf,
  grid,
  monthly,
  only,
  problems,
  REGISTER_ROW,
  run,
  STATUS_ROW,
  team,
  TEAM_ROWS,
  type Row,
} from "./fixtures";
import type { SheetGrid } from "../../../core/validation/sheet";

const S = (key: string, row = 2): string => `${colOf("status", key)}${row}`;
const status = (change: Row, options = { month: "2025-09", reportDate: "2025-10-10" }) =>
  run([grid("status", [{ ...STATUS_ROW, ...change }])], options);

describe("register and status checks (DOMAIN §9.1 register / status)", () => {
  test("the clean status row has no problem", () => {
    expect(problems(status({}))).toEqual([]);
  });

  test("CERT-DUPLICATE: the same certificate twice for the same activity", () => {
    const result = run([monthly({}, {}), team(...TEAM_ROWS)]);
    expect(only(result, "CERT-DUPLICATE")).toMatchObject({
      cell: `${colOf("monthly", "certNo")}3`,
      severity: "error",
      params: { otherRow: 2 },
    });
    expect(only(run([grid("register", [REGISTER_ROW, REGISTER_ROW])]), "CERT-DUPLICATE").cell).toBe("A3");
  });

  test("CERT-SUB-NO-MAIN: a sub-certificate needs its main certificate in the workbook (001 C.2)", () => {
    const sub = { certNo: "081226HG00017R001-1", subCert: "子证书" };
    const alone = run([monthly(sub), team(...TEAM_ROWS.map((t) => ({ ...t, certNo: sub.certNo })))]);
    expect(only(alone, "CERT-SUB-NO-MAIN")).toMatchObject({
      cell: `${colOf("monthly", "certNo")}2`,
      clause: "001 C.2",
      params: { main: "081226HG00017R001" },
    });
    const both = run([
      monthly({}, sub),
      team(...TEAM_ROWS, ...TEAM_ROWS.map((t) => ({ ...t, certNo: sub.certNo }))),
    ]);
    expect(both.findings.filter((f) => f.id === "CERT-SUB-NO-MAIN")).toEqual([]);
  });

  test("CERT-REUSED: a withdrawn number appearing again (001 C.5)", () => {
    /** The register's 081226HG00017R001, retired with `certStatus` on 2026-05-10. */
    const retired = (certStatus: string) =>
      grid("register", [
        {
          ...REGISTER_ROW,
          certNo: "081226HG00017R001",
          certStatus,
          statusDate: "2026-05-10",
          issueDate: "2026-01-05",
          expiryDate: "2029-01-04",
        },
      ]);
    /** A surveillance of that number reported this month, beside `register`. */
    const reportedAgain = (register: SheetGrid) =>
      run([
        monthly({ activity: "0301", auditDays: 3.5, issueDate: "2026-01-05", expiryDate: "2029-01-04" }),
        team(...TEAM_ROWS),
        register,
      ]);
    const withdrawn = retired("撤销");
    expect(only(reportedAgain(withdrawn), "CERT-REUSED")).toMatchObject({
      sheet: "获证组织基本信息月报",
      cell: `${colOf("monthly", "certNo")}2`,
      clause: "001 C.5",
      related: ["'证书台账'!A2"],
    });
    // A cancelled number is retired as well (DOMAIN §5 extends 001 C.5 to cancellation).
    expect(only(reportedAgain(retired("注销")), "CERT-REUSED")).toMatchObject({
      cell: `${colOf("monthly", "certNo")}2`,
      clause: "001 附录C",
      params: { status: "注销" },
    });
    // A suspension before the withdrawal is history, not reuse.
    const history = run(
      [
        withdrawn,
        grid("status", [
          {
            ...STATUS_ROW,
            certNo: "081226HG00017R001",
            changeDate: "2026-02-01",
            suspendStart: "2026-02-01",
            suspendEnd: "2026-05-01",
            reportedDate: "2026-02-02",
          },
        ]),
      ],
      {},
    );
    expect(history.findings.filter((f) => f.id === "CERT-REUSED")).toEqual([]);
  });

  test("STATUS-DETAIL-MISSING: a suspension names its reason and dates", () => {
    expect(only(status({ suspendReason: "" }), "STATUS-DETAIL-MISSING")).toMatchObject({
      cell: S("suspendReason"),
      params: { status: "暂停", column: "暂停原因" },
    });
    expect(
      only(status({ status: "撤销", withdrawReason: null, suspendReason: "" }), "STATUS-DETAIL-MISSING").cell,
    ).toBe(S("withdrawReason"));
  });

  test("STATUS-SUSPENSION-TOO-LONG: at most 6 months from the start (004 7.2.2)", () => {
    expect(only(status({ suspendEnd: "2026-03-30" }), "STATUS-SUSPENSION-TOO-LONG")).toMatchObject({
      cell: S("suspendEnd"),
      clause: "004 7.2.2",
      params: { latest: "2026-03-29" },
    });
    expect(problems(status({ suspendEnd: "2026-03-29" }))).toEqual([]);
  });

  test("STATUS-STILL-SUSPENDED: a register row suspended longer than the limit at the report date", () => {
    const sheet = grid("register", [{ ...REGISTER_ROW, certStatus: "暂停", statusDate: "2026-01-10" }]);
    expect(only(run([sheet], { reportDate: "2026-07-10" }), "STATUS-STILL-SUSPENDED")).toMatchObject({
      cell: "H2",
      params: { latest: "2026-07-09" },
      clause: "004 7.3(3)",
    });
    expect(problems(run([sheet], { reportDate: "2026-07-09" }))).toEqual([]);
  });

  test("STATUS-LATE: reported within 2 working days (000 4.3.8.3; 2025-09-30 → 2025-10-10 over the National Day holiday)", () => {
    const late = only(status({ reportedDate: "2025-10-11" }), "STATUS-LATE");
    expect(late).toMatchObject({ cell: S("reportedDate"), params: { due: "2025-10-10" } });
    expect(late.clause).toContain("000 4.3.8.3");
    expect(problems(status({ reportedDate: "2025-10-10" }))).toEqual([]);
    const unreported = only(
      status({ reportedDate: null }, { month: "2025-09", reportDate: "2025-10-13" }),
      "STATUS-LATE",
    );
    expect(unreported).toMatchObject({ cell: S("changeDate") });
    expect(unreported.message).toContain("仍未上报");
    // One effective on Fri 2025-09-26 is due Mon 2025-09-29 (Sun 2025-09-28 was a working day).
    expect(
      only(
        status({ changeDate: "2025-09-26", suspendStart: "2025-09-26", reportedDate: "2025-09-30" }),
        "STATUS-LATE",
      ).params.due,
    ).toBe("2025-09-29");
  });

  test("CHECK-NOT-RUN: holiday data that does not cover the year is said, not guessed", () => {
    const f = only(
      status(
        {
          changeDate: "2045-03-01",
          suspendStart: "2045-03-01",
          suspendEnd: "2045-06-01",
          reportedDate: "2045-03-02",
          issueDate: "2044-03-01",
          expiryDate: "2047-02-28",
        },
        { month: "2045-03", reportDate: "2045-03-02" },
      ),
      "CHECK-NOT-RUN",
    );
    expect(f).toMatchObject({ severity: "warning", cell: S("changeDate") });
    expect(f.message).toContain("2045");
  });

  test("STATUS-LATE with a user's holiday table: a change on 2026-12-30 is due 2027-01-04 when 2027-01-01 rests", () => {
    const rows = [
      ["2027-01-01", "休", "元旦"],
      ...["05", "06", "07", "08", "09", "10", "11", "12"].map((d) => [`2027-02-${d}`, "休", "春节"]),
      ["2027-04-05", "休", "清明节"],
      ...["01", "02", "03", "04", "05"].map((d) => [`2027-05-${d}`, "休", "劳动节"]),
      ["2027-06-09", "休", "端午节"],
      ["2027-09-15", "休", "中秋节"],
      ...["01", "02", "03", "04", "05", "06", "07"].map((d) => [`2027-10-${d}`, "休", "国庆节"]),
    ];
    const { calendar } = readCalendarTable(rows, { source: { zh: "「2027.csv」", en: '"2027.csv"' } });
    const change = { changeDate: "2026-12-30", suspendStart: "2026-12-30", suspendEnd: "2027-03-01" };
    const options = { month: "2026-12", reportDate: "2027-01-06" };
    const late = only(
      status({ ...change, reportedDate: "2027-01-06" }, {
        ...options,
        calendar: calendar!,
      } as typeof options),
      "STATUS-LATE",
    );
    expect(late.params.due).toBe("2027-01-04");
    // Without the table the check says why it did not run.
    expect(
      only(status({ ...change, reportedDate: "2027-01-06" }, options), "CHECK-NOT-RUN").message,
    ).toContain("2027");
  });

  test("STATUS-REASON-UNKNOWN: a reason that is none of the 13 of 004 7.2.1 (warning)", () => {
    expect(only(status({ suspendReason: "客户搬迁" }), "STATUS-REASON-UNKNOWN")).toMatchObject({
      cell: S("suspendReason"),
      severity: "warning",
      clause: "004 7.2.1",
    });
    for (const reason of ["（7）", "第12项", "获证组织主动申请暂停", "被责令停业整顿", "7"])
      expect([reason, problems(status({ suspendReason: reason }))]).toEqual([reason, []]);
  });

  test("STATUS-REASON-UNKNOWN: the cases and their clause are the row's profile's (SR → 003 7.3.1)", () => {
    const sr = status({ certNo: "081225SR00003R000", suspendReason: "客户搬迁" });
    expect(only(sr, "STATUS-REASON-UNKNOWN")).toMatchObject({ severity: "warning", clause: "003 7.3.1" });
    // 003's case (4) speaks of 较大 accidents too.
    expect(problems(status({ certNo: "081225SR00003R000", suspendReason: "发生较大事故" }))).toEqual([]);
  });
});
