/**
 * 演示 审核时间: the worked sheet. Inputs in columns A–D, `=CERT.*` formulas beside them that
 * refer to those cells (change a headcount and the row recomputes), then multi-site sampling,
 * the default risk of a few scope codes, and the data of the headcount-to-days chart with the
 * chart beside it.
 */
import type { RuleProfile } from "../profiles/schema";
import { auditDaysCall, explainCall, onsiteCall, riskCall, sampleCall } from "./calls";
import { chartHeadcounts, distinctTables, riskFor, workedCases } from "./examples";
import { SheetGrid } from "./grid";
import type { DemoSheet } from "./types";

const WIDTH = 7;

export const WORKED_SHEET = "演示 审核时间";

function auditSection(grid: SheetGrid, profile: RuleProfile): void {
  grid.add(
    [
      "有效人数",
      "风险或业务范围代码",
      "审核类型",
      "调整（百分点）",
      "审核人日",
      "现场审核不少于",
      "计算记录",
    ],
    {
      bold: true,
    },
  );
  const first = grid.nextRow;
  for (const c of workedCases(profile)) {
    const refs = { employees: grid.ref(1), risk: grid.ref(2), type: grid.ref(3), adjustPct: grid.ref(4) };
    const days = auditDaysCall(c, refs);
    grid.add([
      c.employees,
      c.risk,
      c.type,
      c.adjustPct,
      days,
      onsiteCall(days.value as number, profile.id, grid.ref(5)),
      explainCall(c, refs),
    ]);
  }
  grid.markText(2, first, grid.nextRow - 1);
}

function samplingSection(grid: SheetGrid): void {
  grid.add(["多场所抽样（004 5.4.3；003 5.4.3.2）"], { bold: true });
  grid.add(["场所数", "审核类型", "相似场所", "抽样场所数"], { bold: true });
  const cases: Array<[number, string, boolean]> = [
    [25, "初次", true],
    [25, "监督", true],
    [25, "再认证", true],
    [10, "监督", false],
  ];
  for (const [sites, type, similar] of cases)
    grid.add([
      sites,
      type,
      similar,
      sampleCall(sites, type, similar, { sites: grid.ref(1), type: grid.ref(2), similar: grid.ref(3) }),
    ]);
}

/** The default risk of a few scope codes; false when the profile has no business categories. */
function riskSection(grid: SheetGrid, profile: RuleProfile): boolean {
  if (profile.categories.items.length === 0) return false;
  const { categories } = profile;
  grid.add([`业务范围代码的默认风险（${categories.riskExamplesClause ?? categories.clause}）`], {
    bold: true,
  });
  grid.add(["业务范围代码", "风险"], { bold: true });
  const codes = ["03.01.02", "29.01", "17.06"].filter((code) =>
    categories.items.some((c) => c.code === code.slice(0, 2)),
  );
  const first = grid.nextRow;
  for (const code of codes.length > 0 ? codes : [`${categories.items[0]?.code ?? "01"}`])
    grid.add([code, riskCall(code, profile.id, grid.ref(1))]);
  grid.markText(1, first, grid.nextRow - 1);
  return true;
}

function chartSection(grid: SheetGrid, profile: RuleProfile, all: readonly RuleProfile[]): void {
  const series = distinctTables(profile, all);
  grid.add(["有效人数与初次审核人日（图表数据：A 列为有效人数，风险取中、不调整）"], { bold: true });
  // The top-left cell stays blank: Excel then reads the numeric first column as the categories,
  // not as one more series.
  const header = grid.add([null, ...series.map((p) => `${p.id}（${p.table.name}）`)], { bold: true });
  let last = header;
  for (const employees of chartHeadcounts(series)) {
    const ref = grid.ref(1);
    last = grid.add([
      employees,
      ...series.map((p) =>
        auditDaysCall(
          { employees, risk: riskFor(p, "中"), type: "初次", adjustPct: 0, profile: p.id },
          { employees: ref },
        ),
      ),
    ]);
  }
  grid.setChart({
    kind: "line",
    source: `${grid.ref(1, header)}:${grid.ref(1 + series.length, last)}`,
    title: "有效人数与初次审核人日",
    topLeft: grid.ref(4, header),
    bottomRight: grid.ref(10, header + 20),
  });
}

export function workedSheet(profile: RuleProfile, all: readonly RuleProfile[], formulas: boolean): DemoSheet {
  const grid = new SheetGrid(WORKED_SHEET, WIDTH);
  grid.add([`CertDesk 演示：审核时间是怎样算出来的（规则 ${profile.id}：${profile.name}）`], { bold: true });
  grid.add([
    formulas
      ? "改动 A–D 列的输入，右边的 =CERT.* 公式随之重算；计算记录列写出每一步及其条款。"
      : "本文件由认证工作台生成：公式列的结果已由同一计算核心算出并写为数值；在装有 CertDesk 加载项的 Excel 中插入演示工作簿可得到公式。",
  ]);
  grid.blank();
  auditSection(grid, profile);
  grid.blank();
  samplingSection(grid);
  grid.blank();
  if (riskSection(grid, profile)) grid.blank();
  chartSection(grid, profile, all);
  return grid.build();
}
