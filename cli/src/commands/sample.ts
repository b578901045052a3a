import { sampleSites } from "../../../core";
import type { Command } from "../command";

export const sampleCommand: Command = {
  name: "sample",
  summary: "多场所抽样数量 / number of sites to sample (004 5.4.3)",
  usage: "sample --sites X --type T [--dissimilar]",
  optionHelp: [
    "--sites X        场所数（正整数）/ number of sites (whole number ≥ 1)",
    "--type T         审核类型：initial / surveillance / recertification（或 初次/监督/再认证）",
    "--dissimilar     场所不相似（不抽样）/ sites are not similar (no sampling)",
  ],
  examples: [
    "certdesk sample --sites 25 --type surveillance",
    "certdesk sample --sites 10 --type surveillance --dissimilar --json",
  ],
  options: { sites: { type: "string" }, type: { type: "string" }, dissimilar: { type: "boolean" } },
  required: { sites: "sites", type: "auditType" },
  run({ values }) {
    const result = sampleSites({
      sites: values.sites,
      type: values.type,
      similar: values.dissimilar !== true,
    });
    // DOMAIN §12: exactly {"sites"}.
    return { json: { sites: result.sites }, text: `应抽取场所数：${result.sites}` };
  },
};
