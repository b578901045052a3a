/**
 * The friendly example report made ready for CNCA (examples/README.md): examples/monthly-clean.xlsx
 * plus the columns CNCA's 证书信息表 / 审核结果信息表 need and DOMAIN §9's register does not carry,
 * headed with CNCA's own header text (`certdesk convert` copies such columns), and the stage-1 team
 * leader of each two-stage initial audit also on the stage-2 team (004 5.4.4.1). Used by
 * scripts/make-cnca-examples.ts and by the conversion tests; deterministic, fictional.
 */
import ExcelJS from "exceljs";
import { idCheckChar } from "../core/ids";
import { codeTable } from "../core/validation/layouts";
import type { CellValue, SheetGrid } from "../core/validation/sheet";

/** Headers of the added 获证组织基本信息月报 columns (CNCA 模版 证书信息表 items 7, 15, 18, 20, 37, 38, 59, 60, 61, 71 by their text). */
export const MONTHLY_EXTRAS = [
  "BEL_INDUSTRY",
  "15、获证组织机构类型代码",
  "获证组织员工数",
  "初次获证日期",
  "认证决定人员名单",
  "认证决定日期",
  "实收的认证费用",
  "实收的认证费用币种",
  "合同号码",
] as const;

/** Headers of the added 审核组成员 columns (CNCA 模版 审核结果信息表 item 11). */
export const TEAM_EXTRAS = ["审核组成员资质注册号"] as const;

/** A GB/T 4754-2011 class (4 digits) for each section the example's organisations are in. */
const INDUSTRY_CLASS: Readonly<Record<string, string>> = {
  建筑业: "4700",
  "信息传输、软件和信息技术服务业": "6510",
  批发和零售业: "5111",
  住宿和餐饮业: "6110",
  教育: "8210",
  租赁和商务服务业: "7211",
  制造业: "3911",
  科学研究和技术服务业: "7310",
  卫生和社会工作: "8311",
  "交通运输、仓储和邮政业": "5411",
};

function industryClass(label: string): string | null {
  const code = INDUSTRY_CLASS[label];
  // Only classes the project's table holds, so the example stays clean if the table changes.
  return code !== undefined && codeTable("industry")?.values[code] !== undefined ? code : null;
}

const headerIndex = (grid: SheetGrid, header: string): number => (grid.cells[0] ?? []).indexOf(header);

/** A data row as wide as the header (the reader drops trailing blanks), so added columns line up. */
const padded = (row: CellValue[], width: number): CellValue[] => [
  ...row,
  ...Array.from({ length: Math.max(0, width - row.length) }, () => null),
];

/** One more year back from a date cell, for 初次获证日期 of a certificate first issued earlier. */
function yearsBefore(value: CellValue | undefined, years: number): CellValue {
  if (!(value instanceof Date)) return null;
  return new Date(Date.UTC(value.getUTCFullYear() - years, value.getUTCMonth(), value.getUTCDate()));
}

function addMonthlyExtras(grid: SheetGrid): SheetGrid {
  const col = (h: string) => headerIndex(grid, h);
  const [industry, employees, activity, issue] = [
    "所属行业",
    "组织员工数（有效人数）",
    "认证审核活动类别",
    "颁证日期",
  ].map(col);
  const width = grid.cells[0]?.length ?? 0;
  const cells = grid.cells.map((source, r) => {
    if (r === 0) return [...source, ...MONTHLY_EXTRAS];
    const row = padded(source, width);
    const act = String(row[activity!] ?? "");
    const initial = /^01/.test(act) || act.startsWith("初次");
    const audited = !/^(04|99)(\s|$)/.test(act);
    return [
      ...row,
      industryClass(String(row[industry!] ?? "")),
      "040105",
      typeof row[employees!] === "number" ? Math.ceil((row[employees!] as number) * 1.2) : null,
      initial ? (row[issue!] ?? null) : yearsBefore(row[issue!], /^02/.test(act) ? 3 : 1),
      "周明；吴芳",
      row[issue!] ?? null,
      audited ? 18000 + r * 100 : null,
      audited ? "01" : null,
      `HT-2026-${String(r).padStart(4, "0")}`,
    ];
  });
  return { ...grid, cells };
}

const EXTRA_AUDITORS = ["赵敏", "钱立", "孙悦"];

/** A fictional resident ID number with its check character (GB 11643). */
function idNumber(division: string, year: number, month: number, seq: number): string {
  const body = `${division}${year}${String(month).padStart(2, "0")}15${String(100 + seq).slice(-3)}`;
  return body + idCheckChar(body);
}

