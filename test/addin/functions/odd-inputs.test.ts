/**
 * Adversarial inputs for every CERT function (DOMAIN §11): odd values in every parameter, Excel
 * errors and data-type objects inside ranges, shapes, broadcasting and 10 000-row ranges. Each cell
 * must be a real value or #VALUE! / #N/A with a Chinese message — never NaN, never an exception out of
 * the function, never the adapter's "bug" message. Exact values per case live in test-data.json.
 */
import * as functions from "../../../addin/functions/functions";
import { FakeCellError, installFakeCustomFunctions, plain } from "./fake-custom-functions";

beforeAll(installFakeCustomFunctions);

type Fn = (...args: unknown[]) => unknown[][];
const FUNCTIONS = functions as unknown as Record<string, Fn>;

/** Good arguments for each function, every optional given (so each position can be spoiled). */
const GOOD: Record<string, unknown[]> = {
  AUDITDAYS: [180, "高", "初次", -10, "HG-HY"],
  ONSITEDAYS: [10],
  SITEDAYS: [100, "高", "初次", "HG-HY"],
  COMBINEDDAYS: [10, 5],
  EXPLAIN: [180, "高", "初次", -10, "HG-HY"],
  RISK: ["03", "HG-HY"],
  SAMPLESITES: [25, "监督", true],
  CERTNO: ["0812", 2026, 17, 1, "01", 2, "SR"],
  CERTPARSE: ["081226HG00017R000-1"],
  CERTEXPIRY: [46037, 47000],
  SURVDUE: [46037, 2, "HG-ZGLY"],
  WORKDAY: [45930, 2],
  DEADLINE: [45930, "status"],
  USCC: ["91310115MA1FL7Q289"],
  IDCARD: ["11010519491231002X"],
};

