import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue, SheetGrid } from "../../../../core/validation";
import { byId, CERT, cncaGrid, problems, run, sheetDef, TEAM } from "./fixtures";

const ROOT = path.join(__dirname, "../../../..");
const REFERENCE = [1, 2, 3]
  .map((up) => path.join(ROOT, ...Array<string>(up).fill(".."), "shared/cnca/layout-2016.json"))
  .find((p) => existsSync(p));

interface RefColumn {
  code: string;
  header: string;
  type: string;
  maxLength: string | null;
  note_zh: string;
  level: string | null;
  public: string | null;
}

/** CNCA's header block written from the reference file itself, not from our layout data. */
function templateFromReference(sheet: string, code: string): SheetGrid {
  const ref =
    (JSON.parse(readFileSync(REFERENCE as string, "utf8")) as Record<string, RefColumn[]>)[sheet] ?? [];
  const labels = ["字段名称", "字段含义", "数据类型", "最大长度（字符）", "填表说明", "校验级别", "是否公开"];
  const parts: ((c: RefColumn) => CellValue)[] = [
    (c) => c.code,
    (c) => c.header,
    (c) => c.type,
    (c) => c.maxLength,
    (c) => c.note_zh,
    (c) => c.level,
    (c) => c.public,
  ];
  const cells: CellValue[][] = parts.map((part, r) => [
    r === 0 ? code : r === 1 ? "管理体系及服务认证信息上报数据模版" : r === 4 ? sheet : null,
    labels[r] ?? null,
    ...ref.map(part),
  ]);
  cells.push(["从C8元格开始填写上报信息", null, ...ref.map((c) => CERT[c.code] ?? null)]);
  return { name: sheet, cells };
}

describe("CNCA's own template, as its reference data writes it", () => {
  (REFERENCE ? test : test.skip)("is recognised from C8 with no structural finding", () => {
    const result = run([templateFromReference("证书信息表", "103010"), cncaGrid("cnca-2016", "team", TEAM)]);
    expect(result.sheets[0]).toMatchObject({ rows: 1, cnca: { layout: "cnca-2016", dataStart: 8 } });
    expect(problems(result).filter((p) => /HEADER|COLUMN|SHEET|DATA-START/.test(p))).toEqual([]);
  });
});

describe("bad cells never crash a run nor print NaN", () => {
  const odd: CellValue[] = [
    { error: "#N/A" },
    true,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -5,
    "   ",
    "\u200B",
    new Date(Number.NaN),
    1e300,
    "２０２６－１０－２０",
  ];
  test.each(odd.map((v, k) => [k, v]))("value #%i in every field", (_k, value) => {
    const row = Object.fromEntries(sheetDef("cnca-2016", "certificates").columns.map((c) => [c.code, value]));
    const result = run([
      cncaGrid("cnca-2016", "certificates", [CERT, row]),
      cncaGrid("cnca-2016", "team", TEAM),
    ]);
    for (const f of result.findings) {
      expect(f.message).not.toMatch(/NaN|undefined|\{\w+\}/);
      expect(f.severity).toMatch(/^(error|warning|info)$/);
    }
  });

  test("an error value is named on its cell", () => {
    const result = run([cncaGrid("cnca-2016", "certificates", [{ ...CERT, ORG_NAME: { error: "#REF!" } }])]);
    expect(byId(result, "CELL-ERROR-VALUE").map((f) => [f.cell, f.params.value])).toEqual([["E8", "#REF!"]]);
  });
});
