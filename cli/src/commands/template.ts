import ExcelJS from "exceljs";
import { REPORT_SPECS } from "../../../core/validation/specs";
import { REPORT_TYPES, isReportType, type ReportType } from "../../../core/validation/types";
import type { Command } from "../command";
import { UsageError, usage } from "../usage-error";
import { checkOutPath, writeAtomically } from "../xlsx/out-path";
import { addTemplateSheet } from "../xlsx/write-template";

const TYPE_LIST = REPORT_TYPES.map((t) => `${t} ${REPORT_SPECS[t].title}`);

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
  summary: "生成空白报送表模板（表头、下拉列表、文本/日期格式）/ write an empty report template",
  usage: "template <type> --out FILE.xlsx [--force]",
  optionHelp: [
    `<type>           ${REPORT_TYPES.join(" | ")}`,
    "--out FILE       输出的 .xlsx 文件 / the .xlsx file to write",
    "--force          覆盖已存在的输出文件 / overwrite an existing output file",
  ],
  examples: [
    "certdesk template monthly --out 月报模板.xlsx",
    "certdesk template team --out team.xlsx --force --json",
  ],
  options: { out: { type: "string" }, force: { type: "boolean" } },
  positionals: ["type"],
  async run({ values, positionals }) {
    const type = parseReportType(positionals[0] ?? "");
    if (typeof values.out !== "string") throw usage.missingOption("out");
    const out = checkOutPath(values.out, { force: values.force === true });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "CertDesk";
    const summary = addTemplateSheet(workbook, type);
    await writeAtomically(out, () => workbook.xlsx.writeBuffer());
    const title = REPORT_SPECS[type].title;
    return {
      json: { file: out, type, sheet: summary.sheet, columns: summary.columns, lists: summary.lists },
      text: `已生成「${title}」模板：${out}（${summary.columns} 列，${summary.lists} 个下拉列表）`,
    };
  },
};