/** Calls a function as Excel does: each argument a matrix; COMBINEDDAYS's repeating list as one array. */
function call(name: string, args: unknown[]): unknown[][] {
  const matrices = args.map((a) => (Array.isArray(a) ? a : a === null ? null : [[a]]));
  const fn = FUNCTIONS[name]!;
  return name === "COMBINEDDAYS" ? fn(matrices) : fn(...matrices);
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Every cell is a finite number, text, a boolean, or an error value Excel can show with a Chinese message. */
function expectCellsSound(grid: unknown[][], where: string): void {
  for (const row of grid)
    for (const cell of row) {
      if (cell instanceof FakeCellError) {
        const message = cell.message ?? "";
        expect([where, cell.code, CHINESE.test(message)]).toEqual([where, cell.code, true]);
        expect([where, ["#VALUE!", "#N/A"].includes(cell.code)]).toEqual([where, true]);
        expect([where, /程序缺陷|undefined|\[object Object\]/.test(message)]).toEqual([where, false]);
      } else if (typeof cell === "number") {
        expect([where, Number.isFinite(cell)]).toEqual([where, true]);
      } else {
        expect([where, typeof cell === "string" || typeof cell === "boolean"]).toEqual([where, true]);
      }
    }
}

const ODD: ReadonlyArray<[string, unknown]> = [
  ["null", null],
  ["empty", ""],
  ["space", " "],
  ["ideographic space", "\u3000"],
  ["zero-width space", "\u200B"],
  ["TRUE", true],
  ["FALSE", false],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["-0", -0],
  ["0", 0],
  ["-1", -1],
  ["1e308", 1e308],
  ["5e-324", 5e-324],
  ["2^53+2", 2 ** 53 + 2],
  ['"NaN"', "NaN"],
  ['"Infinity"', "Infinity"],
  ['"1e3"', "1e3"],
  ['"１８０"', "１８０"],
  ['"−5" (U+2212)', "\u22125"],
  ['"-10%"', "-10%"],
  ["Arabic-Indic digit", "\u0663"],
  ["long text", "x".repeat(2000)],
  ["empty object", {}],
  ["empty array", []],
  ["entity", { type: "Entity", text: "某公司", properties: {} }],
  ["web image", { type: "WebImage", address: "https://example.invalid/x.png" }],
  ["NaN double", { type: "Double", basicValue: Number.NaN }],
];

describe.each(Object.keys(GOOD))("%s with odd values", (name) => {
  test("in every parameter: a sound cell, never a throw, NaN or internal error", () => {
    const good = GOOD[name]!;
    for (let position = 0; position < good.length; position++)
      for (const [label, value] of ODD) {
        const args = [...good];
        args[position] = value;
        const where = `${name} arg ${position + 1} = ${label}`;
        let grid: unknown[][] = [];
        expect(() => {
          grid = call(name, args);
        }).not.toThrow();
        expectCellsSound(grid, where);
      }
  });

  test("an Excel error in the middle of a range spoils only its own cell, in either representation", () => {
    const good = GOOD[name]!;
    const errors = [
      new FakeCellError("#DIV/0!"),
      { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
    ];
    const args = [...good];
    args[0] = [[good[0]], [errors[0]], [good[0]], [errors[1]], [good[0]]];
    const out = call(name, args).map((row) => row.map(plain));
    const alone = call(name, good).map((row) => row.map(plain))[0];
    expect(out).toEqual([
      alone,
      alone!.map(() => ({ error: "#DIV/0!", message: undefined })),
      alone,
      alone!.map(() => ({
        error: "#N/A",
        message: expect.stringContaining("是错误值 #N/A，请先修正该单元格"),
      })),
      alone,
    ]);
  });

  test("a range and single values give, cell for cell, what each single call gives (broadcast)", () => {
    const good = GOOD[name]!;
    const firsts: Record<string, unknown[]> = {
      AUDITDAYS: [15, "１８０", 10701],
      ONSITEDAYS: [2.75, "７", 100],
      SITEDAYS: [15, 180, "２００"],
      COMBINEDDAYS: [0.5, 12, "３"],
      EXPLAIN: [15, 180, 1000],
      RISK: ["29", "3.01", "３８"],
      SAMPLESITES: [1, 100, "４９"],
      CERTNO: ["CNCA-R-2021-812", 812, "０８１２"],
      CERTPARSE: ["081226HG00017R000", "０８１２２６ＨＧ00017R101-3", "081226SR000170R208"],
      CERTEXPIRY: [46037, "2026/1/15", "20240229"],
      SURVDUE: [46037, "2026-12-01", "２０２６年１月１５日"],
      WORKDAY: [45926, "2025-09-30", 45570],
      DEADLINE: [45930, "2025/09/26", "20260115"],
      USCC: ["12440300455761025K", "91310115MA1FL7Q288", "91350203M0001QAY9B"],
      IDCARD: ["320102198803151232", "320102198803151233", "11010519491231002x"],
    };
    const values = firsts[name]!;
    const args = [...good];
    args[0] = values.map((v) => [v]);
    const out = call(name, args).map((row) => row.map(plain));
    const singles = values.map((v) => call(name, [v, ...good.slice(1)]).map((row) => row.map(plain))[0]);
    expect(out).toEqual(singles);
    expectCellsSound(out, name);
  });

  // Throughput is measured by bench/functions.ts, never by a time limit here (a loaded machine fails it).
  test("10 000 rows are computed cell by cell, the last as a single cell", () => {
    const good = GOOD[name]!;
    const args = [...good];
    args[0] = Array.from({ length: 10_000 }, () => [good[0]]);
    const out = call(name, args);
    expect(out).toHaveLength(10_000);
    expect(out[0]).toEqual(call(name, good)[0]);
    expect(out[9_999]).toEqual(call(name, good)[0]);
  }, 30_000);
});

describe("shapes: a row against a column", () => {
  const multi = Object.keys(GOOD).filter((n) => GOOD[n]!.length > 1);

  test.each(multi)("%s: one #VALUE! naming both shapes", (name) => {
    const good = GOOD[name]!;
    const args = [...good];
    args[0] = [[good[0], good[0]]];
    args[1] = [[good[1]], [good[1]]];
    const out = call(name, args).map((row) => row.map(plain));
    expect(out).toEqual([[{ error: "#VALUE!", message: expect.stringMatching(/1 行×2 列，.+ 2 行×1 列/) }]]);
  });

  test("CERTPARSE takes a column only: a row is one #VALUE! saying so", () => {
    const out = call("CERTPARSE", [[["081226HG00017R000", "081226HG00017R001"]]]).map((r) => r.map(plain));
    expect(out).toEqual([[{ error: "#VALUE!", message: expect.stringContaining("实为 1 行×2 列") }]]);
  });
});

describe("data-type objects (functions.json allows them for `any` parameters)", () => {
  test("a formatted number or a Double is read as its number", () => {
    const double = { type: "Double", basicValue: 180, numberFormat: "0" };
    const formatted = { type: "FormattedNumber", basicValue: 46037, numberFormat: "yyyy-mm-dd" };
    expect(call("AUDITDAYS", [double, "高", "初次", null, null])).toEqual([[10]]);
    expect(call("CERTEXPIRY", [formatted, null])).toEqual([[47132]]);
  });

  test("a percentage-formatted -10% (-0.1) is refused with the way to enter it", () => {
    const percent = { type: "Double", basicValue: -0.1, numberFormat: "0%" };
    const out = call("AUDITDAYS", [180, "高", "初次", percent, null]).map((r) => r.map(plain));
    expect(out).toEqual([
      [
        {
          error: "#VALUE!",
          message:
            '调整百分比「-0.1」按百分点填写：-10 表示减少 10%。单元格若为百分比格式，-10% 在 Excel 中存为 -0.1，会被误读为减少 0.1%；请改填 -10。确为不足 1 个百分点的调整请以文字输入（如 "0.5"）（本工具约定）',
        },
      ],
    ]);
  });

  test("an entity is named by its text, not [object Object]", () => {
    const entity = { type: "Entity", text: "上海某公司", properties: {} };
    const out = call("AUDITDAYS", [entity, "高", "初次", null, null]).map((r) => r.map(plain));
    expect(out).toEqual([
      [{ error: "#VALUE!", message: "有效人数「上海某公司」不是数字，需要数字（依据 本工具约定）" }],
    ]);
  });
});

describe("COMBINEDDAYS: omitted systems and blank cells", () => {
  test("an omitted argument is left out; a blank cell in a given range is refused", () => {
    expect(call("COMBINEDDAYS", [10, null, 5])).toEqual([[12]]);
    expect(call("COMBINEDDAYS", [[[10], [20]], null, [[5], [""]]]).map((r) => r.map(plain))).toEqual([
      [12],
      [{ error: "#VALUE!", message: "人日数为空，需要填写（依据 004 5.4.2.4）" }],
    ]);
  });

  test("shape messages keep the user's argument numbers when one in between is omitted", () => {
    const out = call("COMBINEDDAYS", [[[10], [20]], null, [[5, 6]]]).map((r) => r.map(plain));
    expect(out).toEqual([
      [{ error: "#VALUE!", message: expect.stringContaining("人日数1 2 行×1 列，人日数3 1 行×2 列") }],
    ]);
  });
});

describe("numbers past exact range (core defects found here, since fixed in core)", () => {
  test("COMBINEDDAYS(2^53+2, 5) is an input error naming the value, not a bug", () => {
    const cell = plain(call("COMBINEDDAYS", [2 ** 53 + 2, 5])[0]![0]);
    expect(cell).toEqual({ error: "#VALUE!", message: expect.stringContaining("9007199254740994") });
    expect((cell as { message: string }).message).not.toContain("程序缺陷");
  });

  // It once spun forever finding ⌈√X⌉; a regression hangs the run rather than failing a time limit.
  test('SAMPLESITES(1E+300, "初次") is refused, naming the value', () => {
    const out = call("SAMPLESITES", [1e300, "初次", null]).map((r) => r.map(plain));
    expect(out).toEqual([
      [{ error: "#VALUE!", message: expect.stringContaining("场所数「1e+300」超出可精确表示的整数范围") }],
    ]);
  });
});

describe("adjustPct in percent points", () => {
  test.each([
    [-10, 9],
    [-0, 10],
    [0, 10],
    [1, 10],
    [-1, 10],
    ["-0.5", 10],
    ["-10%", 9],
  ])("%p → %p person-days (180 people, high risk)", (adjust, days) => {
    expect(call("AUDITDAYS", [180, "高", "初次", adjust, null])).toEqual([[days]]);
  });

  test.each([-0.1, 0.25, -0.999])(
    "the number %p is refused as a likely percentage-formatted cell",
    (adjust) => {
      const cell = plain(call("AUDITDAYS", [180, "高", "初次", adjust, null])[0]![0]);
      expect(cell).toEqual({
        error: "#VALUE!",
        message: expect.stringContaining(`调整百分比「${adjust}」按百分点填写`),
      });
    },
  );
});
