import { toDate, toIso, deadline, formatProblem } from "../../../core";
import { readCalendarFile, type CalendarFile } from "../calendar-file";
import type { Command } from "../command";

export const deadlineCommand: Command = {
  name: "deadline",
  summary: "报送截止日期（000 4.3、004 9）/ reporting deadline for an event",
  usage: "deadline --date YYYY-MM-DD --kind KIND [--calendar FILE]",
  optionHelp: [
    "--date D         事件日期 / event date (2025-09-30, 2025/9/30, 2025年9月30日, 20250930)",
    "--kind KIND      monthly | cnas-monthly | result | status | plan | major | annual | auditors",
    "--calendar FILE  节假日表（CSV UTF-8 或 .xlsx：日期、类型 休/班、名称），补充节假日数据未覆盖的年份",
    "                 / holiday table (CSV or .xlsx: 日期, 类型 休|班, 名称) for years the holiday data lacks",
  ],
  examples: [
    "certdesk deadline --date 2025-09-30 --kind status",
    "certdesk deadline --date 2026-12-31 --kind status --calendar 2027.csv",
    "certdesk deadline --date 2026-10-12 --kind monthly --json",
  ],
  options: { date: { type: "string" }, kind: { type: "string" }, calendar: { type: "string" } },
  required: { date: "eventDate", kind: "kind" },
  async run({ values }) {
    const table: CalendarFile | undefined =
      typeof values.calendar === "string" ? await readCalendarFile(values.calendar) : undefined;
    const result = deadline(
      toDate(values.date, "date", "本工具约定"),
      values.kind,
      table ? { calendar: table.calendar } : {},
    );
    const due = toIso(result.due);
    // DOMAIN §12: {"due"}; a kind counted in working days also says where each year's schedule came from.
    const json: Record<string, unknown> = { due };
    const lines = [`截止日期：${due}（${result.clause}）`];
    if (result.calendarYears) {
      json.calendar = result.calendarYears.map((y) => ({
        year: y.year,
        source: y.source.zh,
        sourceEn: y.source.en,
      }));
      lines.push(`节假日安排：${result.calendarYears.map((y) => `${y.year} 年 ${y.source.zh}`).join("；")}`);
    }
    if (table && table.warnings.length > 0) {
      json.warnings = table.warnings.map((w) => ({
        row: w.row,
        message: formatProblem(w.problem, "zh"),
        messageEn: formatProblem(w.problem, "en"),
      }));
      lines.push(...table.warnings.map((w) => `注意：${formatProblem(w.problem, "zh")}`));
    }
    return { json, text: lines.join("\n") };
  },
};
