/** Small registers built as grids, the way any door (exceljs, Office.js) hands a sheet to the core. */
import { listLayouts } from "../../../core/validation/layouts";
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import {
  annualStatistics,
  emptyStatsInput,
  readStatsSheet,
  type StatsOptions,
} from "../../../core/statistics";

export const REGISTER_HEADER = [
  "证书号",
  "组织名称",
  "认证项目",
  "业务范围代码",
  "行政区划代码",
  "颁证日期",
  "证书截止日期",
  "证书状态",
  "状态变更日期",
  "子证情况",
];

/** [certNo, scope, division, issue, expiry, status, statusDate, sub] → a register row. */
export function registerRow(
  certNo: string,
  scope: string,
  division: string,
  issue: string,
  expiry: string,
  status: string,
  statusDate: string | null = null,
  sub: string | null = null,
): CellValue[] {
  return [certNo, `组织${certNo.slice(-6)}`, "HG", scope, division, issue, expiry, status, statusDate, sub];
}

export function registerGrid(name: string, rows: CellValue[][]): SheetGrid {
  return { name, cells: [REGISTER_HEADER, ...rows] };
}

function cncaSheet(role: string) {
  const sheet = listLayouts()
    .find((l) => l.id === "cnca-2016")
    ?.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`cnca-2016 ${role} missing`);
  return sheet;
}

/** A CNCA 2016 审核结果信息表 grid (one row per stage per member). */
export function cncaTeamGrid(rows: Array<Record<string, CellValue>>): SheetGrid {
  const sheet = cncaSheet("team");
  const codes: CellValue[] = ["103011", "字段名称", ...sheet.columns.map((c) => c.code)];
  const headers: CellValue[] = [null, "字段含义", ...sheet.columns.map((c) => c.header)];
  const filler: CellValue[][] = [3, 4, 5, 6, 7].map((n) => [null, `第${n}行`]);
  const data = rows.map((values) => [null, null, ...sheet.columns.map((c) => values[c.meaning] ?? null)]);
  return { name: "审核结果信息表", cells: [codes, headers, ...filler, ...data] };
}

/** A CNCA 2016 证书信息表 grid: A1 sheet code, field codes in row 1, headers in row 2, data from C8. */
export function cnca2016Grid(rows: Array<Record<string, CellValue>>): SheetGrid {
  const layout = listLayouts().find((l) => l.id === "cnca-2016");
  const sheet = layout?.sheets.find((s) => s.role === "certificates");
  if (!sheet) throw new Error("cnca-2016 layout missing");
  const codes: CellValue[] = ["103010", "字段名称", ...sheet.columns.map((c) => c.code)];
  const headers: CellValue[] = [null, "字段含义", ...sheet.columns.map((c) => c.header)];
  const filler: CellValue[][] = [3, 4, 5, 6, 7].map((n) => [null, `第${n}行`]);
  const data = rows.map((values) => [null, null, ...sheet.columns.map((c) => values[c.meaning] ?? null)]);
  return { name: "证书信息表", cells: [codes, headers, ...filler, ...data] };
}

export function statsOf(files: Array<{ file: string; grids: SheetGrid[] }>, options: StatsOptions) {
  const input = emptyStatsInput();
  files.forEach(({ file, grids }, order) => grids.forEach((g) => readStatsSheet(g, file, order, input)));
  return { input, result: annualStatistics(input, options) };
}

export function idsOf(result: ReturnType<typeof annualStatistics>): string[] {
  return result.findings.map((f) => `${f.id}@${f.cell}`);
}
