/** Builds findings from the check table: wording rendered once, the cell named by field meaning. */
import { a1 } from "../sheet/a1";
import { STATS_CHECKS, STATS_FIELDS, type StatsCheckId } from "./messages";
import type { SheetSource, StatsFinding } from "./types";

type Params = Record<string, string | number>;

/** Templates split once into text and placeholder names (odd indexes): findings can be many. */
const compiled = new Map<string, string[]>();

function render(template: string, params: Params): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let text = "";
  for (let i = 0; i < parts.length; i++)
    text += i % 2 === 0 ? parts[i] : placeholder(parts[i] as string, params);
  return text;
}

function placeholder(name: string, params: Params): string {
  const direct = params[name];
  if (direct !== undefined) return String(direct);
  // {fieldEn}: the English label of {field}
  if (name.endsWith("En")) {
    const base = params[name.slice(0, -2)];
    if (base !== undefined) return String(STATS_FIELDS[String(base)]?.en ?? base);
  }
  return `{${name}}`;
}

export function renderStatsMessage(id: StatsCheckId, params: Params, lang: "zh" | "en"): string {
  const def = STATS_CHECKS[id];
  const shown: Params =
    lang === "zh" && typeof params.field === "string"
      ? { ...params, field: STATS_FIELDS[params.field]?.zh ?? params.field }
      : params;
  const text = render(def[lang], shown);
  return lang === "zh" ? `${text}（依据 ${def.clause}）` : `${text} (${def.clause})`;
}

export class StatsSink {
  readonly list: StatsFinding[] = [];
  readonly counts = new Map<string, number>();

  add(
    id: StatsCheckId,
    at: { src: SheetSource; row: number } | null,
    meaning: string | null,
    params: Params,
    certNo?: string,
  ): void {
    const def = STATS_CHECKS[id];
    // A field the layout does not carry (CNCA has no 状态变更日期) points at the row's certificate
    // number, never at column A: CNCA's column A holds no data.
    const column = at && meaning ? (at.src.columns[meaning] ?? at.src.columns.certNo ?? 0) : 0;
    const finding: StatsFinding = {
      id,
      severity: def.severity,
      clause: def.clause,
      file: at?.src.file ?? "",
      sheet: at?.src.sheet ?? "",
      cell: at ? a1(at.row, column > 0 ? column : 1) : "",
      row: at?.row ?? 0,
      params,
      message: renderStatsMessage(id, params, "zh"),
      messageEn: renderStatsMessage(id, params, "en"),
    };
    if (certNo !== undefined) finding.certNo = certNo;
    this.list.push(finding);
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }
}
