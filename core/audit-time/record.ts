/**
 * Renders the calculation record (DOMAIN §3.7) from the steps the calculation produced, e.g.
 * 有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → 9.9；调整至最接近的半人日 → 10 人日（004 附录B 注4、5.4.2.3）.
 * Only wording lives here: every number comes from a step's values. Steps may have travelled as
 * JSON (CLI `--json`), so missing values render as blanks rather than failing.
 */
import type { Lang } from "../problem";
import type { CalcStep } from "./types";

type Values = CalcStep["values"];

/** Up to three decimals, trailing zeros dropped: 2.5333 → 2.533, 9.9 → 9.9. */
function num(value: unknown): string {
  if (typeof value !== "number") return value === undefined ? "" : String(value);
  return String(Number(value.toFixed(3))).replace("-", "−");
}

function signed(value: unknown): string {
  return typeof value === "number" && value > 0 ? `+${num(value)}` : num(value);
}

const LEVEL: Record<string, { zh: string; en: string }> = {
  high: { zh: "高", en: "high" },
  medium: { zh: "中", en: "medium" },
  low: { zh: "低", en: "low" },
};

function level(value: unknown, lang: Lang): string {
  return LEVEL[String(value)]?.[lang] ?? String(value ?? "");
}

function riskSource(v: Values, lang: Lang): string {
  if (!v.riskCategory) return "";
  const example = v.riskExample ? (lang === "zh" ? `：${v.riskExample}` : `: ${v.riskExample}`) : "";
  if (v.riskSource === "category")
    return lang === "zh"
      ? `（业务范围 ${v.riskCategory}，${v.riskClause} 示例${example}）`
      : ` (scope ${v.riskCategory}, example in ${v.riskClause}${example})`;
  return lang === "zh"
    ? `（业务范围 ${v.riskCategory}，风险示例未列出，按中风险默认，${v.riskClause}）`
    : ` (scope ${v.riskCategory}, not among the risk examples: medium by default, ${v.riskClause})`;
}

function interpolation(v: Values): string {
  return `${num(v.y0)} + (${num(v.employees)} − ${num(v.x0)}) ÷ (${num(v.x1)} − ${num(v.x0)}) × (${num(v.y1)} − ${num(v.y0)}) = ${num(v.exact)}`;
}

/** A table column at the headcount: the band, and the interpolation where the table is linear. */
function column(v: Values, result: number, lang: Lang, label: { zh: string; en: string }): string {
  const zh = lang === "zh";
  const prefix = label[lang] ? `${label[lang]}${zh ? "：" : ": "}` : "";
  const where = zh
    ? `${v.table} ${v.column} 栏 ${v.band} 人`
    : `${v.table} column ${v.column}, ${v.band} people`;
  if (v.x0 === undefined) return `${prefix}${where} → ${num(result)} ${zh ? "人日" : "person-days"}`;
  return zh
    ? `${prefix}${where}，连续插值 ${interpolation(v)} → ${num(result)} 人日`
    : `${prefix}${where}, interpolated ${interpolation(v)} → ${num(result)} person-days`;
}

const ROUNDING: Record<string, { zh: string; en: string }> = {
  nearestHalf: { zh: "调整至最接近的半人日", en: "to the nearest half person-day" },
  upToHalf: { zh: "向上调整至半人日", en: "up to the next half person-day" },
  downToHalf: { zh: "向下调整至半人日", en: "down to the half person-day" },
};

type Render = (v: Values, result: number, lang: Lang) => string;

