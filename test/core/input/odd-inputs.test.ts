/**
 * Every calculation the adapters call, fed odd raw values (the brief of core/README.md): a result
 * without NaN, or an InputError whose Chinese and English texts are complete — never a crash, a
 * hang, a leftover {placeholder} or "[object Object]".
 */
import fc from "fast-check";
import {
  auditDays,
  auditDaysMinimum,
  combinedMinimum,
  onsiteMinimum,
  remoteMaximum,
  resolveRisk,
  riskOfScope,
  siteMinimum,
} from "../../../core/audit-time";
import { makeCertNo, normalizeCbCode, parseCertNo } from "../../../core/certno";
import { addWorkdays, deadline, latestExpiry, surveillanceDue, toDate } from "../../../core/dates";
import { checkIdCard, checkOrgCode, checkUscc, checkDivisionCode } from "../../../core/ids";
import { getProfile, resolveProfile } from "../../../core/profiles";
import { formatProblem, InputError } from "../../../core/problem";
import { sampleSites } from "../../../core/sampling";

const HY = getProfile("HG-HY").dates;

const ODD: unknown[] = [
  1e308,
  -1e308,
  -0,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  5e-324,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  "Infinity",
  "NaN",
  " ",
  "１８０",
  "1,5",
  "%",
  "--5",
  "1e308",
  "x".repeat(10_000),
  true,
  false,
  {},
  [],
  [15],
  [{ toString: 0 }],
  { "{0n}": new Date(0) },
  new Date(Date.UTC(2026, 0, 15)),
  new Date(Number.NaN),
  null,
  undefined,
];

const CALLS: Record<string, (v: unknown) => unknown> = {
  employees: (v) => auditDays({ type: "initial", employees: v, risk: "中" }),
  risk: (v) => auditDays({ type: "initial", employees: 100, risk: v }),
  type: (v) => auditDays({ employees: 100, risk: "中", type: v }),
  adjustPct: (v) => auditDays({ type: "initial", employees: 100, risk: "中", adjustPct: v }),
  profile: (v) => auditDays({ type: "initial", employees: 100, risk: "中", profile: v }),
  minimum: (v) => auditDaysMinimum({ employees: v, profile: "SR-GGBZ", type: "stage2" }),
  onsite: (v) => onsiteMinimum(v),
  site: (v) => siteMinimum({ siteEmployees: v, risk: "高", type: "initial" }),
  combined: (v) => combinedMinimum([v, 3]),
  remote: (v) => remoteMaximum(v, "SR-GGBZ"),
  resolveRisk: (v) => resolveRisk(v),
  riskOfScope: (v) => riskOfScope(v, "HG-ZGLY"),
  sites: (v) => sampleSites({ sites: v, type: "S" }),
  similar: (v) => sampleSites({ sites: 25, type: "I", similar: v }),
  cbCode: (v) => normalizeCbCode(v),
  certNo: (v) => makeCertNo({ cbCode: "0812", year: v, seq: v, cycle: v, accreditation: v, sub: v }),
  certParse: (v) => parseCertNo(v),
  toDate: (v) => toDate(v, "issueDate", "本工具约定"),
  expiry: (v) => latestExpiry(v as number, undefined, HY.validity),
  surveillance: (v) => surveillanceDue(20468, v, HY.surveillance),
  deadline: (v) => deadline(20468, v),
  workdays: (v) => addWorkdays(20468, v as number),
  resolveProfile: (v) => resolveProfile(v),
  ids: (v) => [checkUscc(v), checkOrgCode(v), checkIdCard(v), checkDivisionCode(v)],
};

function hasNaN(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "number") return Number.isNaN(value);
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => hasNaN(v, seen));
}

function check(name: string, fn: (v: unknown) => unknown, value: unknown): void {
  let result: unknown;
  try {
    result = fn(value);
  } catch (error) {
    if (!(error instanceof InputError))
      throw new Error(`${name}(${String(value)}) crashed: ${String(error)}`);
    for (const lang of ["zh", "en"] as const) {
      const text = formatProblem(error.problem, lang);
      // The user's own text may hold "{0}" or "undefined"; only the template's words are checked.
      const own = Object.values(error.problem.params)
        .map(String)
        .sort((a, b) => b.length - a.length);
      const template = own.reduce((t, v) => (v ? t.split(v).join("") : t), text);
      expect([name, text, /\{\w+\}|\[object |undefined/.test(template)]).toEqual([name, text, false]);
      expect([name, text.length < 700]).toEqual([name, true]);
    }
    return;
  }
  expect([name, hasNaN(result)]).toEqual([name, false]);
}

describe("odd raw values: a real result or a complete InputError", () => {
  test.each(Object.entries(CALLS))("%s, listed odd values", (name, fn) => {
    for (const value of ODD) check(name, fn, value);
  });

  test.each(Object.entries(CALLS))("%s, anything fast-check makes", (name, fn) => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withBigInt: true }), (value) => check(name, fn, value)),
      { numRuns: 60 },
    );
  });
});
