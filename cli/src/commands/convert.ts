import {
  convertToCnca,
  type ConvertOptions,
  toDate,
  toIso,
  cncaLayoutIds,
  getLayout,
  listLayouts,
  SEVERITY_LABELS,
} from "../../../core";
import type { Command } from "../command";
import { findingJson } from "../finding-json";
import { FORCE_HELP, requiredOutPath, valueOptions } from "../options";
import { UsageError, usage } from "../usage-error";
import { readAnyWorkbook } from "../xlsx/open-workbook";
import { writeConversion } from "../xlsx/write-converted";

/** 认证机构批准号: CNCA-R-2021-812; foreign-invested bodies CNCA-RF-…, 2-digit serial (函〔2021〕102号). */
const APPROVAL = /^CNCA-RF?-\d{4}-\d{2,3}$/;

function parseApproval(value: string): string {
  const text = value.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  if (!APPROVAL.test(text))
    throw new UsageError(
      `--cb「${value}」不是认证机构批准号，应写作 CNCA-R-2021-812（CNCA 模版 证书信息表 第 1 项）`,
      `--cb "${value}" is not an approval number; expected e.g. CNCA-R-2021-812`,
    );
  return text;
}

function parseLayoutId(value: string): string {
  const ids = cncaLayoutIds(listLayouts());
  const id = value.trim().toLowerCase();
  if (!ids.includes(id))
    throw new UsageError(
      `--to「${value}」不是 CNCA 上报格式，应为：${ids.join("、")}`,
      `--to "${value}" is not a CNCA layout; expected one of ${ids.join(", ")}`,
    );
  return id;
}

export const convertCommand: Command = {
  name: "convert",
  summary:
    "把易读格式的月报转成 CNCA 上报文件（代码、全角分号、7 行表头）/ convert a friendly register into CNCA's upload workbook",
  usage:
    "convert <friendly.xlsx> --to cnca-2016 --out upload.xlsx [--cb CNCA-R-2021-812] [--branch 名称] [--fetch-from D --fetch-to D] [--force]",
  optionHelp: [
    "<friendly.xlsx>  易读格式工作簿（获证组织基本信息月报 + 审核组成员），只读 / the friendly workbook (read only)",
    "--to LAYOUT      目标格式：cnca-2016、cnca-2021… / the CNCA layout to write",
    "--out FILE       上报文件 .xlsx / the upload workbook to write",
    "--cb APPROVAL    认证机构批准号，写入每行第 1 项 / the body's approval number",
    "--branch NAME    实施审核的分支机构名称（无分支机构写机构名称）/ branch that audited",
    "--fetch-from D   取数开始日期 / first day of the data fetched",
    "--fetch-to D     取数截止日期 / last day of the data fetched",
    FORCE_HELP,
  ],
  examples: [
    "certdesk convert 月报.xlsx --to cnca-2016 --out 上报.xlsx --cb CNCA-R-2021-812",
    "certdesk convert 月报.xlsx --to cnca-2021 --out upload.xlsx --cb CNCA-R-2021-812 --fetch-from 2026-10-01 --fetch-to 2026-10-31 --json",
  ],
  // --out second, as the usage line has it: "unknown option" lists the options in this order.
  options: {
    ...valueOptions("to", "out", "cb", "branch", "fetch-from", "fetch-to"),
    force: { type: "boolean" },
  },
  positionals: ["friendly.xlsx"],
  async run({ values, positionals }) {
    const file = positionals[0];
    if (file === undefined) throw new UsageError("请给出要转换的工作簿", "give the workbook to convert");
    if (typeof values.to !== "string") throw usage.missingOption("to");
    const out = requiredOutPath(values, file);
    const layoutId = parseLayoutId(values.to);
    const options: ConvertOptions = {};
    if (typeof values.cb === "string") options.cbApproval = parseApproval(values.cb);
    if (typeof values.branch === "string" && values.branch.trim() !== "")
      options.cbBranch = values.branch.trim();
    const from = values["fetch-from"];
    const to = values["fetch-to"];
    if (typeof from === "string")
      options.fetchFrom = toIso(toDate(from, "date", "CNCA 模版 证书信息表「取数开始日期」"));
    if (typeof to === "string")
      options.fetchTo = toIso(toDate(to, "date", "CNCA 模版 证书信息表「取数截止日期」"));
    const { grids } = await readAnyWorkbook(file);
    const conversion = convertToCnca(grids, layoutId, options);
    if (conversion.sources.length === 0) {
      const note = conversion.notes[0];
      throw new UsageError(
        note?.message ?? "没有可转换的报表",
        "the workbook holds no friendly report sheet to convert",
      );
    }
    await writeConversion(conversion, out);
    const layout = getLayout(layoutId)!;
    const counts = conversion.sheets.map((s) => `${s.plan.name} ${s.rows.length} 行`).join("，");
    const lines = [
      `已写出「${layout.title}」上报文件：${out}（${counts}）`,
      ...conversion.notes.map(
        (n) =>
          `  ${(n.sheet === "" ? "" : `${n.sheet}!${n.cell}`).padEnd(12)} ${SEVERITY_LABELS[n.severity].zh}  ${n.id}  ${n.message}`,
      ),
      conversion.notes.length === 0
        ? "转换完成，没有需要补充的内容；上报前请用 certdesk validate 校验上报文件"
        : `有 ${conversion.notes.length} 条提示需处理；上报前请用 certdesk validate 校验上报文件`,
    ];
    return {
      json: {
        file: out,
        layout: layoutId,
        sources: conversion.sources,
        sheets: conversion.sheets.map((s) => ({ name: s.plan.name, rows: s.rows.length })),
        notes: conversion.notes.map(findingJson),
      },
      text: lines.join("\n"),
    };
  },
};
