/**
 * The CERT functions as Excel calls them (DOMAIN §11): every row of test-data.json — formula and
 * expected cell result, like the template's end-to-end test data — run through the real functions
 * with a fake CustomFunctions global; plus the behaviours every function shares.
 */
import * as functions from "../../../addin/functions/functions";
import zhMetadata from "../../../addin/functions/functions-zh-cn.json";
import testData from "./test-data.json";
import { excelArguments, isoOfSerial, parseFormula, serialOf } from "./formula";
import { installFakeCustomFunctions, plain } from "./fake-custom-functions";

beforeAll(installFakeCustomFunctions);

type Fn = (...args: unknown[]) => unknown[][];
const FUNCTIONS = functions as unknown as Record<string, Fn>;
const REPEATING = new Set(
  zhMetadata.functions
    .filter((f) => f.parameters.some((p) => "repeating" in p && p.repeating))
    .map((f) => f.id),
);
const DOMAIN_FUNCTIONS = [
  "AUDITDAYS",
  "ONSITEDAYS",
  "SITEDAYS",
  "COMBINEDDAYS",
  "EXPLAIN",
  "RISK",
  "SAMPLESITES",
  "CERTNO",
  "CERTPARSE",
  "CERTEXPIRY",
  "SURVDUE",
  "WORKDAY",
  "DEADLINE",
  "USCC",
  "IDCARD",
];

interface Case {
  formula: string;
  result: unknown;
  why: string;
}
const CASES = testData.functions as Record<string, Case[]>;

function run(formula: string): unknown[][] {
  const call = parseFormula(formula);
  const fn = FUNCTIONS[call.name];
  if (!fn) throw new Error(`no function ${call.name}`);
  return fn(...excelArguments(call, REPEATING.has(call.name)));
}

/** Turns an expected cell of the table into a jest matcher. */
function expectedCell(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null) return cell;
  const e = cell as { date?: string; error?: string; message?: string; contains?: string | string[] };
  if (e.date) {
    const [y, m, d] = e.date.split("-").map(Number);
    return serialOf(y!, m!, d!);
  }
  if (e.error) return { error: e.error, message: e.message ?? expect.stringContaining(String(e.contains)) };
  if (Array.isArray(e.contains))
    return expect.stringMatching(
      new RegExp(e.contains.map((t) => `(?=[\\s\\S]*${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`).join("")),
    );
  throw new Error(`unreadable expected cell ${JSON.stringify(cell)}`);
}

function expectedGrid(result: unknown): unknown[][] {
  if (Array.isArray(result)) return result.map((row: unknown[]) => row.map(expectedCell));
  return [[expectedCell(result)]];
}

test("the table covers every DOMAIN §11 function, each with a range and a bad-input case", () => {
  expect(Object.keys(CASES)).toEqual(DOMAIN_FUNCTIONS);
  for (const [name, cases] of Object.entries(CASES)) {
    expect([name, cases.length >= 3]).toEqual([name, true]);
    expect([name, cases.some((c) => Array.isArray(c.result))]).toEqual([name, true]);
    expect([name, JSON.stringify(cases).includes('"error"') || ["USCC", "IDCARD"].includes(name)]).toEqual([
      name,
      true,
    ]);
  }
});

describe.each(Object.entries(CASES))("%s", (_name, cases) => {
  test.each(cases.map((c) => [c.formula, c] as const))("%s", (_formula, c) => {
    const got = run(c.formula).map((row) => row.map(plain));
    expect(got).toEqual(expectedGrid(c.result));
  });
});

test("date results are Excel serials of the expected day (cross-check of the table's conversion)", () => {
  expect(run("=CERT.CERTEXPIRY(DATE(2026,1,15))")).toEqual([[47132]]);
  expect(isoOfSerial(47132)).toBe("2029-01-14");
  expect(serialOf(1970, 1, 1)).toBe(25569);
});

describe("behaviour every function shares", () => {
  const BLANKS = {
    AUDITDAYS: 3,
    ONSITEDAYS: 1,
    SITEDAYS: 3,
    COMBINEDDAYS: 1,
    EXPLAIN: 3,
    RISK: 1,
    SAMPLESITES: 2,
    CERTNO: 3,
    CERTPARSE: 1,
    CERTEXPIRY: 1,
    SURVDUE: 2,
    WORKDAY: 2,
    DEADLINE: 2,
    USCC: 1,
    IDCARD: 1,
  };

  test.each(Object.entries(BLANKS))(
    "%s: blank required inputs give #VALUE! with a Chinese message, never a throw, a default or FALSE",
    (name, required) => {
      const fn = FUNCTIONS[name]!;
      const args = name === "COMBINEDDAYS" ? [[[[""]]]] : Array.from({ length: required }, () => [[""]]);
      const out = fn(...args).map((row) => row.map(plain));
      expect(out).toHaveLength(1);
      expect(out[0]![0]).toEqual({ error: "#VALUE!", message: expect.stringMatching(/为空/) });
    },
  );

  test.each(DOMAIN_FUNCTIONS)("%s: an input that is an Excel #N/A gives #N/A for that cell only", (name) => {
    const fn = FUNCTIONS[name]!;
    const na = { type: "Error", basicValue: "#N/A" };
    const args =
      name === "COMBINEDDAYS" ? [[[[na], [1]]]] : [[[na], [1]], ...Array.from({ length: 6 }, () => null)];
    const out = fn(...args).map((row) => row.map(plain));
    expect(out[0]![0]).toEqual({ error: "#N/A", message: expect.stringContaining("是错误值 #N/A") });
    expect(out).toHaveLength(2);
  });

  test("omitted optionals (null) take the documented defaults", () => {
    expect(run('=CERT.AUDITDAYS(180,"高","初次",,)')).toEqual(
      run('=CERT.AUDITDAYS(180,"高","初次",0,"HG-HY")'),
    );
    expect(run('=CERT.SAMPLESITES(10,"监督",)')).toEqual([[2]]);
    expect(run('=CERT.CERTNO("0812",2026,17,,,,)')).toEqual([["081226HG00017R000"]]);
    expect(run("=CERT.SURVDUE(DATE(2026,1,15),2,)")).toEqual(run('=CERT.SURVDUE(DATE(2026,1,15),2,"HG-HY")'));
    expect(run("=CERT.CERTEXPIRY(DATE(2026,1,15),)")).toEqual(run("=CERT.CERTEXPIRY(DATE(2026,1,15))"));
  });

  // Throughput is bench/functions.ts's to measure: a time limit here fails on a loaded machine.
  test("a range of 1 000 rows is computed cell by cell, each row its own value", () => {
    const employees = Array.from({ length: 1000 }, (_, i) => [i + 1]);
    const out = FUNCTIONS.AUDITDAYS!(employees, [["中"]], [["初次"]], null, null);
    expect(out).toHaveLength(1000);
    expect(out[14]).toEqual([2.5]);
    expect(out[179]).toEqual([9]);
    expect(out[999]).toEqual(FUNCTIONS.AUDITDAYS!([[1000]], [["中"]], [["初次"]], null, null)[0]);
  });
});
