import fc from "fast-check";
import {
  CHECKS,
  REPORT_TYPES,
  templateColumns,
  validateWorkbook,
  type CellValue,
  type SheetGrid,
} from "../../../core/validation";
import {
  AUDITOR_ROW,
  FAILED_ROW,
  MONTHLY_ROW,
  REGISTER_ROW,
  STATUS_ROW,
  TEAM_ROWS,
  type Row,
} from "./fixtures";

const CLEAN: Record<string, Row> = {
  monthly: MONTHLY_ROW,
  team: TEAM_ROWS[0] ?? {},
  failed: FAILED_ROW,
  status: STATUS_ROW,
  register: REGISTER_ROW,
  auditors: AUDITOR_ROW,
};

/** Freezes a grid all the way down, so a write anywhere throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** The grid in a comparable form: Dates by their time value (an Invalid Date is not equal to itself otherwise). */
function comparable(sheets: SheetGrid[]): unknown {
  return JSON.stringify(sheets, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? `Date(${String(raw.getTime())})` : value;
  });
}

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(
      "０",
      "１",
      "９",
      "Ａ",
      "（",
      "）",
      "\u3000",
      "\u200B",
      "\u00A0",
      "-",
      ";",
      "、",
      "年",
      "月",
      "日",
      "/",
      "X",
      "x",
    ),
    maxLength: 20,
  }),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 0, max: 3_000_000 }),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#VALUE!" }, { error: "#REF!" }),
  fc.constantFrom<CellValue>(
    "2026-01-15",
    "2026/1/15",
    "2026年1月15日",
    "20260115",
    "0101",
    "02",
    "04",
    "99",
    "暂停",
    "撤销",
    "有效",
    "高",
    "组长",
    "实习审核员",
    "技术专家",
    "是",
    "03.01;29",
    "081226HG00017R001-1",
    "320102198803151232",
    "91310115MA1FL7Q289",
  ),
);

/** A report sheet of a random type: its template headers, maybe a title row, rows mixing clean values and random cells. */
const sheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    type: fc.constantFrom(...REPORT_TYPES),
    title: fc.boolean(),
    rows: fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 40 }), { maxLength: 8 }),
    name: fc.constantFrom("A", "B", "月报", "组"),
  })
  .map(({ type, title, rows, name }) => {
    const cols = templateColumns(type);
    const clean = CLEAN[type] ?? {};
    const data = rows.map((r) =>
      cols.map((c, i) => (r[i] === undefined ? (clean[c.key] ?? null) : (r[i] as CellValue))),
    );
    return {
      name,
      cells: [...(title ? [["报表"]] : []), cols.map((c) => c.header), ...data],
      merged: title ? ["A1:C1"] : [],
    };
  });

describe("validation never throws and never changes its input", () => {
  test("fuzzed workbooks: findings are well-formed, sorted, and the grids unchanged (Dates included)", () => {
    fc.assert(
      fc.property(
        fc.array(sheet, { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom("2026-10", "2026-13", "x"), { nil: undefined }),
        (sheets, month) => {
          const before = comparable(sheets);
          const dates = sheets.flatMap((s) =>
            s.cells
              .flat()
              .filter((v): v is Date => v instanceof Date)
              .map((d) => [d, d.getTime()] as const),
          );
          const result = validateWorkbook(sheets, { month, reportDate: "2026-11-03" });
          expect(comparable(sheets)).toBe(before);
          for (const [d, t] of dates) expect(Object.is(d.getTime(), t)).toBe(true);
          for (const f of result.findings) {
            expect(f.id in CHECKS).toBe(true);
            expect(f.message.length).toBeGreaterThan(0);
            for (const [, name] of CHECKS[f.id as keyof typeof CHECKS].zh.matchAll(/\{(\w+)\}/g))
              expect([f.id, name, f.params[name ?? ""] !== undefined]).toEqual([f.id, name, true]);
            expect(f.severity).toBe(CHECKS[f.id as keyof typeof CHECKS].severity);
            expect(f.clause.length).toBeGreaterThan(0);
          }
          expect(result.canUpload).toBe(result.summary.errors === 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a deep-frozen workbook of every report type validates without a write", () => {
    const sheets: SheetGrid[] = REPORT_TYPES.map((type) => {
      const cols = templateColumns(type);
      const row = cols.map((c) => (CLEAN[type] ?? {})[c.key] ?? null);
      return {
        name: type,
        cells: [
          cols.map((c) => c.header),
          row,
          row.map((v) => (typeof v === "string" ? `\u3000${v}\u200B` : v)),
          [new Date(Date.UTC(2026, 0, 15)), { error: "#N/A" }, 46037, true],
        ],
        merged: ["A1:B1"],
      };
    });
    const snapshot = structuredClone(sheets);
    deepFreeze(sheets);
    const result = validateWorkbook(sheets, { month: "2026-10", reportDate: "2026-11-03" });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(sheets).toEqual(snapshot);
  });
});
