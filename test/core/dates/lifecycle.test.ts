import fc from "fast-check";
import {
  decisionDue,
  latestExpiry,
  ncVerificationDue,
  recertApplicationDue,
  stage2Window,
  surveillanceDue,
  suspensionEnd,
} from "../../../core/dates";
import { addMonths, fromYmd, toIso, toYmd } from "../../../core/dates/civil";
import type { SurveillanceRule } from "../../../core/dates/rules-schema";
import { attempt, formatProblem } from "../../../core/problem";
import { RULES } from "./rules";

const d = (iso: string) =>
  fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const codeOf = (fn: () => unknown) => {
  const r = attempt(fn);
  return r.ok ? "ok" : r.problem.code;
};
const HY = RULES["HG-HY"];

describe("latestExpiry (004 6.2.1, 6.2.3)", () => {
  test("issue + 3 years − 1 day", () => {
    const r = latestExpiry(d("2026-01-15"), undefined, HY.validity);
    expect(toIso(r.date)).toBe("2029-01-14");
    expect(r.clause).toBe("004 6.2.1");
    expect(formatProblem({ code: r.steps[0]!.id, clause: r.clause, params: r.steps[0]!.values })).toBe(
      "颁证日期 2026-01-15 + 3 年 − 1 天 → 证书最迟截止 2029-01-14（依据 004 6.2.1）",
    );
  });

  test("29 February issue: EDATE clamping", () => {
    expect(toIso(latestExpiry(d("2024-02-29"), undefined, HY.validity).date)).toBe("2027-02-27");
  });

  test("re-certification issued before the previous expiry keeps its own limit", () => {
    const r = latestExpiry(d("2029-01-10"), d("2029-01-14"), HY.validity);
    expect(toIso(r.date)).toBe("2032-01-09");
    expect(r.clause).toBe("004 6.2.1");
  });

  test("re-certification issued after a lapse ends no later than previous expiry + 3 years", () => {
    const r = latestExpiry(d("2029-03-01"), d("2029-01-14"), HY.validity);
    expect(toIso(r.date)).toBe("2032-01-14");
    expect(r.clause).toBe("004 6.2.3");
  });

  test("the re-certification cap cites the clause of the profile's own document", () => {
    const lapse = (profile: keyof typeof RULES) =>
      latestExpiry(d("2029-03-01"), d("2029-01-14"), RULES[profile].validity).clause;
    expect(lapse("HG-HY")).toBe("004 6.2.3");
    expect(lapse("HG-ZGLY")).toBe("001 6.2.3");
    expect(lapse("SR-GGBZ")).toBe("003 6.2.2、5.8.3；本工具约定");
  });

  test("a non-date is refused", () => {
    expect(codeOf(() => latestExpiry(Number.NaN, undefined, HY.validity))).toBe("date.notDay");
    expect(codeOf(() => latestExpiry(1.5, undefined, HY.validity))).toBe("date.notDay");
  });
});

