/**
 * What a validation result looks like to a clerk, computed once and shared by the validation pane
 * and the CLI (`certdesk validate`, its annotated copy): the verdict 可以上报 / 不可上报, findings
 * grouped by sheet → severity → check with counts, which cells to paint in which colour, and the
 * rows of the 校验结果 sheet. Pure: no React, no Office, no Node.
 */
import type { Finding, Severity } from "./sheet";
import type { ValidationResult, ValidationSummary } from "./types";
import { splitSheetAddress } from "../sheet/a1";
import { maskIdsInText } from "../ids/mask-text";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABELS: Readonly<Record<Severity, { zh: string; en: string }>> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "note" },
};

/** Excel's own "Bad" and "Neutral" cell fills: red-ish for errors, yellow for warnings. */
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;
export type MarkedSeverity = keyof typeof MARK_FILLS;

/** Name of the sheet listing every finding (DOMAIN §9; the CLI's --out and the pane both write it). */
export const RESULT_SHEET = "校验结果";

/** Label of workbook-level findings, which belong to no sheet. */
export const WORKBOOK_LABEL = "（工作簿）";

export interface FindingItem {
  /** Unique within one result, stable for React keys. */
  key: string;
  id: string;
  severity: Severity;
  sheet: string;
  /** The finding's own address ("D7", "5:5" for a row, "" for the sheet). */
  cell: string;
  /** The single cell to select, paint and annotate: the cell, column A of a row finding, or "" for none. */
  target: string;
  /** Chinese text, ID numbers masked. */
  message: string;
  clause: string;
}

export interface CheckGroup {
  id: string;
  severity: Severity;
  items: FindingItem[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  checks: CheckGroup[];
}

export interface SheetGroup {
  sheet: string;
  counts: Record<Severity, number>;
  severities: SeverityGroup[];
}

export interface Verdict {
  canUpload: boolean;
  /** 可以上报 or 不可上报. */
  label: string;
  labelEn: string;
  /** One line with the counts, e.g. 不可上报：3 个错误须改正，另有 2 个警告需查看. */
  detail: string;
}

export interface ValidationView {
  verdict: Verdict;
  summary: ValidationSummary;
  groups: SheetGroup[];
  items: FindingItem[];
}

/** A local calendar date as ISO text. Adapters read the clock and pass "today" in; the core never does. */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-11-03" → "2026-10": the month a report filed on that day normally covers (due by the 5th, DOMAIN §7). */
export function previousMonth(isoDate: string): string {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Column A of a row-level finding; nothing for a sheet-level one. */
export function targetCell(finding: Pick<Finding, "cell" | "row" | "column">): string {
  if (finding.row > 0 && finding.column > 0) return finding.cell;
  if (finding.row > 0) return `A${finding.row}`;
  return "";
}

export function toItem(finding: Finding, index: number): FindingItem {
  return {
    key: `${index}:${finding.sheet}:${finding.cell}:${finding.id}`,
    id: finding.id,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    target: targetCell(finding),
    message: maskIdsInText(finding.message),
    clause: finding.clause,
  };
}

export function verdictOf(summary: ValidationSummary): Verdict {
  const warnings = summary.warnings > 0 ? `，另有 ${summary.warnings} 个警告需查看` : "";
  if (summary.errors === 0) {
    return {
      canUpload: true,
      label: "可以上报",
      labelEn: "ready to upload",
      detail: `可以上报：没有错误${warnings}`,
    };
  }
  return {
    canUpload: false,
    label: "不可上报",
    labelEn: "not ready to upload",
    detail: `不可上报：${summary.errors} 个错误须改正${warnings}`,
  };
}

function emptyCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0 };
}

