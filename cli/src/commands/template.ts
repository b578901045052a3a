import ExcelJS from "exceljs";
import {
  CALENDAR_SHEET,
  cncaLayoutIds,
  getLayout,
  listLayouts,
  REPORT_SPECS,
  REPORT_TYPES,
  isReportType,
  type ReportType,
} from "../../../core";
import { calendarTemplate } from "../calendar-template";
import type { Command } from "../command";
import { FORCE_HELP, OUT_OPTIONS, requiredOutPath } from "../options";
import { UsageError } from "../usage-error";
import { writeAtomically } from "../xlsx/out-path";
import { addLayoutTemplate } from "../xlsx/write-layout-template";
import { addTemplateSheet } from "../xlsx/write-template";

const TYPE_LIST = REPORT_TYPES.map((t) => `${t} ${REPORT_SPECS[t].title}`);
/** CNCA's upload layouts a template can be written in (cnca-2016, cnca-2021…); read when asked, so other commands never load the layouts. */
const cncaLayouts = (): string[] => cncaLayoutIds(listLayouts());

/** A type id (`monthly`) or its sheet title (获证组织基本信息月报). */
export function parseReportType(value: string): ReportType {
  const text = value.trim();
  if (isReportType(text)) return text;
  const byTitle = REPORT_TYPES.find((t) => REPORT_SPECS[t].title === text);
  if (byTitle) return byTitle;
  throw new UsageError(
    `报送表类型「${value}」无法识别，应为：${TYPE_LIST.join("、")}`,
    `unknown report type "${value}"; expected one of ${REPORT_TYPES.join(", ")}`,
  );
}

export const templateCommand: Command = {
  name: "template",
  summary: "生成空白报送表模板：CNCA 上报模版（cnca-2016…）或易读格式 / write an empty report template",
  usage: "template <layout|type> --out FILE.xlsx [--force]",
  get optionHelp(): string[] {
    return [
      `<layout>         ${cncaLayouts().join(" | ")}：CNCA 上报模版原样（表名、7 行表头、C8 起填）/ CNCA's template as is`,
      `<type>           ${REPORT_TYPES.join(" | ")}：易读格式的一张表 / one friendly sheet`,
      `calendar         节假日表「${CALENDAR_SHEET}」（日期、类型 休/班、名称）/ the empty holiday table`,
      "--out FILE       输出的 .xlsx 文件 / the .xlsx file to write",
      FORCE_HELP,
    ];
  },
  examples: [
    "certdesk template cnca-2016 --out 上报模版.xlsx",
    "certdesk template monthly --out 月报模板.xlsx",
    "certdesk template team --out team.xlsx --force --json",
    "certdesk template calendar --out 节假日安排.xlsx",
  ],
  options: OUT_OPTIONS,
  positionals: ["layout|type"],
  async run({ values, positionals }) {
    const wanted = (positionals[0] ?? "").trim();
    const calendar = wanted === "calendar";
    // A friendly type never loads the layouts.
    const layout = calendar || isReportType(wanted) ? undefined : getLayout(wanted.toLowerCase());
    const isCnca = layout !== undefined && layout.family === "cnca";
    const type = isCnca || calendar ? null : parseTemplateType(wanted);
    const out = requiredOutPath(values);
    if (calendar) {
      const book = calendarTemplate();
      await writeAtomically(out, () => book.xlsx.writeBuffer());
      return {
        json: { file: out, type: "calendar", sheet: CALENDAR_SHEET, columns: 3, lists: 1 },
        text: `已生成节假日表「${CALENDAR_SHEET}」：${out}（日期、类型 休/班、名称）`,
      };
    }
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "CertDesk";
    if (isCnca) {
      const summary = addLayoutTemplate(workbook, layout.id);
      await writeAtomically(out, () => workbook.xlsx.writeBuffer());
      const lists = summary.sheets.reduce((n, s) => n + s.lists, 0);
      return {
        json: { file: out, layout: layout.id, sheets: summary.sheets },
        text: `已生成「${layout.title}」模板：${out}（${summary.sheets.map((s) => `${s.name} ${s.columns} 列`).join("，")}；${lists} 个下拉列表；数据从第 ${layout.sheets[0]?.firstDataRow ?? 2} 行填写）`,
      };
    }
    const summary = addTemplateSheet(workbook, type!);
    await writeAtomically(out, () => workbook.xlsx.writeBuffer());
    const title = REPORT_SPECS[type!].title;
    return {
      json: { file: out, type, sheet: summary.sheet, columns: summary.columns, lists: summary.lists },
      text: `已生成「${title}」模板：${out}（${summary.columns} 列，${summary.lists} 个下拉列表）`,
    };
  },
};

/** A friendly type, or a refusal that lists the CNCA layouts too. */
function parseTemplateType(value: string): ReportType {
  try {
    return parseReportType(value);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(
      `模板「${value}」无法识别，应为 CNCA 上报模版 ${cncaLayouts().join("、")}，或易读格式的表：${TYPE_LIST.join("、")}，或节假日表 calendar`,
      `unknown template "${value}"; expected a CNCA layout (${cncaLayouts().join(", ")}), a report type (${REPORT_TYPES.join(", ")}) or calendar`,
    );
  }
}
