import { auditDays, renderRecord } from "../../../core";
import type { Command } from "../command";
import { valueOptions } from "../options";

export const daysCommand: Command = {
  name: "days",
  summary: "审核时间（人日）计算，附计算过程 / audit person-days with the calculation record",
  usage: "days --employees N --risk R --type T [--adjust P] [--profile ID]",
  optionHelp: [
    "--employees N    有效人数（可为小数）/ effective headcount",
    "--risk R         风险：高/中/低、high/medium/low、H/M/L 或业务范围代码（如 03.01.02）；HG-HY 必填，",
    "                 HG-ZGLY、SR-GGBZ 不按风险调整 / risk; required by HG-HY only",
    "--type T         审核类型：initial/stage1/stage2/surveillance/recertification（或 初次/监督/再认证）",
    "--adjust P       书面调整，百分点：-10 即减少 10%（缺省 0）/ documented net adjustment in percent points",
    "--profile ID     规则配置 HG-HY（默认）/ HG-ZGLY / SR-GGBZ",
  ],
  examples: [
    "certdesk days --employees 180 --risk high --type initial",
    "certdesk days --employees 100 --risk 03 --type surveillance --adjust -10 --json",
  ],
  options: valueOptions("employees", "risk", "type", "adjust", "profile"),
  // --risk is not listed: profiles without a risk factor (SR-GGBZ) run without it, and the core says
  // when a profile needs it (004 附录B 注4).
  required: { employees: "employees", type: "auditType" },
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
      // DOMAIN §12: {"days","profile","steps",…}.
      json: { days: result.days, profile: result.profile, steps: result.steps, type: result.type, record },
      text: `审核时间：${result.days} 人日（${result.profile}）\n计算过程：${record}`,
    };
  },
};