/** Groups in order of first appearance (the validator sorts by sheet, row, column); severities error → info. */
export function groupItems(items: readonly FindingItem[]): SheetGroup[] {
  const sheets = new Map<
    string,
    { counts: Record<Severity, number>; checks: Map<Severity, Map<string, FindingItem[]>> }
  >();
  for (const item of items) {
    let sheet = sheets.get(item.sheet);
    if (!sheet) {
      sheet = { counts: emptyCounts(), checks: new Map() };
      sheets.set(item.sheet, sheet);
    }
    sheet.counts[item.severity]++;
    let byId = sheet.checks.get(item.severity);
    if (!byId) {
      byId = new Map();
      sheet.checks.set(item.severity, byId);
    }
    const list = byId.get(item.id);
    if (list) list.push(item);
    else byId.set(item.id, [item]);
  }
  return [...sheets].map(([sheet, { counts, checks }]) => ({
    sheet,
    counts,
    severities: SEVERITIES.filter((severity) => checks.has(severity)).map((severity) => {
      const byId = checks.get(severity)!;
      return {
        severity,
        count: counts[severity],
        checks: [...byId].map(([id, list]) => ({ id, severity, items: list })),
      };
    }),
  }));
}

export function buildView(result: ValidationResult): ValidationView {
  const items = result.findings.map(toItem);
  return { verdict: verdictOf(result.summary), summary: result.summary, groups: groupItems(items), items };
}

export interface SheetMarks {
  sheet: string;
  /** Cells to paint per colour; a cell with an error and a warning is painted as an error. */
  cells: Record<MarkedSeverity, string[]>;
}

/** A related cell as the checks give it: "D7" on the finding's sheet, or "'审核组成员'!A39" on another. */
export function relatedCell(sheet: string, ref: string): { sheet: string; cell: string } {
  const { sheet: other, address } = splitSheetAddress(ref);
  return { sheet: other ?? sheet, cell: address };
}

/** The cells of each sheet to paint: each finding's target and its related cells, errors winning. */
export function markPlan(findings: readonly Finding[]): SheetMarks[] {
  const bySheet = new Map<string, Map<string, MarkedSeverity>>();
  const mark = (sheet: string, cell: string, severity: MarkedSeverity): void => {
    if (sheet === "" || cell === "" || cell.includes(":")) return;
    let cells = bySheet.get(sheet);
    if (!cells) {
      cells = new Map();
      bySheet.set(sheet, cells);
    }
    if (cells.get(cell) !== "error") cells.set(cell, severity);
  };
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    mark(finding.sheet, targetCell(finding), finding.severity);
    for (const ref of finding.related ?? []) {
      const { sheet, cell } = relatedCell(finding.sheet, ref);
      mark(sheet, cell, finding.severity);
    }
  }
  return [...bySheet].map(([sheet, cells]) => {
    const marks: Record<MarkedSeverity, string[]> = { error: [], warning: [] };
    for (const [cell, severity] of cells) marks[severity].push(cell);
    return { sheet, cells: marks };
  });
}

/** A link to a cell of the workbook; adapters write it as a HYPERLINK formula (see linkFormula). */
export interface CellLink {
  text: string;
  sheet: string;
  cell: string;
}

export type ResultCell = string | number | CellLink | null;

export const RESULT_HEADERS = ["序号", "工作表", "单元格", "严重程度", "检查项", "说明", "依据"] as const;

/** `=HYPERLINK("#'表'!D7","表!D7")`: a link inside the workbook that Excel, WPS and LibreOffice all follow. */
export function linkFormula(link: CellLink): string {
  const target = `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(target)},${quote(link.text)})`;
}

/** The 校验结果 sheet: the verdict line, a header row, then one row per finding. */
export function resultSheetRows(result: ValidationResult): ResultCell[][] {
  const view = buildView(result);
  const blank = RESULT_HEADERS.slice(1).map(() => null);
  const rows: ResultCell[][] = [[view.verdict.detail, ...blank], [...RESULT_HEADERS]];
  view.items.forEach((item, i) => {
    const where = item.target === "" ? "" : `${item.sheet}!${item.target}`;
    rows.push([
      i + 1,
      item.sheet === "" ? WORKBOOK_LABEL : item.sheet,
      item.target === ""
        ? item.cell
        : {
            text: item.cell === item.target ? where : `${item.sheet}!${item.cell}`,
            sheet: item.sheet,
            cell: item.target,
          },
      SEVERITY_LABELS[item.severity].zh,
      item.id,
      item.message,
      item.clause,
    ]);
  });
  return rows;
}
