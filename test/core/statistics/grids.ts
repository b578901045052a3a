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

type RegisterRow = [
  string,
  string,
  "HG",
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
];

/**
 * Register rows the pane, workbook-door and CLI tests share, as a clerk types them: 甲 valid to
 * 2026 (Beijing, two scopes), 乙 expired in 2025 (Shanghai), 丁 issued in 2025 with a division code
 * that does not exist.
 */
export const SAMPLE_ROWS: Readonly<Record<"甲" | "乙" | "丁", RegisterRow>> = {
  甲: [
    "081223HG00001R000",
    "甲",
    "HG",
    "03.01;29.07",
    "110105",
    "2023-03-01",
    "2026-02-28",
    "有效",
    null,
    null,
  ],
  乙: ["081222HG00004R000", "乙", "HG", "03", "310115", "2022-06-01", "2025-05-31", "有效", null, null],
  丁: ["081225HG00006R000", "丁", "HG", "28", "999999", "2025-02-01", "2028-01-31", "有效", null, null],
};

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

/** A CNCA 2016 sheet of `role` as a grid: the sheet code in A1, field codes in row 1, headers in row 2, data from C8. */
function cncaGrid(
  role: string,
  sheetCode: string,
  name: string,
  rows: Array<Record<string, CellValue>>,
): SheetGrid {
  const sheet = listLayouts()
    .find((l) => l.id === "cnca-2016")
    ?.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`cnca-2016 ${role} missing`);
  const codes: CellValue[] = [sheetCode, "字段名称", ...sheet.columns.map((c) => c.code)];
  const headers: CellValue[] = [null, "字段含义", ...sheet.columns.map((c) => c.header)];
  const filler: CellValue[][] = [3, 4, 5, 6, 7].map((n) => [null, `第${n}行`]);
  const data = rows.map((values) => [null, null, ...sheet.columns.map((c) => values[c.meaning] ?? null)]);
  return { name, cells: [codes, headers, ...filler, ...data] };
}

/** A CNCA 2016 审核结果信息表 grid (one row per stage per member). */
export function cncaTeamGrid(rows: Array<Record<string, CellValue>>): SheetGrid {
  return cncaGrid("team", "103011", "审核结果信息表", rows);
}

/** A CNCA 2016 证书信息表 grid. */
export function cnca2016Grid(rows: Array<Record<string, CellValue>>): SheetGrid {
  return cncaGrid("certificates", "103010", "证书信息表", rows);
}

export function statsOf(files: Array<{ file: string; grids: SheetGrid[] }>, options: StatsOptions) {
  const input = emptyStatsInput();
  files.forEach(({ file, grids }, order) => grids.forEach((g) => readStatsSheet(g, file, order, input)));
  return { input, result: annualStatistics(input, options) };
}

export function idsOf(result: ReturnType<typeof annualStatistics>): string[] {
  return result.findings.map((f) => `${f.id}@${f.cell}`);
}
