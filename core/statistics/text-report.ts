/**
 * The annual statistics as text lines (Chinese), what `certdesk stats` prints and the statistics
 * pane's summary shows: the same named rows, order and totals as the 年报统计YYYY sheet, taken
 * from report-tables.ts, one table to a line.
 */
import { ISSUED_LABEL, reportTables, statusRows, type CountTable, type StatusRow } from "./report-tables";
import { UNCLASSIFIED, type AnnualStatistics } from "./types";

export interface TextReportOptions {
  /** Profile naming the business categories. */
  profile: string;
  /** How many files the caller read (the merge counts only those holding certificates). */
  files: number;
}

/** 有效 …，暂停 …（存量）；本年撤销 …；本年颁发 …: the status table in one line. */
function statusLine(status: readonly StatusRow[]): string {
  const n = (label: string) => status.find((row) => row.label === label)?.count ?? 0;
  const unclassified = n(UNCLASSIFIED) > 0 ? `；无法归类 ${n(UNCLASSIFIED)}` : "";
  return `有效 ${n("有效")}，暂停 ${n("暂停")}（存量）；本年撤销 ${n("撤销")}，注销 ${n("注销")}，到期 ${n("过期")}${unclassified}；本年颁发 ${n(ISSUED_LABEL)}`;
}

export function statsStatusLine(result: AnnualStatistics): string {
  return statusLine(statusRows(result));
}

/**
 * A table's rows as `code name n`, joined by ；. The 无法归类 row the sheet always shows is left
 * out at 0 (a line has no column to keep aligned); `note` follows the total in brackets.
 */
function tableLine(table: CountTable, withCode: boolean, note = ""): string {
  const shown = table.rows.filter((row) => row.code !== "" || row.count > 0);
  if (shown.length === 0) return "（无）";
  const entries = shown.map(
    (row) => `${withCode && row.code !== "" ? `${row.code} ` : ""}${row.name} ${row.count}`,
  );
  return `${entries.join("；")}；合计 ${table.total}${note === "" ? "" : `（${note}）`}`;
}

export function statsTextLines(result: AnnualStatistics, options: TextReportOptions): string[] {
  const tables = reportTables(result, options.profile);
  const lines = [
    `年报统计 ${result.year} 年（截至 ${result.asOf}），读取 ${options.files} 个文件，合并为 ${result.merge.certificates} 张证书`,
    statusLine(tables.status),
    `按业务大类：${tableLine(tables.scope, true, tables.scope.totalNote)}`,
    `按省份：${tableLine(tables.province, true, tables.province.check)}`,
    `按认证项目：${tableLine(tables.scheme, false)}`,
    `近年发证/暂停/撤销/注销：${tables.years.map((y) => `${y.year} ${y.issued}/${y.suspended}/${y.withdrawn}/${y.cancelled}`).join("；")}`,
    "",
    `自查检查：${result.findings.length} 条`,
  ];
  for (const f of result.findings)
    lines.push(`  ${f.cell ? `${f.file}:${f.sheet}!${f.cell}` : "—"}  ${f.id}  ${f.message}`);
  const skipped = result.checksRun.filter((c) => !c.ran);
  if (skipped.length > 0) {
    lines.push("", "未执行的检查：");
    for (const c of skipped) lines.push(`  ${c.id}：${c.reason ?? ""}`);
  }
  return lines;
}
