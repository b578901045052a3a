import { existsSync } from "node:fs";
import path from "node:path";
import {
  toDate,
  toIso,
  parseReportMonth,
  chooseHgProfile,
  validateWorkbook,
  REPORT_SPECS,
  type ReportType,
  type ValidateOptions,
  type ValidationResult,
  type SheetGrid,
  SEVERITY_LABELS,
  WORKBOOK_LABEL,
  buildView,
  localIsoDate,
  type ValidationView,
} from "../../../core";
import { readCalendarFile } from "../calendar-file";
import type { Command } from "../command";
import { findingJson } from "../finding-json";
import { OUT_OPTIONS, outPathOf, valueOptions } from "../options";
import { UsageError } from "../usage-error";
import {
  checkWorkbookFile,
  readAnyWorkbook,
  xlsAsXlsxBytes,
  type WorkbookFormat,
} from "../xlsx/open-workbook";
import { writeAnnotatedCopy } from "../xlsx/write-annotated";
import { parseReportType } from "./template";

/**
 * `--type monthly` checks every sheet as that type (a one-report file); `--type 月报=monthly,成员=team`
 * names the type of each sheet, the others being recognised by their headers (DOMAIN §9).
 */
export type TypeChoice = { all: ReportType } | { bySheet: Record<string, ReportType> };

export function parseTypes(value: string): TypeChoice {
  if (!value.includes("=")) return { all: parseReportType(value) };
  const bySheet: Record<string, ReportType> = {};
  for (const pair of value.split(/[,，]/)) {
    const at = pair.lastIndexOf("=");
    const sheet = pair.slice(0, at).trim();
    if (at < 0 || sheet === "")
      throw new UsageError(`--type「${pair}」应写作 工作表名=类型`, `--type "${pair}" must be sheet=type`);
    bySheet[sheet] = parseReportType(pair.slice(at + 1));
  }
  return { bySheet };
}

export function typesFor(choice: TypeChoice, grids: readonly SheetGrid[]): Record<string, ReportType> {
  if ("bySheet" in choice) return choice.bySheet;
  return Object.fromEntries(grids.map((g) => [g.name, choice.all]));
}

/** The core's one reader of a report month; a month it refuses is bad usage here (exit 2). */
export function parseMonth(value: string): string {
  return parseReportMonth(value).text;
}

/** `--profile`: the core chooses the HG profile; an unknown one is bad usage here (exit 2) before any file is read. */
function hgProfile(value: string): string {
  chooseHgProfile(value);
  return value;
}

function sheetLine(result: ValidationResult, sheet: string, counts: Record<string, number>): string {
  const report = result.sheets.find((s) => s.name === sheet);
  const parts: string[] = [];
  if (report?.cnca) {
    parts.push(`按 ${report.cnca.title}「${report.cnca.sheet}」校验`, `${report.rows} 行`);
  } else if (report?.type) {
    const title = REPORT_SPECS[report.type].title;
    if (title !== sheet || report.typeSource === "forced")
      parts.push(`按「${title}」${report.typeSource === "forced" ? "（指定）" : ""}校验`);
    parts.push(`${report.rows} 行`);
  } else if (report) parts.push("未识别为报送表");
  for (const s of ["error", "warning", "info"] as const)
    if ((counts[s] ?? 0) > 0) parts.push(`${SEVERITY_LABELS[s].zh} ${counts[s]}`);
  return `【${sheet === "" ? WORKBOOK_LABEL : sheet}】${parts.join(" · ")}`;
}

export function formatText(
  file: string,
  result: ValidationResult,
  view: ValidationView,
  annotated: string | null,
): string {
  const lines = [`校验文件：${file}（${result.sheets.length} 个工作表，${result.summary.rows} 行数据）`];
  const listed = new Set(view.groups.map((g) => g.sheet));
  for (const group of view.groups) {
    lines.push("", sheetLine(result, group.sheet, group.counts));
    for (const severity of group.severities) {
      for (const check of severity.checks) {
        for (const item of check.items) {
          lines.push(
            `  ${(item.cell || "—").padEnd(6)} ${SEVERITY_LABELS[item.severity].zh}  ${item.id}  ${item.message}`,
          );
        }
      }
    }
  }
  for (const sheet of result.sheets) {
    if (!listed.has(sheet.name)) lines.push("", `${sheetLine(result, sheet.name, {})} · 未发现问题`);
  }
  if (annotated) lines.push("", `已写出标注副本：${annotated}（原文件未改动）`);
  lines.push("", view.verdict.detail);
  return lines.join("\n");
}

/**
 * Writes the annotated copy; a failure to write it is one line beside the findings, never the
 * loss of the validation itself (the exit code still says whether errors were found).
 */
