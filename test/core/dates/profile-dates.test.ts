/**
 * The certificate dates by profile id (core/dates/profile-dates.ts), the entry points CERT.CERTEXPIRY
 * and CERT.SURVDUE call: blank means the default profile, each built-in profile gives its own dates
 * and clauses (the same as its date rules given directly), and an unknown id is the
 * `profile.unknown` problem every other calculation gives.
 */
import { latestExpiryFor, surveillanceDueFor } from "../../../core";
import { auditDays } from "../../../core/audit-time";
import { latestExpiry, surveillanceDue } from "../../../core/dates";
import { fromYmd, toIso } from "../../../core/dates/civil";
import { attempt, formatProblem, type Problem } from "../../../core/problem";
import { loadProfile } from "../../../core/profiles";
import zgly from "../../../core/profiles/data/HG-ZGLY.json";
import { RULES } from "./rules";

const d = (iso: string) =>
  fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const PROFILES = ["HG-HY", "HG-ZGLY", "SR-GGBZ"] as const;

function problemOf(fn: () => unknown): Problem {
  const r = attempt(fn);
  if (r.ok) throw new Error("expected a problem");
  return r.problem;
}

describe("the default profile (HG-HY) when none is named", () => {
  test.each([undefined, null, "", "  "])("profile %p", (profile) => {
    const expiry = latestExpiryFor(d("2026-01-15"), undefined, profile);
    expect(toIso(expiry.date)).toBe("2029-01-14");
    expect(expiry.clause).toBe("004 6.2.1");
    const lapse = latestExpiryFor(d("2029-03-01"), d("2029-01-14"), profile);
    expect([toIso(lapse.date), lapse.clause]).toEqual(["2032-01-14", "004 6.2.3"]);
    const second = surveillanceDueFor(d("2026-01-15"), 2, profile);
    expect([toIso(second.date), second.clause]).toEqual(["2028-01-14", "004 5.4.1.4"]);
  });

  test("latestExpiryFor without a profile argument is HG-HY's", () => {
    expect(latestExpiryFor(d("2024-02-29"), undefined)).toEqual(
      latestExpiry(d("2024-02-29"), undefined, RULES["HG-HY"].validity),
    );
  });
});

describe("each profile's own date rules", () => {
  test("worked dates and the clause that decided", () => {
    const due = (profile: string, from: string, n: number) => {
      const r = surveillanceDueFor(d(from), n, profile);
      return [toIso(r.date), r.clause];
    };
    expect(due("HG-HY", "2026-01-15", 2)).toEqual(["2028-01-14", "004 5.4.1.4"]);
    expect(due("HG-ZGLY", "2026-01-15", 2)).toEqual(["2028-01-14", "001 附录D 4.3.1(5)；本工具约定"]);
    expect(due("SR-GGBZ", "2026-01-15", 2)).toEqual(["2028-04-14", "003 5.4.1.4、5.7.1"]);
    expect(due("SR-GGBZ", "2026-12-01", 2)).toEqual(["2028-12-31", "003 5.4.1.4、5.7.1"]);
    const lapse = (profile: string) => latestExpiryFor(d("2029-03-01"), d("2029-01-14"), profile).clause;
    expect(PROFILES.map(lapse)).toEqual(["004 6.2.3", "001 6.2.3", "003 6.2.2、5.8.3；本工具约定"]);
  });

  test.each(PROFILES)("%s: the same result, steps included, as its rules given directly", (id) => {
    for (const [issue, previous] of [
      ["2026-01-15", undefined],
      ["2029-01-10", "2029-01-14"],
      ["2029-03-01", "2029-01-14"],
    ] as const) {
      const prev = previous === undefined ? undefined : d(previous);
      expect(latestExpiryFor(d(issue), prev, id)).toEqual(latestExpiry(d(issue), prev, RULES[id].validity));
    }
    for (const n of [1, 2, 3, "２"])
      for (const record of [true, false])
        expect(surveillanceDueFor(d("2026-12-01"), n, id, { record })).toEqual(
          surveillanceDue(d("2026-12-01"), n, RULES[id].surveillance, { record }),
        );
  });

  test("ids in any case or width, and a loaded profile object, as auditDays accepts them", () => {
    expect(surveillanceDueFor(d("2026-01-15"), 2, "sr-ggbz").date).toBe(d("2028-04-14"));
    expect(surveillanceDueFor(d("2026-01-15"), 2, "ＳＲ－ＧＧＢＺ").date).toBe(d("2028-04-14"));
    const custom = loadProfile(
      {
        ...zgly,
        id: "HG-CUSTOM",
        dates: { ...zgly.dates, surveillance: { ...zgly.dates.surveillance, maxGapMonths: 6 } },
      },
      "test",
    );
    // 6 months after 2027-01-14, well inside the 24-month cap.
    expect(toIso(surveillanceDueFor(d("2026-01-15"), 2, custom).date)).toBe("2027-07-14");
  });
});

describe("an unknown profile", () => {
  test("is profile.unknown naming the value and the known profiles, as auditDays says it", () => {
    const expiry = problemOf(() => latestExpiryFor(d("2026-01-15"), undefined, "XX-YY"));
    const due = problemOf(() => surveillanceDueFor(d("2026-01-15"), 1, "XX-YY", { record: false }));
    const days = problemOf(() =>
      auditDays({ employees: 180, risk: "high", type: "initial", profile: "XX-YY" }),
    );
    expect(expiry.code).toBe("profile.unknown");
    expect(due).toEqual(expiry);
    expect(days).toEqual(expiry);
    expect(formatProblem(due)).toBe(
      "规则配置「XX-YY」不存在，可用的规则配置：HG-HY、HG-ZGLY、SR-GGBZ（依据 本工具约定）",
    );
  });

  test("a number or a boolean is not a profile id either", () => {
    expect(problemOf(() => surveillanceDueFor(d("2026-01-15"), 1, 3)).code).toBe("profile.unknown");
    expect(problemOf(() => latestExpiryFor(d("2026-01-15"), undefined, true)).code).toBe("profile.unknown");
  });

  test("is reported before a bad n, as CERT.SURVDUE reported it when it resolved the profile itself", () => {
    expect(problemOf(() => surveillanceDueFor(d("2026-01-15"), 0, "XX-YY")).code).toBe("profile.unknown");
    const n = problemOf(() => surveillanceDueFor(d("2026-01-15"), 0, "SR-GGBZ"));
    expect([n.code, n.clause]).toEqual(["input.tooSmall", "003 5.4.1.4、5.7.1"]);
  });
});