/** Whether a person (ID number) is on another team during [start, end]. */
function busy(
  rows: readonly CellValue[][],
  t: (h: string) => number,
  id: CellValue | undefined,
  start: Date,
  end: Date,
): boolean {
  return rows.some((row) => {
    const from = row[t("审核日期起")];
    const to = row[t("审核日期止")];
    return (
      row[t("身份证件号码")] === id &&
      from instanceof Date &&
      to instanceof Date &&
      from.getTime() <= end.getTime() &&
      start.getTime() <= to.getTime()
    );
  });
}

/**
 * Each two-stage initial audit gets one stage-1 auditor on the stage-2 team as 组员 (004 5.4.4.1),
 * the first who is free on the stage-2 days (or a stage-2 auditor on stage 1 when none is).
 */
function addTeamExtras(team: SheetGrid, monthly: SheetGrid): SheetGrid {
  const m = (h: string) => headerIndex(monthly, h);
  const t = (h: string) => headerIndex(team, h);
  const rows = team.cells.slice(1);
  const added: CellValue[][] = [];
  const member = (row: CellValue[], from: Date, to: Date): CellValue[] => {
    const copy = [...row];
    copy[t("审核组成员角色")] = "组员";
    copy[t("审核日期起")] = from;
    copy[t("审核日期止")] = to;
    return copy;
  };
  for (const audit of monthly.cells.slice(1)) {
    if (!String(audit[m("认证审核活动类别")] ?? "").startsWith("0102")) continue;
    const certNo = audit[m("证书号")];
    const [start, end] = [audit[m("审核开始日期")], audit[m("审核结束日期")]];
    if (!(start instanceof Date) || !(end instanceof Date)) continue;
    const members = rows.filter((row) => row[t("证书号")] === certNo);
    const onStage2 = (row: CellValue[]) =>
      (row[t("审核日期起")] as Date | null)?.getTime() === start.getTime();
    const stage2Ids = new Set(members.filter(onStage2).map((row) => row[t("身份证件号码")]));
    if (members.some((row) => !onStage2(row) && stage2Ids.has(row[t("身份证件号码")]))) continue;
    const candidate = members.find(
      (row) =>
        !onStage2(row) &&
        row[t("资格类型")] !== "技术专家" &&
        !busy([...rows, ...added], t, row[t("身份证件号码")], start, end),
    );
    if (candidate) {
      added.push(member(candidate, start, end));
      continue;
    }
    // Nobody of stage 1 is free: a stage-2 auditor who is free then joins stage 1 instead.
    const first = members.find((row) => !onStage2(row));
    const [from, to] = [first?.[t("审核日期起")], first?.[t("审核日期止")]];
    if (!(from instanceof Date) || !(to instanceof Date)) continue;
    const joiner = members.find(
      (row) =>
        onStage2(row) &&
        row[t("资格类型")] !== "技术专家" &&
        !busy([...rows, ...added], t, row[t("身份证件号码")], from, to),
    );
    if (joiner) {
      added.push(member(joiner, from, to));
      continue;
    }
    // Everybody is busy: one more (fictional) auditor audits both stages.
    const model = members.find(onStage2) ?? first;
    if (!model) continue;
    const extra = [...model];
    extra[t("姓名")] = EXTRA_AUDITORS[added.length % EXTRA_AUDITORS.length]!;
    extra[t("身份证件号码")] = idNumber("330106", 1984, (added.length % 12) + 1, 7 + added.length);
    extra[t("资格类型")] = "审核员";
    extra[t("专职")] = "否";
    added.push(member(extra, from, to), member(extra, start, end));
  }
  const width = team.cells[0]?.length ?? 0;
  const all = [...rows, ...added].map((row) => padded(row, width));
  const cells = [
    [...(team.cells[0] ?? []), ...TEAM_EXTRAS],
    ...all.map((row, i) => [...row, `2026-N1HG-${String(1_200_000 + i * 37).padStart(7, "0")}`]),
  ];
  return { ...team, cells };
}

/** The example's two sheets with CNCA's extra columns (see the file comment). */
export function withCncaExtras(grids: readonly SheetGrid[]): SheetGrid[] {
  const [monthly, team] = grids;
  if (!monthly || !team) throw new Error("expected the monthly report and its team sheet");
  return [addMonthlyExtras(monthly), addTeamExtras(team, monthly)];
}

/** Writes grids as an .xlsx the way a clerk's Excel would hold them: dates as dates, codes as text. */
export async function writeGrids(grids: readonly SheetGrid[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CertDesk";
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
        else if (typeof value === "string") cell.numFmt = "@";
        cell.value = value as ExcelJS.CellValue;
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
}
