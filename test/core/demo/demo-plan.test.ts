/**
 * The demo workbook plan: every computed cell's value is what the core gives for the arguments
 * its formula names (resolved on the sheet), the chart covers its data, and the exercises'
 * answers are the worked examples of DOMAIN.md.
 */
import { auditDays, onsiteMinimum, renderRecord, riskLabel, riskOfScope } from "../../../core/audit-time";
import {
  ANSWER_SHEET,
  demoWorkbookPlan,
  EXERCISE_SHEET,
  isFormula,
  WORKED_SHEET,
  type DemoArg,
  type DemoChart,
  type DemoCell,
  type DemoFormula,
  type DemoSheet,
} from "../../../core/demo";
import { getProfile, listProfiles } from "../../../core/profiles";
import { sampleSites } from "../../../core/sampling";
import { parseCell, parseRange } from "../../../core/sheet/a1";
import { chartDataFromRows } from "../../../core/xlsx-chart";
import { problemOf } from "../audit-time/helpers";

function cellAt(sheet: DemoSheet, address: string): DemoCell | undefined {
  const { row, column } = parseCell(address);
  return sheet.rows[row - 1]?.[column - 1];
}

function resolve(sheet: DemoSheet, arg: DemoArg): unknown {
  if ("ref" in arg) {
    const cell = cellAt(sheet, arg.ref);
    return isFormula(cell ?? null) ? (cell as DemoFormula).value : cell;
  }
  if ("text" in arg) return arg.text;
  if ("bool" in arg) return arg.bool;
  return arg.number;
}

/** What the custom function computes for the formula's arguments (addin/functions/functions.ts). */
function recompute(sheet: DemoSheet, f: DemoFormula): unknown {
  const a = f.args.map((arg) => resolve(sheet, arg));
  const audit = () => auditDays({ employees: a[0], risk: a[1], type: a[2], adjustPct: a[3], profile: a[4] });
  switch (f.fn) {
    case "AUDITDAYS":
      return audit().days;
    case "EXPLAIN":
      return renderRecord(audit().steps);
    case "ONSITEDAYS":
      return onsiteMinimum(a[0]).days;
    case "RISK":
      return riskLabel(riskOfScope(a[0], a[1]).level);
    case "SAMPLESITES":
      return sampleSites({ sites: a[0], type: a[1], similar: a[2] }).sites;
  }
}

const formulasOf = (sheet: DemoSheet) => sheet.rows.flat().filter((c): c is DemoFormula => isFormula(c));

describe.each(listProfiles().map((p) => p.id))("the demo under %s", (id) => {
  const plan = demoWorkbookPlan(id, true);

  test("three sheets: the worked sheet, the exercises, the answers apart", () => {
    expect(plan.profile).toBe(id);
    expect(plan.sheets.map((s) => s.name)).toEqual([WORKED_SHEET, EXERCISE_SHEET, ANSWER_SHEET]);
  });

  test("every sheet is rectangular and every bold range lies on it", () => {
    for (const sheet of plan.sheets) {
      const width = sheet.rows[0]?.length ?? 0;
      expect(sheet.rows.every((r) => r.length === width)).toBe(true);
      for (const range of sheet.bold) {
        const r = parseRange(range);
        expect(r.bottom <= sheet.rows.length && r.right <= width).toBe(true);
      }
    }
  });

  test("every computed cell holds what the core gives for the arguments its formula names", () => {
    for (const sheet of plan.sheets)
      for (const f of formulasOf(sheet)) expect([f.fn, f.value]).toEqual([f.fn, recompute(sheet, f)]);
  });

  test("scope codes sit in ranges formatted as text, so Excel keeps 03.01.02 and 29.01 as typed", () => {
    const sheet = plan.sheets[0] as DemoSheet;
    const codes = sheet.rows.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        typeof cell === "string" && /^\d{2}(\.\d{2})+$/.test(cell) ? [[r + 1, c + 1]] : [],
      ),
    );
    // Only a profile with business categories shows codes (SR-GGBZ has none).
    expect(codes.length > 0).toBe(getProfile(id).categories.items.length > 0);
    const ranges = sheet.text.map((t) => parseRange(t));
    for (const [row, column] of codes)
      expect([
        row,
        column,
        ranges.some((g) => g.top <= row! && row! <= g.bottom && g.left === column),
      ]).toEqual([row, column, true]);
  });

  test("the worked sheet's formulas refer to the input cells of their own row", () => {
    const sheet = plan.sheets[0] as DemoSheet;
    const row = sheet.rows.findIndex((r) => r[0] === 180 && r[2] === "初次");
    const days = sheet.rows[row]?.[4] as DemoFormula;
    expect(days.args).toEqual([
      { ref: `A${row + 1}` },
      { ref: `B${row + 1}` },
      { ref: `C${row + 1}` },
      { ref: `D${row + 1}` },
      { text: id },
    ]);
  });

  test("the line chart covers its header and data, beside them on the same sheet", () => {
    const sheet = plan.sheets[0] as DemoSheet;
    const chart = sheet.chart;
    if (!chart) throw new Error("no chart");
    expect(chart.kind).toBe("line");
    const source = parseRange(chart.source);
    // Blank top-left: Excel takes the numeric first column as categories, not as a series.
    expect(cellAt(sheet, `A${source.top}`)).toBeNull();
    expect(cellAt(sheet, `A${source.top - 1}`)).toMatch(/A 列为有效人数/);
    expect(source.bottom).toBe(sheet.rows.length);
    const headcounts = sheet.rows.slice(source.top, source.bottom).map((r) => r[0]);
    expect(headcounts.slice(0, 4)).toEqual([1, 10, 15, 16]);
    expect(headcounts.every((n, i) => i === 0 || (n as number) > (headcounts[i - 1] as number))).toBe(true);
    // Both table shapes are plotted: 附录B (stairs) and 表A.1 (curve), the chosen one first.
    const series = (sheet.rows[source.top - 1] ?? []).slice(1, source.right);
    expect(series).toContain("SR-GGBZ（表A.1）");
    expect(series[0]).toMatch(new RegExp(`^${id === "HG-ZGLY" ? "HG-ZGLY" : id}（`));
    expect(parseCell(chart.topLeft).column).toBeGreaterThan(source.right);
  });

  test("outside Excel the chart parts get numbers: categories are the headcounts, one series per table", () => {
    const sheet = demoWorkbookPlan(id, false).sheets[0] as DemoSheet;
    const chart = sheet.chart as DemoChart;
    const r = parseRange(chart.source);
    const block = sheet.rows
      .slice(r.top - 1, r.bottom)
      .map((row) => row.slice(r.left - 1, r.right).map((c) => (isFormula(c) ? c.value : c)));
    const data = chartDataFromRows(chart, block);
    expect(data.categories.slice(0, 3)).toEqual(["1", "10", "15"]);
    expect(data.series).toHaveLength(2);
    expect(data.series.every((s) => s.values.every((v) => typeof v === "number"))).toBe(true);
  });

  test("only the worked sheet's note depends on whether formulas are written", () => {
    const values = demoWorkbookPlan(id, false);
    expect(values.sheets.slice(1)).toEqual(plan.sheets.slice(1));
    expect(String(values.sheets[0]?.rows[1]?.[0])).toMatch(/已由同一计算核心算出并写为数值/);
    expect(values.sheets[0]?.rows.slice(2)).toEqual(plan.sheets[0]?.rows.slice(2));
  });
});