async function annotatedCopy(
  file: string,
  format: WorkbookFormat,
  out: string,
  result: ValidationResult,
  grids: readonly SheetGrid[],
): Promise<{ written: string | null; notice?: string }> {
  try {
    await writeAnnotatedCopy(format === "xls" ? await xlsAsXlsxBytes(file) : file, out, result, grids);
    return { written: out };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return {
      written: null,
      notice: `未写出标注副本（校验结果不受影响）：${error.zh} | annotated copy not written (the validation stands): ${error.en}`,
    };
  }
}

/**
 * The example the README's first command checks (examples/README.md lists its errors), looked for
 * upwards from this code: it runs from cli/src/commands as TypeScript and from a build directory
 * under cli/build as a program. When none is found the nearest guess is returned, and reading it
 * reports the missing file.
 */
function bundledExample(): string {
  const example = path.join("examples", "monthly-2026-10.xlsx");
  for (let dir = __dirname, level = 0; level < 4; dir = path.dirname(dir), level++)
    if (existsSync(path.join(dir, example))) return path.join(dir, example);
  return path.join(__dirname, "..", "..", example);
}

export const validateCommand: Command = {
  name: "validate",
  summary: "校验报送表（获证组织月报、审核组成员、证书状态…），可写出标注副本 / check report sheets",
  usage:
    "validate <file.xlsx> [--type TYPE | --type 表名=TYPE,…] [--month YYYY-MM] [--date YYYY-MM-DD] [--profile HG-HY] [--calendar FILE] [--out annotated.xlsx [--force]]",
  optionHelp: [
    "<file.xlsx>      要校验的工作簿 .xlsx 或 .xls（只读，不会被修改；省略时校验自带示例）/ the workbook, .xlsx or .xls (default: the bundled example)",
    "--type TYPE      monthly | team | failed | status | register | auditors：所有工作表按此类型校验",
    "--type 表名=TYPE 逐个指定工作表类型，逗号分隔；其余按表头识别 / per-sheet types",
    "--month YYYY-MM  报告月份：审核活动不在该月内时提示 / the report month",
    "--date D         报告日期（默认今天）：过期、迟报、暂停超期按此日判断 / report date (default today)",
    "--profile ID     HG 行使用的规则配置：HG-HY（默认）或 HG-ZGLY / rule profile for HG rows",
    "--calendar FILE  节假日表（CSV UTF-8 或 .xlsx），补充节假日数据未覆盖的年份 / holiday table for years the data lacks",
    "--out FILE       写出标注副本：有问题的单元格着色并加批注，另加「校验结果」表 / annotated copy",
    "--force          覆盖已存在的标注副本（原文件永不覆盖）/ overwrite an existing copy",
  ],
  examples: [
    "certdesk validate examples/monthly-2026-10.xlsx --month 2026-10",
    "certdesk validate 月报.xlsx --type 获证组织=monthly,成员=team --out 月报-校验.xlsx --json",
  ],
  options: { ...valueOptions("type", "month", "date", "profile", "calendar"), ...OUT_OPTIONS },
  positionals: ["file.xlsx?"],
  async run({ values, positionals }) {
    // No file: the bundled example, so a newcomer sees a real report checked (README).
    const file = positionals[0] ?? bundledExample();
    await checkWorkbookFile(file);
    const out = outPathOf(values, file);
    const options: ValidateOptions = {
      reportDate:
        typeof values.date === "string"
          ? toIso(toDate(values.date, "date", "本工具约定"))
          : localIsoDate(new Date()),
    };
    if (typeof values.month === "string") options.month = parseMonth(values.month);
    if (typeof values.profile === "string") options.hgProfile = hgProfile(values.profile);
    if (typeof values.calendar === "string")
      options.calendar = (await readCalendarFile(values.calendar)).calendar;
    const types = typeof values.type === "string" ? parseTypes(values.type) : null;
    const { format, grids } = await readAnyWorkbook(file);
    if (types) options.types = typesFor(types, grids);
    const result = validateWorkbook(grids, options);
    const view = buildView(result);
    const copy = out ? await annotatedCopy(file, format, out, result, grids) : null;
    const { errors, warnings, rows } = result.summary;
    return {
      json: {
        findings: view.items.map(findingJson),
        summary: { errors, warnings, rows },
        layouts: result.layouts ?? [],
      },
      text: `${positionals[0] === undefined ? "未指定文件，校验自带示例 / no file given, checking the bundled example\n" : ""}${formatText(file, result, view, copy?.written ?? null)}`,
      exitCode: errors > 0 ? 1 : 0,
      ...(copy?.notice ? { notice: copy.notice } : {}),
    };
  },
};