const RENDER: Record<string, Render> = {
  employees: (v, _r, lang) =>
    lang === "zh" ? `有效人数 ${num(v.employees)}` : `headcount ${num(v.employees)}`,
  "table.step": (v, r, lang) =>
    lang === "zh"
      ? `${v.table} ${v.band} 人 → ${num(r)} 人日`
      : `${v.table} ${v.band} people → ${num(r)} person-days`,
  "table.linear": (v, r, lang) => column(v, r, lang, { zh: "", en: "" }),
  "table.progression": (v, _r, lang) =>
    lang === "zh"
      ? `超过 ${num(v.lastBound)} 人按递进规律：每档上限按 ${v.ratio} 递增并取整到人，每档加 ${num(v.perBand)} 人日`
      : `above ${num(v.lastBound)} people the progression continues: each band's bound grows by ${v.ratio} (whole people), ${num(v.perBand)} more person-day per band`,
  "risk.notApplied": (v, _r, lang) => {
    const given = v.riskLevel
      ? `${level(v.riskLevel, lang)}${lang === "zh" ? "风险" : " risk"}${riskSource(v, lang)}`
      : "";
    const ignored = v.ignored
      ? lang === "zh"
        ? `（风险「${v.ignored}」未采用）`
        : ` (risk "${v.ignored}" not used)`
      : "";
    if (lang === "zh")
      return given ? `${given}已记录，不改变审核时间：${v.note}` : `不按风险调整：${v.note}${ignored}`;
    return given
      ? `${given} recorded; it does not change the time (${v.noteEn ?? v.note})`
      : `no risk adjustment (${v.noteEn ?? v.note})${ignored}`;
  },
  adjust: (v, r, lang) => {
    const zh = lang === "zh";
    const parts: string[] = [];
    if (v.riskLevel) {
      const source = riskSource(v, lang);
      // "高风险（…）+10%" in Chinese: the closing bracket already separates.
      const gap = zh && source ? "" : " ";
      parts.push(`${level(v.riskLevel, lang)}${zh ? "风险" : " risk"}${source}${gap}${signed(v.riskPct)}%`);
    }
    // Factors that cancel out leave only the adjustment to show: "调整 0%".
    if (v.adjustPct !== 0 || parts.length === 0)
      parts.push(`${zh ? "调整" : "adjustment"} ${signed(v.adjustPct)}%`);
    if (parts.length > 1) parts.push(`${zh ? "合计" : "net"} ${signed(v.netPct)}%`);
    return `${parts.join(zh ? "，" : ", ")} → ${num(r)}`;
  },
  "adjust.factor": (v, _r, lang) =>
    lang === "zh"
      ? `${v.direction === "increase" ? "增加" : "减少"}因素「${v.factor}」${signed(v.pct)}%`
      : `${v.direction === "increase" ? "increase" : "reduction"} factor "${v.factor}" ${signed(v.pct)}%`,
  "adjust.minimum": (v, r, lang) =>
    lang === "zh"
      ? `按允许的最大减少 ${num(v.maxPct)}%：${num(v.tableDays)} × ${num(v.factor)} = ${num(r)}`
      : `with the largest reduction allowed, ${num(v.maxPct)}%: ${num(v.tableDays)} × ${num(v.factor)} = ${num(r)}`,
  round: (v, r, lang) =>
    `${(ROUNDING[String(v.rule)] ?? ROUNDING.nearestHalf)?.[lang]} → ${num(r)} ${lang === "zh" ? "人日" : "person-days"}`,
  "stage1.column": (v, r, lang) => column(v, r, lang, { zh: "第一阶段", en: "stage 1" }),
  "stage1.adjust": (v, r, lang) =>
    lang === "zh"
      ? `第一阶段 ${num(v.column)} × ${num(v.factor)} = ${num(v.exact)} → ${num(r)} 人日`
      : `stage 1 ${num(v.column)} × ${num(v.factor)} = ${num(v.exact)} → ${num(r)} person-days`,
  stage2: (v, r, lang) =>
    lang === "zh"
      ? `第二阶段 = ${num(v.initial)} − ${num(v.stage1)} = ${num(r)} 人日`
      : `stage 2 = ${num(v.initial)} − ${num(v.stage1)} = ${num(r)} person-days`,
  "stage.none": (v, _r, lang) =>
    lang === "zh"
      ? `初次审核 ${num(v.initial)} 人日扣除第一阶段 ${num(v.stage1)} 人日后不足半人日，不划分阶段`
      : `the initial ${num(v.initial)} person-days leave less than half a day beyond stage 1's ${num(v.stage1)}: no stage split`,
  surveillance: (v, r, lang) =>
    lang === "zh"
      ? `监督审核 = ${num(v.initial)} × ${v.fraction} = ${num(v.exact)} → ${num(r)} 人日`
      : `surveillance = ${num(v.initial)} × ${v.fraction} = ${num(v.exact)} → ${num(r)} person-days`,
  "column.unused": (v, _r, lang) =>
    lang === "zh"
      ? `${v.table} ${v.column} 栏（${v.name}）不采用：${v.reason}`
      : `${v.table} column ${v.column} (${v.nameEn ?? v.name}) is not used: ${v.reasonEn ?? v.reason}`,
  "recert.column": (v, r, lang) => column(v, r, lang, { zh: "再认证", en: "re-certification" }),
  recert: (v, r, lang) => {
    const zh = lang === "zh";
    const floor = `${num(v.initial)} × ${v.fraction} = ${num(v.exact)} → ${num(v.floor)}`;
    if (v.column === undefined)
      return zh ? `再认证 = ${floor} 人日` : `re-certification = ${floor} person-days`;
    const columnText =
      v.factor === 1
        ? num(v.column)
        : `${num(v.columnTable)} × ${num(v.factor)} = ${num(v.columnExact)} → ${num(v.column)}`;
    return zh
      ? `再认证取 ${columnText} 人日，且不少于初次审核的 ${floor} 人日 → ${num(r)} 人日`
      : `re-certification takes ${columnText} person-days, at least ${floor} of the initial → ${num(r)} person-days`;
  },
  onsite: (v, r, lang) =>
    lang === "zh"
      ? `现场审核时间不少于 ${num(v.days)} × ${num(v.pct)}% = ${num(v.exact)} → ${num(r)} 人日`
      : `on-site time at least ${num(v.days)} × ${num(v.pct)}% = ${num(v.exact)} → ${num(r)} person-days`,
  site: (v, r, lang) =>
    lang === "zh"
      ? `该场所不少于现场审核时间 ${num(v.days)} × ${num(v.pct)}% = ${num(v.exact)} → ${num(r)} 人日`
      : `the site at least ${num(v.days)} × ${num(v.pct)}% of its on-site time = ${num(v.exact)} → ${num(r)} person-days`,
  combined: (v, r, lang) =>
    lang === "zh"
      ? `结合审核不少于各体系之和 ${v.days} = ${num(v.sum)} × ${num(v.pct)}% = ${num(v.exact)} → ${num(r)} 人日`
      : `combined audit at least ${num(v.pct)}% of ${v.days} = ${num(v.sum)}: ${num(v.exact)} → ${num(r)} person-days`,
  remote: (v, r, lang) =>
    lang === "zh"
      ? `远程审核不超过现场审核时间 ${num(v.days)} × ${num(v.pct)}% = ${num(v.exact)} → ${num(r)} 人日`
      : `remote time at most ${num(v.days)} × ${num(v.pct)}% of on-site = ${num(v.exact)} → ${num(r)} person-days`,
};