describe("the exercises and their answers", () => {
  function answers(id: string): Array<[unknown, unknown, unknown]> {
    const sheet = demoWorkbookPlan(id, true).sheets[2] as DemoSheet;
    return sheet.rows
      .filter((r) => typeof r[0] === "number")
      .map((r) => [r[0], (r[1] as DemoFormula).value, r[2]]);
  }

  test("HG-HY: DOMAIN's 180-people example and its derivations, a factor case, the progression, sampling", () => {
    expect(answers("HG-HY")).toEqual([
      [1, 10, "人日"], // 9 × 1.1 = 9.9 → 10 (DOMAIN §3.7)
      [2, 3.5, "人日"], // 10 / 3 = 3.333 → 3.5
      [3, 6.5, "人日"], // 10 × 2/3 = 6.667 → 6.5
      [4, 8, "人日"], // 10 × 80 %
      [5, 10, "人日"], // 13 × 0.75 = 9.75 → 10
      [6, 23, "人日"], // 11 984 people: 10701–13469 → 23
      [7, 3, "个场所"], // ⌈0.6 √25⌉ (DOMAIN §4)
    ]);
  });

  test("SR-GGBZ: the curve (DOMAIN §3.2: 180 → 8.05 → 8), column E, stage 1, the curve continued", () => {
    expect(answers("SR-GGBZ").map(([, value]) => value)).toEqual([
      8, // B+C: 8 + (180 − 175) ÷ 100 × (9 − 8) = 8.05 → 8
      2.5, // 8 / 3 = 2.667 → 2.5
      7, // column E: 7.05 → 7, not below 8 × 2/3 = 5.333 → 5.5
      6.5, // 8 × 80 % = 6.4 → 6.5
      9.5, // 12.417 → 12.5, × 75 % = 9.375 → 9.5
      1, // stage 1 of 100 people (column B)
      22.5, // 22 + (11984 − 10700) ÷ (13469 − 10700) = 22.464 → 22.5
      3,
    ]);
  });

  test("the exercise sheet asks, with an empty answer column; the answer sheet gives the record with its clauses", () => {
    const [, questions, answerSheet] = demoWorkbookPlan("HG-HY", true).sheets as DemoSheet[];
    const first = questions?.rows.find((r) => r[0] === 1);
    expect(first).toEqual([
      1,
      "某组织有效人数 180 人，高风险，初次认证（第一阶段 + 第二阶段）需要多少审核人日？",
      null,
    ]);
    const factorRow = answerSheet?.rows.find((r) => r[0] === 5);
    expect(factorRow?.[3]).toBe(
      "有效人数 1000 → 附录B 876–1175 人 → 13 人日；减少因素「体系成熟」−15%；减少因素「业务过程低风险」−10%；" +
        "中风险 0%，调整 −25%，合计 −25% → 9.75；调整至最接近的半人日 → 10 人日" +
        "（001 附录B 注4 2)a、附录B 注4 2)b；004 附录B 注4、5.4.2.3）",
    );
  });
});

test("an unknown profile is the core's message, not a half-made plan", () => {
  expect(problemOf(() => demoWorkbookPlan("XX-YY", true)).problem.code).toBe("profile.unknown");
});
