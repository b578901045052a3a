import { deadline, parseDeadlineKind, DEADLINE_KINDS } from "../../../core/dates/deadlines";
import { fromYmd, toIso, weekday } from "../../../core/dates/civil";
import { attempt, formatProblem } from "../../../core/problem";

const d = (iso: string) =>
  fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const due = (iso: string, kind: string) => toIso(deadline(d(iso), kind).due);

describe("reporting deadlines (DOMAIN §7)", () => {
  test("status: 2 working days (000 4.3.8.3, 004 9.4) — DOMAIN's examples", () => {
    const late = deadline(d("2025-09-30"), "status");
    expect(toIso(late.due)).toBe("2025-10-10");
    expect(weekday(late.due)).toBe(5);
    expect(late.clause).toBe("000 4.3.8.3、004 9.4");
    expect(due("2025-09-26", "status")).toBe("2025-09-29");
  });

  test("status record names the holidays and make-up days", () => {
    const [s] = deadline(d("2025-09-26"), "status").steps;
    expect(formatProblem({ code: s!.id, clause: s!.clause, params: s!.values })).toBe(
      "证书暂停/撤销/注销/恢复信息：事件日期 2025-09-26 起 2 个工作日（国务院节假日安排，2025 年：chinese-days 1.5.7 数据；跳过 1 个非工作日；调休上班日 2025-09-28）→ 2025-09-29（依据 000 4.3.8.3、004 9.4）",
    );
    expect(formatProblem({ code: s!.id, clause: s!.clause, params: s!.values }, "en")).toBe(
      "certificate suspension / withdrawal / cancellation / restoration: 2 working days after the event on 2025-09-26 (State Council schedule, 2025: chinese-days 1.5.7 data; 1 non-working days skipped; make-up working days 2025-09-28) → 2025-09-29 (000 4.3.8.3、004 9.4)",
    );
    const [t] = deadline(d("2025-09-30"), "status").steps;
    expect(t!.values).toMatchObject({ skipped: 8, holidays: "（国庆节、中秋）" });
  });

  test.each([
    ["monthly", "2026-10-12", "2026-11-05"],
    ["monthly", "2026-12-31", "2027-01-05"],
    ["cnas-monthly", "2026-01-31", "2026-02-10"],
    ["result", "2026-10-01", "2026-11-10"],
    ["plan", "2026-03-02", "2026-02-27"],
    ["major", "2026-02-25", "2026-03-07"],
    ["annual", "2025-06-30", "2026-01-10"],
    ["auditors", "2025-12-31", "2026-03-10"],
    ["status", "2026-04-30", "2026-05-07"], // 1–5 May 2026 off, Sat 9 May worked
  ])("%s for an event on %s → %s", (kind, event, expected) => {
    expect(due(event, kind)).toBe(expected);
  });

  test("calendar-day kinds do not need holiday data for 2027; only the working-day kind does", () => {
    expect(due("2027-06-15", "major")).toBe("2027-06-25");
    expect(
      DEADLINE_KINDS.filter((kind) => kind !== "status").map((kind) => [kind, due("2027-06-15", kind)]),
    ).toEqual([
      ["monthly", "2027-07-05"],
      ["cnas-monthly", "2027-07-10"],
      ["result", "2027-07-10"],
      ["plan", "2027-06-12"],
      ["major", "2027-06-25"],
      ["annual", "2028-01-10"],
      ["auditors", "2028-03-10"],
    ]);
    // The last covered day still works when the walk stays inside 2026; one day later it cannot.
    expect(due("2026-12-29", "status")).toBe("2026-12-31");
    expect(attempt(() => deadline(d("2026-12-30"), "status"))).toMatchObject({
      ok: false,
      problem: { code: "date.holidaysNotCovered", params: { year: 2027 } },
    });
  });

  test("status in 2027 → the holiday data does not cover it", () => {
    const r = attempt(() => deadline(d("2027-02-01"), "status"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("date.holidaysNotCovered");
      expect(formatProblem(r.problem)).toContain("节假日数据未覆盖 2027 年");
    }
  });

  test("kind: key in any case, or a report name", () => {
    expect(parseDeadlineKind("STATUS")).toBe("status");
    expect(parseDeadlineKind("cnas monthly")).toBe("cnas-monthly");
    expect(parseDeadlineKind("证书状态变更")).toBe("status");
    expect(parseDeadlineKind("分类统计年报")).toBe("annual");
    expect(DEADLINE_KINDS).toEqual([
      "monthly",
      "cnas-monthly",
      "result",
      "status",
      "plan",
      "major",
      "annual",
      "auditors",
    ]);
  });

  test("unknown kind lists the kinds", () => {
    const r = attempt(() => deadline(d("2026-01-15"), "weekly"));
    expect(!r.ok && formatProblem(r.problem)).toBe(
      "报送类型「weekly」无法识别，应为以下之一：monthly、cnas-monthly、result、status、plan、major、annual、auditors（依据 DOMAIN §7）",
    );
    expect(!r.ok && formatProblem(r.problem, "en")).toBe(
      'Report kind "weekly" is not recognised; expected one of: monthly, cnas-monthly, result, status, plan, major, annual, auditors (DOMAIN §7)',
    );
    const blank = attempt(() => deadline(d("2026-01-15"), ""));
    expect(!blank.ok && blank.problem.code).toBe("input.blank");
  });
});

test("a deadline past 9999-12-31 is refused, not printed as a 5-digit year", () => {
  const r = attempt(() => deadline(fromYmd(9999, 6, 1), "annual"));
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.problem.code).toBe("date.resultOutOfRange");
    expect(formatProblem(r.problem)).toContain("10000-01-10");
  }
});