/** Steps whose text names their table inline ("附录B 176–275 人"). */
const SHOWS_TABLE = new Set(["employees", "table.step", "table.linear", "stage1.column", "recert.column"]);

/** Splits "004 附录B 注4、5.4.2.3；DOMAIN §3.2" into atoms, each with its seed: ["004", "附录B 注4"]… */
function atoms(clause: string): [string, string][] {
  const out: [string, string][] = [];
  let seed = "";
  for (const part of clause.split(/[；;、]/)) {
    const text = part.trim();
    if (!text) continue;
    const match = /^(\d{3})\s+(.*)$/.exec(text);
    if (match) {
      seed = match[1] as string;
      out.push([seed, match[2] as string]);
    } else if (/^DOMAIN|^[A-Z]/.test(text)) {
      seed = "";
      out.push(["", text]);
    } else out.push([seed, text]);
  }
  return out;
}

/**
 * Unique clauses in order, grouped by seed: "004 附录B 注4、5.4.2.3；DOMAIN §3.2". A table step
 * names its table inline ("附录B 176–275 人"), so its first clause is not repeated at the end.
 */
function clauseList(steps: readonly CalcStep[]): string {
  const seen = new Set<string>();
  for (const s of steps) {
    const first = SHOWS_TABLE.has(s.id) ? atoms(s.clause)[0] : undefined;
    if (first) seen.add(first.join(" "));
  }
  const groups: { seed: string; items: string[] }[] = [];
  for (const s of steps)
    for (const atom of atoms(s.clause)) {
      const key = atom.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const [seed, rest] = atom;
      const group = seed ? groups.find((g) => g.seed === seed) : undefined;
      if (group) group.items.push(rest);
      else groups.push({ seed, items: [rest] });
    }
  return groups.map((g) => (g.seed ? `${g.seed} ${g.items.join("、")}` : g.items.join("、"))).join("；");
}

export function renderStep(step: CalcStep, lang: Lang = "zh"): string {
  const render = RENDER[step.id];
  return render ? render(step.values, step.result, lang) : `${step.id} → ${num(step.result)}`;
}

/** The whole record: steps joined by "；" (the headcount leads into its table band with "→"), clauses at the end. */
export function renderRecord(steps: readonly CalcStep[], lang: Lang = "zh"): string {
  let text = "";
  steps.forEach((step, i) => {
    if (i > 0) text += steps[i - 1]?.id === "employees" ? " → " : lang === "zh" ? "；" : "; ";
    text += renderStep(step, lang);
  });
  const clauses = clauseList(steps);
  if (!clauses) return text;
  return lang === "zh" ? `${text}（${clauses}）` : `${text} (${clauses})`;
}