describe("surveillanceDue", () => {
  const due = (profile: keyof typeof RULES, from: string, n: number) =>
    toIso(surveillanceDue(d(from), n, RULES[profile].surveillance).date);

  test("HG-HY: within 12 months of issue, then at most 12 months apart", () => {
    expect(due("HG-HY", "2026-01-15", 1)).toBe("2027-01-14");
    expect(due("HG-HY", "2026-01-15", 2)).toBe("2028-01-14");
    expect(due("HG-HY", "2026-01-01", 1)).toBe("2026-12-31");
    expect(due("HG-HY", "2026-01-01", 2)).toBe("2027-12-31");
  });

  test("HG-ZGLY: the same dates, the 2nd decided by the 24-month cap (001 App. D)", () => {
    expect(due("HG-ZGLY", "2026-01-15", 1)).toBe("2027-01-14");
    const r = surveillanceDue(d("2026-01-15"), 2, RULES["HG-ZGLY"].surveillance);
    expect(toIso(r.date)).toBe("2028-01-14");
    expect(r.clause).toBe("001 附录D 4.3.1(5)；本工具约定");
  });

  test("SR-GGBZ: 12 months from the decision, then 15 months apart and once per calendar year", () => {
    expect(due("SR-GGBZ", "2026-01-15", 1)).toBe("2027-01-14");
    expect(due("SR-GGBZ", "2026-01-15", 2)).toBe("2028-04-14");
    // A December decision: the calendar year decides the 2nd.
    expect(due("SR-GGBZ", "2026-12-01", 1)).toBe("2027-11-30");
    expect(due("SR-GGBZ", "2026-12-01", 2)).toBe("2028-12-31");
    // 1 January: the 1st falls in the decision year, so the next year needs the 2nd.
    expect(due("SR-GGBZ", "2026-01-01", 1)).toBe("2026-12-31");
    expect(due("SR-GGBZ", "2026-01-01", 2)).toBe("2027-12-31");
  });

  test("the record lists every limit and the one that decided", () => {
    const r = surveillanceDue(d("2026-12-01"), 2, RULES["SR-GGBZ"].surveillance);
    expect(r.steps.map((s) => [s.id, toIso(s.result)])).toEqual([
      ["date.step.survYear", "2027-12-31"],
      ["date.step.survFirst.decision", "2027-11-30"],
      ["date.step.survLatest", "2027-11-30"],
      ["date.step.survYear", "2028-12-31"],
      ["date.step.survGap", "2029-02-28"],
      ["date.step.survLatest", "2028-12-31"],
    ]);
    const gap = r.steps[4]!;
    expect(formatProblem({ code: gap.id, clause: gap.clause, params: gap.values })).toBe(
      "第 2 次与第 1 次（最迟 2027-11-30）间隔不超过 15 个月 → 不晚于 2029-02-28（依据 003 5.4.1.4、5.7.1）",
    );
  });

  test("closed form for 12-month spacing: S(n) = addMonths(R, 12n) − 1 away from the end of February", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: fromYmd(2000, 1, 1), max: fromYmd(2090, 12, 31) }),
        fc.integer({ min: 1, max: 6 }),
        (from, n) => {
          const { m, d } = toYmd(from);
          fc.pre(!(m === 3 && d === 1) && !(m === 2 && d >= 28));
          expect(surveillanceDue(from, n, HY.surveillance).date).toBe(addMonths(from, 12 * n) - 1);
        },
      ),
    );
  });

  test("a chain through 28 February keeps every gap within 12 months (one day earlier than the closed form)", () => {
    // Found by the property above: from 2078-03-01 the 1st is due 2079-02-28; 12 months after that
    // is 2080-02-28, although 24 months after the start would reach 2080-02-29.
    const from = fromYmd(2078, 3, 1);
    expect(toIso(surveillanceDue(from, 1, HY.surveillance).date)).toBe("2079-02-28");
    expect(toIso(surveillanceDue(from, 2, HY.surveillance).date)).toBe("2080-02-28");
  });

  test("monotone in n and in the start date, for every profile", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(RULES).map((r) => r.surveillance)),
        fc.integer({ min: fromYmd(2000, 1, 1), max: fromYmd(2090, 12, 31) }),
        fc.integer({ min: 1, max: 5 }),
        (rule: SurveillanceRule, from, n) => {
          const s = surveillanceDue(from, n, rule).date;
          expect(surveillanceDue(from, n + 1, rule).date).toBeGreaterThan(s);
          expect(surveillanceDue(from + 1, n, rule).date).toBeGreaterThanOrEqual(s);
        },
      ),
    );
  });

  test.each([
    [0, "input.tooSmall"],
    [1.5, "input.notWhole"],
    ["", "input.blank"],
    [100, "date.survCountRange"],
  ])("n = %p → %s", (n, code) => {
    expect(codeOf(() => surveillanceDue(d("2026-01-15"), n, HY.surveillance))).toBe(code);
  });

  test("n as text", () => {
    expect(toIso(surveillanceDue(d("2026-01-15"), "２", HY.surveillance).date)).toBe("2028-01-14");
  });
});

