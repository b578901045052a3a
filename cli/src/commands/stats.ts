/**
 * `certdesk stats`: the annual classification statistics and the register self-inspection
 * (DOMAIN §10, §12) over a register, a CNCA 证书信息表 or many monthly files (or a folder of them),
 * merged with the latest report winning. One core call computes everything; this file reads the
 * files one by one (a grid is dropped once its records are taken), prints, and writes `--out`.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  annualStatistics,
  emptyStatsInput,
  readStatsSheet,
  statsSheetPlan,
  statsTextLines,
  type StatsOptions,
  DEFAULT_PROFILE_ID,
  getProfile,
} from "../../../core";
import type { Command } from "../command";
import { FORCE_HELP, OUT_OPTIONS, outPathOf, valueOptions } from "../options";
import { UsageError, usage } from "../usage-error";
import { checkOutPath } from "../xlsx/out-path";
import { readAnyWorkbook } from "../xlsx/open-workbook";
import { writeStatsWorkbook } from "../xlsx/write-stats";

const WORKBOOK = /\.(xlsx|xls)$/i;
/** How many replacements --json lists (the count is always given). */
const SUPERSEDED_SHOWN = 1000;

/** Files as given; a folder stands for its workbooks in name order (Excel's ~$ lock files skipped). */
export function expandInputs(inputs: readonly string[], out: string | null): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // a missing file is reported by the reader with its own message
    }
    if (!isFolder) {
      files.push(input);
      continue;
    }
    const inside = readdirSync(input)
      .filter((name) => WORKBOOK.test(name) && !name.startsWith("~$") && !name.startsWith("."))
      .sort((a, b) => a.localeCompare(b, "zh-CN"))
      .map((name) => path.join(input, name))
      .filter((file) => out === null || path.resolve(file) !== out);
    if (inside.length === 0)
      throw new UsageError(
        `文件夹「${input}」中没有 .xlsx 工作簿`,
        `folder "${input}" holds no .xlsx workbook`,
      );
    files.push(...inside);
  }
  return files;
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value.trim());
  if (!/^\s*\d+\s*$/.test(value))
    throw new UsageError(`--${name}「${value}」应为整数`, `--${name} "${value}" must be a whole number`);
  return n;
}

export const statsCommand: Command = {
  name: "stats",
  summary: "年度分类统计与证书台账自查（合并多个月报，最新报告为准）/ annual statistics and self-inspection",
  usage:
    "stats <register.xlsx|folder>... --year YYYY [--years 3] [--profile HG-HY] [--auditors N] [--accredited 03,29.07] [--out stats.xlsx [--force]]",
  optionHelp: [
    "<files>          证书台账、CNCA 证书信息表或多个月报（可给文件夹）；只读 / register(s), read only",
    "--year YYYY      统计年度，数据截至该年 12 月 31 日 / the year, as of 31 December",
    "--years N        自查报告的近年数（默认 3）/ years of self-inspection counts (default 3)",
    "--profile ID     业务大类名称所用的规则配置（默认 HG-HY）/ profile naming the categories",
    "--auditors N     本机构审核员人数（审核组数据不足时）/ qualified auditors, when the team data does not tell",
    "--accredited L   获认可的业务范围代码，逗号分隔 / accredited scope codes",
    "--out FILE       写出年报统计工作簿（表格、合计、检查及链接、柱形图）/ write the statistics workbook",
    FORCE_HELP,
  ],
  examples: [
    "certdesk stats 证书台账.xlsx --year 2025",
    "certdesk stats 2025/*.xlsx --year 2025 --out 年报统计2025.xlsx --json",
  ],
  options: { ...valueOptions("year", "years", "profile", "auditors", "accredited"), ...OUT_OPTIONS },
  required: { year: "year" },
  positionals: ["register.xlsx..."],
  async run({ values, positionals }) {
    if (typeof values.year !== "string") throw usage.missingOption("year");
    const out = outPathOf(values);
    const profile = getProfile(typeof values.profile === "string" ? values.profile : DEFAULT_PROFILE_ID).id;
    const year = values.year.trim();
    if (!/^\d{4}$/.test(year))
      throw new UsageError(
        `统计年度「${year}」无法识别，应为 4 位年份，例如 --year 2025`,
        `year "${year}" is not readable; expected four digits, e.g. --year 2025`,
      );
    const options: StatsOptions = { year: Number(year), profile };
    if (typeof values.years === "string") options.years = wholeNumber("years", values.years);
    if (typeof values.auditors === "string") options.auditorCount = wholeNumber("auditors", values.auditors);
    if (typeof values.accredited === "string")
      options.accreditedScopes = values.accredited.split(/[,，;；\s]+/).filter((code) => code !== "");
    const files = expandInputs(positionals, out);
    const input = emptyStatsInput();
    for (const [order, file] of files.entries()) {
      if (out !== null) checkOutPath(out, { input: file, force: true });
      const { grids } = await readAnyWorkbook(file);
      for (const grid of grids) readStatsSheet(grid, file, order, input);
    }
    const result = annualStatistics(input, options);
    if (out) await writeStatsWorkbook(out, statsSheetPlan(result, profile));
    const { findings, checksRun, merge, excluded, provinceSum, selfInspection, ...tables } = result;
    return {
      json: {
        ...tables,
        checks: findings.map(({ id, severity, file, sheet, cell, certNo, message, clause }) => ({
          id,
          severity,
          file,
          sheet,
          cell,
          ...(certNo !== undefined ? { certNo } : {}),
          message,
          clause,
        })),
        selfInspection,
        checksRun,
        provinceSum,
        excluded,
        merge: {
          ...merge,
          superseded: merge.superseded.slice(0, SUPERSEDED_SHOWN),
          supersededCount: merge.superseded.length,
        },
        sheets: input.sheets,
        ...(out ? { out } : {}),
      },
      text: `${statsTextLines(result, { profile, files: files.length }).join("\n")}${out ? `\n\n已写出年报统计工作簿：${out}（输入文件未改动）` : ""}`,
    };
  },
};
