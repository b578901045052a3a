/** The 年报统计YYYY sheet as rows: Chinese names, totals, links to finding rows, the chart's source. */
import { statsSheetPlan } from "../../../core/statistics";
import { chartDataFromRows } from "../../../core/xlsx-chart";
import { parseRange } from "../../../core/sheet/a1";
import { registerGrid, registerRow, statsOf } from "./grids";

const { result } = statsOf(
  [
    {
      file: "台账.xlsx",
      grids: [
        registerGrid("台账", [
          registerRow("081225HG00001R000", "03.01;29.07", "110105", "2025-03-01", "2028-02-29", "有效"),
          registerRow("081225HG00002R000", "29", "999999", "2025-03-01", "2028-02-29", "有效"),
        ]),
      ],
    },
  ],
  { year: 2025 },
);
const plan = statsSheetPlan(result, "HG-HY");
const rowOf = (label: string) => plan.rows.find((r) => r[0] === label || r[1] === label);

test("named 年报统计2025, titled with the date", () => {
  expect(plan.name).toBe("年报统计2025");
  expect(plan.rows[0]?.[0]).toBe("认证机构获证组织信息分类统计年报 2025 年（数据截至 2025-12-31）");
  expect(plan.rows.every((r) => r.length === plan.width)).toBe(true);
});

test("categories and provinces by their Chinese names, with 无法归类 and totals", () => {
  expect(rowOf("食品、饮料和烟草")?.slice(0, 3)).toEqual(["03", "食品、饮料和烟草", 1]);
  expect(plan.rows.find((r) => r[0] === "29")?.[2]).toBe(2);
  expect(rowOf("北京市")?.slice(0, 3)).toEqual(["11", "北京市", 1]);
  const check = plan.rows.find((r) => r[0] === "核对");
  expect(check?.[1]).toBe("各省份之和 1，有效证书总数 2，相差 1");
});

test("each finding with a row links to its file, sheet and cell", () => {
  const link = plan.links.find((l) => l.cell === "E3");
  expect(link).toMatchObject({ file: "台账.xlsx", sheet: "台账", text: "台账!E3", column: 4 });
  expect(plan.rows[(link?.row ?? 0) - 1]?.[0]).toBe("STATS-DIVISION-UNKNOWN");
});

test("the chart covers the province names and counts, header row first", () => {
  const ref = parseRange(plan.chart.source);
  const block = plan.rows.slice(ref.top - 1, ref.bottom).map((r) => r.slice(ref.left - 1, ref.right));
  expect(block[0]).toEqual(["省份", "有效证书数"]);
  expect(chartDataFromRows(plan.chart, block)).toEqual({
    categories: ["北京市", "无法归类"],
    series: [{ name: "有效证书数", values: [1, 1] }],
  });
});