describe("a date argument that is not a day names the date in each language", () => {
  const bad = Number.NaN;
  test.each([
    ["issue date", "颁证日期", () => latestExpiry(bad, undefined, HY.validity)],
    [
      "previous certificate's expiry",
      "上一周期证书截止日期",
      () => latestExpiry(d("2026-01-15"), 1.5, HY.validity),
    ],
    ["issue date", "颁证日期", () => surveillanceDue(bad, 1, HY.surveillance)],
    [
      "certification decision date",
      "认证决定日期",
      () => surveillanceDue(bad, 1, RULES["SR-GGBZ"].surveillance),
    ],
    ["end of stage 1", "一阶段审核结束日期", () => stage2Window(bad, HY.stageGap)],
    ["audit end date", "审核结束日期", () => ncVerificationDue("S", bad, undefined, HY.ncVerification)],
    [
      "expiry of the current certificate",
      "原证书截止日期",
      () => ncVerificationDue("R", d("2026-01-15"), bad, HY.ncVerification),
    ],
    ["suspension start date", "暂停开始日期", () => suspensionEnd(bad, HY.suspensionMaxMonths)],
    [
      "certificate expiry",
      "证书截止日期",
      () => recertApplicationDue(bad, HY.recertApplicationMonthsBeforeExpiry),
    ],
    ["end of the on-site audit", "现场审核结束日期", () => decisionDue(bad, HY.decisionAfterAuditMaxMonths)],
  ])("%s / %s", (en, zh, fn: () => unknown) => {
    const r = attempt(fn);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe("date.notDay");
    expect(formatProblem(r.problem, "zh").startsWith(`${zh}「`)).toBe(true);
    const english = formatProblem(r.problem, "en");
    expect(english.startsWith(`${en} "`)).toBe(true);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("other lifecycle limits", () => {
  test("stage 2 window: ≥ 5 days, ≤ 6 months after stage 1 (004 5.6.1)", () => {
    const w = stage2Window(d("2026-01-15"), HY.stageGap);
    expect([toIso(w.earliest), toIso(w.latest), w.clause]).toEqual(["2026-01-20", "2026-07-15", "004 5.6.1"]);
  });

  test("major NC verification (004 5.10.3, 003 5.10.3)", () => {
    const nc = RULES["HG-HY"].ncVerification;
    expect(toIso(ncVerificationDue("stage2", d("2026-01-15"), undefined, nc).date)).toBe("2026-07-14");
    expect(toIso(ncVerificationDue("初次认证", d("2026-01-15"), undefined, nc).date)).toBe("2026-07-14");
    expect(toIso(ncVerificationDue("监督", d("2026-01-15"), undefined, nc).date)).toBe("2026-04-14");
    const recert = ncVerificationDue("再认证", d("2028-11-20"), d("2029-01-14"), nc);
    expect([toIso(recert.date), recert.clause]).toEqual(["2029-01-14", "004 5.10.3(3)"]);
    expect(codeOf(() => ncVerificationDue("R", d("2028-11-20"), undefined, nc))).toBe("date.expiryRequired");
    expect(codeOf(() => ncVerificationDue("stage1", d("2026-01-15"), undefined, nc))).toBe(
      "date.ncKindUnknown",
    );
    expect(codeOf(() => ncVerificationDue("年度", d("2026-01-15"), undefined, nc))).toBe(
      "auditTime.typeUnknown",
    );
    const sr = ncVerificationDue(
      "recertification",
      d("2028-11-20"),
      undefined,
      RULES["SR-GGBZ"].ncVerification,
    );
    expect([toIso(sr.date), sr.clause]).toEqual(["2028-12-19", "003 5.10.3(3)"]);
  });

  test("suspension at most 6 months (004 7.2.2)", () => {
    const r = suspensionEnd(d("2026-01-15"), HY.suspensionMaxMonths);
    expect([toIso(r.date), r.clause]).toEqual(["2026-07-14", "004 7.2.2"]);
  });

  test("re-certification application at least 3 months before expiry", () => {
    expect(toIso(recertApplicationDue(d("2029-01-14"), HY.recertApplicationMonthsBeforeExpiry).date)).toBe(
      "2028-10-14",
    );
    expect(toIso(recertApplicationDue(d("2029-05-31"), HY.recertApplicationMonthsBeforeExpiry).date)).toBe(
      "2029-02-28",
    );
  });

  test("initial decision within 6 months of the on-site audit (004 5.12.3)", () => {
    const r = decisionDue(d("2026-01-15"), HY.decisionAfterAuditMaxMonths);
    expect([toIso(r.date), r.clause]).toEqual(["2026-07-14", "004 5.12.3"]);
  });
});

describe("latestExpiry guards (lead review)", () => {
  test("a previous expiry so old that its cap falls on or before the issue date is an input error", () => {
    const r = attempt(() => latestExpiry(fromYmd(2026, 1, 15), fromYmd(2020, 1, 1), RULES["HG-HY"].validity));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("date.previousExpiryTooOld");
      expect(formatProblem(r.problem)).toContain("2023-01-01");
    }
  });
});
