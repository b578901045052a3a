/**
 * What the rules pane shows about a profile, read from the profile data itself (never restated
 * by hand): the time table with its band labels, the columns deliberately not used and why, and
 * the fractions and percentages with their clauses. Pure, so it is tested in node.
 */
import { dataVintage, CALENDAR_SHEET, type RuleProfile, DISSIMILAR_RULE, SIMILAR_RULES } from "../../../core";

export interface TableView {
  headers: string[];
  /** Column letters and full names, e.g. "B：文件审核和现场审核（第一阶段）人天数". */
  legend: string[];
  rows: string[][];
}

function days(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

export function tableView(profile: RuleProfile): TableView {
  const { table } = profile;
  const extra = (["stage1", "recert"] as const).filter((c) => table.columns[c]);
  const columns = [table.columns.total, ...extra.map((c) => table.columns[c]!)];
  const headers = ["有效人数", ...columns.map((c) => (table.shape === "linear" ? `${c.column} 栏` : "人日"))];
  const legend = columns.map((c) => `${c.column}：${c.name}（${c.clause}）`);
  const rows: string[][] = [];
  if (table.shape === "linear" && table.start) {
    rows.push([
      `${table.start.employees} 人（起点）`,
      days(table.start.days),
      ...extra.map((c) => days(table.start?.[c])),
    ]);
  }
  table.rows.forEach((row, i) => {
    const previous = table.rows[i - 1];
    const band =
      table.shape === "linear"
        ? `至 ${row.upTo}`
        : previous
          ? `${previous.upTo + 1}–${row.upTo}`
          : `≤${row.upTo}`;
    rows.push([band, days(row.days), ...extra.map((c) => days(row[c]))]);
  });
  const last = table.rows[table.rows.length - 1];
  if (last)
    rows.push([
      `>${last.upTo}`,
      `递进 +${table.progression.perBand.days}/档`,
      ...extra.map((c) =>
        table.progression.perBand[c] === undefined ? "" : `+${table.progression.perBand[c]}/档`,
      ),
    ]);
  return { headers, legend, rows };
}

export function unusedColumnNotes(profile: RuleProfile): string[] {
  return profile.table.unusedColumns.map(
    (c) => `${profile.table.name} ${c.column} 栏（${c.name}）不采用：${c.reason}（${c.clause}）`,
  );
}

const LEVELS = { high: "高", medium: "中", low: "低" } as const;

function pct(value: number): string {
  return value > 0 ? `+${value}%` : value < 0 ? `−${-value}%` : "0%";
}

export function ruleFacts(profile: RuleProfile): Array<{ label: string; text: string }> {
  const { risk } = profile;
  const riskText =
    risk.use === "adjust"
      ? `${(Object.keys(LEVELS) as Array<keyof typeof LEVELS>).map((l) => `${LEVELS[l]} ${pct(risk.factorsPct[l])}`).join("，")}（${risk.clause}）`
      : `${risk.note}（${risk.clause}）`;
  const rounding =
    { nearestHalf: "调整至最接近的半人日", upToHalf: "向上调整至半人日", downToHalf: "向下调整至半人日" }[
      profile.rounding.rule
    ] ?? profile.rounding.rule;
  return [
    { label: "来源", text: `${profile.source.seed} ${profile.source.title}` },
    {
      label: "认证项目",
      text: `${profile.scheme.name}（${profile.scheme.code}，${profile.scheme.standard}；${profile.scheme.clause}）`,
    },
    { label: "风险调整", text: riskText },
    {
      label: "最大减少",
      text: `不超过表值的 ${profile.maxReduction.pct}%（${profile.maxReduction.clause}）`,
    },
    {
      label: "监督审核",
      text: `初次审核时间 × ${profile.surveillance.fraction}（${profile.surveillance.clause}）`,
    },
    {
      label: "再认证",
      text: `初次审核时间 × ${profile.recertification.fraction}（${profile.recertification.clause}）`,
    },
    { label: "现场审核", text: `不少于审核时间的 ${profile.onsite.pct}%（${profile.onsite.clause}）` },
    { label: "取整", text: `${rounding}（${profile.rounding.clause}）` },
    {
      label: "人日",
      text: `1 人日 = ${profile.personDayHours.hours} 小时（${profile.personDayHours.clause}）`,
    },
  ];
}

const BASIS = { example: "示例", default: "未列出，按中风险默认" } as const;

/** The profile's business categories with their default risk and where it comes from (DOMAIN §3.8). */
export function categoryRows(
  profile: RuleProfile,
): Array<{ code: string; name: string; risk: string; basis: string }> {
  return profile.categories.items.map((c) => ({
    code: c.code,
    name: c.name,
    risk: LEVELS[c.risk],
    basis:
      c.riskBasis === "example"
        ? `${BASIS.example}${c.riskExample ? `：${c.riskExample}` : ""}`
        : BASIS.default,
  }));
}

/** Where the categories' risks come from, with the clauses. */
export function categoryClauses(profile: RuleProfile): string {
  const { categories } = profile;
  const examples = categories.riskExamplesClause ? `；风险示例 ${categories.riskExamplesClause}` : "";
  return `业务范围分类 ${categories.clause}${examples}；未列出的大类按中风险（本工具约定）`;
}

/** The multi-site sampling rules as the core holds them (DOMAIN §4), each with its clause. */
export function samplingLines(): string[] {
  const k = (rule: { k: string }) => (rule.k ? `${rule.k}√X` : "√X");
  return [
    `相似场所：初次认证 ⌈${k(SIMILAR_RULES.initial)}⌉（${SIMILAR_RULES.initial.clause}），监督审核 ⌈${k(SIMILAR_RULES.surveillance)}⌉（${SIMILAR_RULES.surveillance.clause}），再认证 ⌈${k(SIMILAR_RULES.recertification)}⌉（${SIMILAR_RULES.recertification.clause}）；003 5.4.3.2 规定相同`,
    `不相似场所不抽样：初次认证和再认证逐一审核全部场所，监督审核不少于 ${DISSIMILAR_RULE.surveillance.share}，即 ⌈${DISSIMILAR_RULE.surveillance.fraction} × X⌉（${DISSIMILAR_RULE.clause}）`,
    "中心职能每次都审核，不计入抽样数；第二次监督宜抽取不同于第一次的场所",
  ];
}

/** The reference data this build carries, as the core reports it (the same data `certdesk --version` prints). */
export function dataVintages(): Array<{ label: string; text: string }> {
  const { holidays: h, divisions: d } = dataVintage();
  return [
    {
      label: "节假日数据",
      text: `覆盖 ${h.firstYear}–${h.lastYear} 年（${h.package} ${h.version}，国务院办公厅节假日安排，含调休）；其他年份可在工作簿的「${CALENDAR_SHEET}」表补充，否则工作日期限提示未覆盖，不按普通周一至周五猜测`,
    },
    {
      label: "行政区划代码",
      text: `${d.package} ${d.version}（${d.holds.zh}），另补充 ${d.additions} 个新设区县（至 ${d.addedThrough}）；不认识的代码只作警告，因代码会随区划调整撤销`,
    },
  ];
}
