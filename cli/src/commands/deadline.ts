import { toDate, toIso } from "../../../core/dates/civil";
import { deadline } from "../../../core/dates/deadlines";
import type { Command } from "../command";

export const deadlineCommand: Command = {
  name: "deadline",
  summary: "报送截止日期（000 4.3、004 9）/ reporting deadline for an event",
  usage: "deadline --date YYYY-MM-DD --kind KIND",
  optionHelp: [
    "--date D         事件日期 / event date (2025-09-30, 2025/9/30, 2025年9月30日, 20250930)",
    "--kind KIND      monthly | cnas-monthly | result | status | plan | major | annual | auditors",
  ],
  examples: [
    "certdesk deadline --date 2025-09-30 --kind status",
    "certdesk deadline --date 2026-10-12 --kind monthly --json",
  ],
  options: { date: { type: "string" }, kind: { type: "string" } },
  required: { date: "eventDate", kind: "kind" },
  run({ values }) {
    const result = deadline(toDate(values.date, "date", "本工具约定"), values.kind);
    const due = toIso(result.due);
    // DOMAIN §12: exactly {"due"}; the text names the clause.
    return { json: { due }, text: `截止日期：${due}（${result.clause}）` };
  },
};
