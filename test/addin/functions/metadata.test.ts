/**
 * functions.json is only ever generated (STYLE.md): generate it here through
 * custom-functions-metadata's API (its CLI exits 0 on errors) and check it against DOMAIN §11; and
 * check the hand-kept zh-CN metadata stays in step with it.
 */
import { join } from "node:path";
import {
  generateCustomFunctionsMetadata,
  type ICustomFunctionsMetadata,
  type IFunction,
} from "custom-functions-metadata";
import * as functions from "../../../addin/functions/functions";
import zh from "../../../addin/functions/functions-zh-cn.json";

const SOURCE = join(__dirname, "..", "..", "..", "addin", "functions", "functions.ts");

/** DOMAIN §11, in its order: parameter names, `?` = optional, `...` = repeating. */
const DOMAIN_11: Record<string, string[]> = {
  AUDITDAYS: ["employees", "risk", "type", "adjustPct?", "profile?"],
  ONSITEDAYS: ["days"],
  SITEDAYS: ["siteEmployees", "risk", "type", "profile?"],
  COMBINEDDAYS: ["days..."],
  EXPLAIN: ["employees", "risk", "type", "adjustPct?", "profile?"],
  RISK: ["scopeCode", "profile?"],
  SAMPLESITES: ["sites", "type", "similar?"],
  CERTNO: ["cbCode", "year", "seq", "cycle?", "accreditation?", "sub?", "scheme?"],
  CERTPARSE: ["certNo"],
  CERTEXPIRY: ["issueDate", "previousExpiry?"],
  SURVDUE: ["date", "n", "profile?"],
  WORKDAY: ["date", "days", "holidays?"],
  DEADLINE: ["eventDate", "kind", "holidays?"],
  USCC: ["code"],
  IDCARD: ["code"],
};

const CHINESE = /[\u4e00-\u9fff]/;
let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let metadata: ICustomFunctionsMetadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  metadata = JSON.parse(generated.metadataJson) as ICustomFunctionsMetadata;
});

const signature = (f: IFunction): string[] =>
  f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}${p.repeating ? "..." : ""}`);

describe("generated metadata (functions.json)", () => {
  test("no errors", () => {
    expect(generated.errors).toEqual([]);
  });

  test("exactly the DOMAIN §11 functions, in order, with their parameters and optional / repeating flags", () => {
    expect(Object.fromEntries(metadata.functions.map((f) => [f.id, signature(f)]))).toEqual(DOMAIN_11);
    expect(metadata.functions.map((f) => f.id)).toEqual(Object.keys(DOMAIN_11));
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("every parameter accepts a range and every result is a range (DOMAIN §11: same shape out)", () => {
    for (const f of metadata.functions) {
      for (const p of f.parameters)
        expect([f.id, p.name, p.dimensionality, p.type]).toEqual([f.id, p.name, "matrix", "any"]);
      expect([f.id, f.result]).toEqual([f.id, { dimensionality: "matrix" }]);
    }
  });

  test("descriptions and parameter help are in Chinese", () => {
    for (const f of metadata.functions) {
      expect([f.id, CHINESE.test(f.description ?? "")]).toEqual([f.id, true]);
      for (const p of f.parameters)
        expect([f.id, p.name, CHINESE.test(p.description ?? "")]).toEqual([f.id, p.name, true]);
    }
  });

  test("one association per function, to an exported function of functions.ts", () => {
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual(
      Object.keys(DOMAIN_11).map((id) => [id, id]),
    );
    const exported = functions as unknown as Record<string, unknown>;
    for (const a of generated.associate)
      expect([a.id, typeof exported[a.functionName]]).toEqual([a.id, "function"]);
  });
});

describe("functions-zh-cn.json in step with the generated metadata", () => {
  test("same top-level flags and the same functions in the same order", () => {
    const { functions: zf, ...zTop } = zh as unknown as ICustomFunctionsMetadata;
    const { functions: gf, ...gTop } = metadata;
    expect(zTop).toEqual(gTop);
    expect(zf.map((f) => [f.id, f.name])).toEqual(gf.map((f) => [f.id, f.name]));
  });

  test("each function: same parameter count, order, optional, repeating, type and dimensionality, and result", () => {
    const shape = (f: IFunction) => ({
      result: f.result,
      options: f.options,
      parameters: f.parameters.map((p) => ({
        optional: p.optional ?? false,
        repeating: p.repeating ?? false,
        type: p.type,
        dimensionality: p.dimensionality,
      })),
    });
    const zf = (zh as unknown as ICustomFunctionsMetadata).functions;
    metadata.functions.forEach((g, i) => expect([g.id, shape(zf[i]!)]).toEqual([g.id, shape(g)]));
  });

  test("Chinese names and help for every parameter, distinct within a function", () => {
    for (const f of (zh as unknown as ICustomFunctionsMetadata).functions) {
      expect([f.id, CHINESE.test(f.description ?? "")]).toEqual([f.id, true]);
      const names = f.parameters.map((p) => p.name);
      expect([f.id, new Set(names).size]).toEqual([f.id, names.length]);
      for (const p of f.parameters)
        expect([f.id, p.name, CHINESE.test(p.name), CHINESE.test(p.description ?? "")]).toEqual([
          f.id,
          p.name,
          true,
          true,
        ]);
    }
  });
});
