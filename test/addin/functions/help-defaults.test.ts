/**
 * What the Chinese parameter help promises about optional parameters is what the functions do
 * (DOMAIN §11): each stated default equals passing that value explicitly, adjustPct is in percent
 * points, and the help of the generated functions.json says the same as functions-zh-cn.json.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../../addin/functions/functions";
import zh from "../../../addin/functions/functions-zh-cn.json";
import { DEFAULT_PROFILE_ID } from "../../../core/profiles";
import { installFakeCustomFunctions, plainGrid } from "./fake-custom-functions";

beforeAll(installFakeCustomFunctions);

type Fn = (...args: unknown[]) => unknown[][];
const FUNCTIONS = functions as unknown as Record<string, Fn>;
const one = (v: unknown): unknown => (v === null ? null : [[v]]);
const run = (name: string, args: unknown[]): unknown[][] => plainGrid(FUNCTIONS[name]!(...args.map(one)));

function help(fn: string, index: number): string {
  const f = zh.functions.find((x) => x.id === fn);
  return f?.parameters[index]?.description ?? "";
}

/** [function, parameter index, what the help says, good arguments, the default written out]. */
const DEFAULTS: ReadonlyArray<[string, number, string, unknown[], unknown]> = [
  ["AUDITDAYS", 3, "缺省为 0", [180, "高", "初次"], 0],
  ["AUDITDAYS", 4, "HG-HY（缺省）", [180, "03", "初次", -10], "HG-HY"],
  ["EXPLAIN", 3, "缺省为 0", [180, "高", "初次"], 0],
  ["EXPLAIN", 4, "HG-HY（缺省）", [180, "03", "初次", -10], "HG-HY"],
  ["SITEDAYS", 3, "HG-HY（缺省）", [180, "高", "监督"], "HG-HY"],
  ["RISK", 1, "HG-HY（缺省）", ["28"], "HG-HY"],
  ["SAMPLESITES", 2, "TRUE（缺省）", [25, "监督"], true],
  ["CERTNO", 3, "0 初次认证（缺省）", ["0812", 2026, 17], 0],
  ["CERTNO", 4, "00 未认可（缺省）", ["0812", 2026, 17, 1], "00"],
  ["CERTNO", 6, "HG（缺省）", ["0812", 2026, 17, 1, "01", 2], "HG"],
  ["SURVDUE", 2, "HG-HY（缺省）", [46037, 2], "HG-HY"],
];

describe("each stated default is what an omitted or blank parameter does", () => {
  test.each(DEFAULTS)("%s parameter %d: help says %s", (fn, index, stated, good, value) => {
    expect(help(fn, index)).toContain(stated);
    const explicit = run(fn, [...good, ...Array(index - good.length).fill(null), value]);
    const omitted = run(fn, [...good, ...Array(index - good.length).fill(null), null]);
    const blank = run(fn, [...good, ...Array(index - good.length).fill(null), ""]);
    expect(explicit.flat().some((c) => typeof c === "object")).toBe(false);
    expect(omitted).toEqual(explicit);
    expect(blank).toEqual(explicit);
  });

  test("the profile default the help names is the core's", () => {
    expect(DEFAULT_PROFILE_ID).toBe("HG-HY");
    for (const f of zh.functions)
      for (const p of f.parameters)
        if (p.name === "规则配置")
          expect([f.id, p.description]).toEqual([f.id, expect.stringContaining("HG-HY（缺省）")]);
  });

  test("CERTNO's sub defaults to the main certificate (no -n)", () => {
    expect(help("CERTNO", 5)).toContain("缺省为主证书");
    expect(run("CERTNO", ["0812", 2026, 17, null, null, null, null])).toEqual([["081226HG00017R000"]]);
  });
});

describe("adjustPct is in percent points, as the help says", () => {
  test.each(["AUDITDAYS", "EXPLAIN"])(
    "%s: help says -10 is a 10 %% reduction and warns about percent cells",
    (fn) => {
      expect(help(fn, 3)).toContain("按百分点填写：-10 表示减少 10%");
      expect(help(fn, 3)).toContain("-10% 存为 -0.1");
    },
  );

  test("-10 reduces by 10 %: 180 people, medium risk, 9 → 8.1 → 8", () => {
    expect(run("AUDITDAYS", [180, "中", "初次", -10])).toEqual([[8]]);
    expect(run("EXPLAIN", [180, "中", "初次", -10])[0]![0]).toContain("8 人日");
  });
});

describe("functions.json (generated from functions.ts) and functions-zh-cn.json say the same", () => {
  let generated: ICustomFunctionsMetadata;
  beforeAll(async () => {
    const source = join(__dirname, "..", "..", "..", "addin", "functions", "functions.ts");
    generated = JSON.parse(
      (await generateCustomFunctionsMetadata(source)).metadataJson,
    ) as ICustomFunctionsMetadata;
  });

  test("every function and parameter description matches ([可选] is written （可选）)", () => {
    const text = (s: string | undefined): string => (s ?? "").replace(/^\[可选\] /, "（可选）");
    const pairs = generated.functions.map((g, i) => {
      const z = zh.functions[i]!;
      return {
        id: g.id,
        description: [text(g.description), z.description],
        parameters: g.parameters.map((p, j) => [text(p.description), z.parameters[j]?.description]),
      };
    });
    for (const pair of pairs) {
      expect([pair.id, pair.description[0]]).toEqual([pair.id, pair.description[1]]);
      for (const [mine, theirs] of pair.parameters) expect([pair.id, mine]).toEqual([pair.id, theirs]);
    }
  });
});
