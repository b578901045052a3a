/**
 * The command list `certdesk` starts from: each command's name and summary, and its module loaded
 * only when that command runs, so `certdesk days` never loads exceljs, the xlsx reader or the
 * validation specs. A test checks every entry against the command it loads (index.ts).
 */
import type { Command } from "../command";

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMAND_ENTRIES: readonly CommandEntry[] = [
  {
    name: "days",
    summary: "审核时间（人日）计算，附计算过程 / audit person-days with the calculation record",
    load: () => import("./days").then((m) => m.daysCommand),
  },
  {
    name: "sample",
    summary: "多场所抽样数量 / number of sites to sample (004 5.4.3)",
    load: () => import("./sample").then((m) => m.sampleCommand),
  },
  {
    name: "certno",
    summary: "生成证书编号（001 附录C）/ make a certificate number",
    load: () => import("./certno").then((m) => m.certnoCommand),
  },
  {
    name: "certparse",
    summary: "解析证书编号 / parse a certificate number into its parts",
    load: () => import("./certno").then((m) => m.certparseCommand),
  },
  {
    name: "deadline",
    summary: "报送截止日期（000 4.3、004 9）/ reporting deadline for an event",
    load: () => import("./deadline").then((m) => m.deadlineCommand),
  },
  {
    name: "template",
    summary: "生成空白报送表模板：CNCA 上报模版（cnca-2016…）或易读格式 / write an empty report template",
    load: () => import("./template").then((m) => m.templateCommand),
  },
  {
    name: "validate",
    summary: "校验报送表（获证组织月报、审核组成员、证书状态…），可写出标注副本 / check report sheets",
    load: () => import("./validate").then((m) => m.validateCommand),
  },
  {
    name: "convert",
    summary:
      "把易读格式的月报转成 CNCA 上报文件（代码、全角分号、7 行表头）/ convert a friendly register into CNCA's upload workbook",
    load: () => import("./convert").then((m) => m.convertCommand),
  },
  {
    name: "stats",
    summary:
      "年度分类统计与证书台账自查（合并多个月报，最新报告为准）/ annual statistics and self-inspection",
    load: () => import("./stats").then((m) => m.statsCommand),
  },
];
