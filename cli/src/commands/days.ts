import { auditDays, renderRecord } from "../../../core/audit-time";
import type { Command } from "../command";

export const daysCommand: Command = {
  name: "days",
  summary: "审核时间（人日）计算，附计算过程 / audit person-days with the calculation record",
  usage: "days --employees N --risk R --type T [--adjust P] [--profile ID]",
  optionHelp: [
    "--employees N    有效人数（可为小数）/ effective headcount",
    "--risk R         风险：高/中/低、high/medium/low、H/M/L 或业务范围代码（如 03.01.02）",
    "--type T         审核类型：initial/stage1/stage2/surveillance/recertification（或 初次/监督/再认证）",
    "--adjust P       审核方案策划人员的净调整百分比（如 -10）/ scheduler's net adjustment in percent",
    "--profile ID     规则配置 HG-HY（默认）/ HG-ZGLY / SR-GGBZ",
  ],
  examples: [
    "certdesk days --employees 180 --risk high --type initial",
    "certdesk days --employees 100 --risk 03 --type surveillance --adjust -10 --json",
  ],
  options: {
    employees: { type: "string" },
    risk: { type: "string" },
    type: { type: "string" },
    adjust: { type: "string" },
    profile: { type: "string" },
  },
  run({ values }) {
    const result = auditDays({
      employees: values.employees,
      risk: values.risk,
      type: values.type,
      adjustPct: values.adjust,
      profile: values.profile,
    });
    const record = renderRecord(result.steps, "zh");
    return {
      json: { days: result.days, profile: result.profile, type: result.type, record, steps: result.steps },
      text: `审核时间：${result.days} 人日（${result.profile}）\n计算过程：${record}`,
    };
  },
};
