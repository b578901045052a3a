/**
 * Validating a 100 000-row 获证组织基本信息月报 (issue 4 item 6): how much slower than merely
 * parsing the file is reading it AND running every check? Target: validation ÷ parse-only ≤ 1.25,
 * peak memory ≤ 1.5 GB.
 *   node cli/bin/run-ts.cjs bench/validate.ts [rows] [runs]
 * The workbook is written to a temp dir with exceljs's streaming writer (shared strings and styles,
 * as Excel saves). "Parse-only" is exceljs's streaming WorkbookReader visiting every cell value —
 * the cheapest complete read exceljs offers. "Validate" is what `certdesk validate` does: our
 * reader (cli/src/xlsx) then validateWorkbook. Both run in this process, alternately, several times.
 * No forced GC between runs: after a forced full GC V8 ran the next read up to 3× slower (measured),
 * which is nothing a `certdesk validate` process ever meets; peaks therefore include earlier garbage.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { auditDays } from "../core/audit-time";
import { makeCertNo } from "../core/certno";
import { addYears, fromYmd, toYmd, type EpochDay } from "../core/dates/civil";
import { orgCodeCheckChar, usccCheckChar, USCC_CHARSET } from "../core/ids";
import { validateWorkbook } from "../core/validation";
import { templateColumns } from "../core/validation/specs";
import { readWorkbook } from "../cli/src/xlsx/read-workbook";

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const TARGET_RATIO = 1.25;
const TARGET_RSS = 1.5e9;

/** Deterministic (no Math.random: the bench is reproducible). */
let state = 2026;
const next = (): number => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

// ── peak memory: sampled every 10 ms, plus the kernel's own high-water mark ─────────────────
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
sampler.unref();
const resetPeak = (): void => {
  peak = process.memoryUsage.rss();
};

// ── the workbook ──────────────────────────────────────────────────────────────────────────────
const DIVISIONS = [
  "310115",
  "440305",
  "330106",
  "320106",
  "110108",
  "420106",
  "510107",
  "370202",
  "350203",
  "430104",
];
const SCOPES: { scope: string; risk: string; coverage: string }[] = [
  { scope: "29.07", risk: "低", coverage: "电子产品及配件的批发和零售所涉及的合规管理活动" },
  { scope: "19.05", risk: "中", coverage: "电子元器件的设计、生产和销售所涉及的合规管理活动" },
  { scope: "33.02", risk: "中", coverage: "计算机应用软件的开发和技术服务所涉及的合规管理活动" },
  { scope: "03.05", risk: "高", coverage: "糕点、饮料的生产和销售所涉及的合规管理活动" },
  { scope: "28.01", risk: "高", coverage: "房屋建筑工程施工所涉及的合规管理活动" },
];
const ACTIVITIES = [
  { label: "0301 第一次监督审核", type: "surveillance", issueYear: 2025 },
  { label: "0302 第二次监督审核", type: "surveillance", issueYear: 2024 },
  { label: "01 初次认证", type: "initial", issueYear: 2026 },
];

function uscc(division: string): string {
  let body = "MA";
  while (body.length < 8) body += USCC_CHARSET.charAt(Math.floor(next() * USCC_CHARSET.length));
  const seventeen = `91${division}${body}${orgCodeCheckChar(body)}`;
  return seventeen + usccCheckChar(seventeen);
}

const utc = (day: EpochDay): Date => {
  const { y, m, d } = toYmd(day);
  return new Date(Date.UTC(y, m - 1, d));
};

function row(i: number): Record<string, ExcelJS.CellValue> {
  const division = pick(DIVISIONS);
  const scope = pick(SCOPES);
  const activity = pick(ACTIVITIES);
  const employees = pick([18, 36, 60, 96, 168, 320, 880]);
  const start = fromYmd(2026, 10, 8) + Math.floor(next() * 18);
  const issue =
    activity.issueYear === 2026 ? start + 10 : fromYmd(activity.issueYear, 10, 25) + Math.floor(next() * 30);
  const days = auditDays(
    { employees, risk: scope.risk, type: activity.type, profile: "HG-HY" },
    { record: false },
  ).days;
  return {
    orgName: `第${i + 1}号样例合规科技有限公司`,
    uscc: uscc(division),
    industry: "制造业",
    country: "156",
    division,
    address: `上海市浦东新区科技路${(i % 999) + 1}号`,
    postcode: "200120",
    phone: "021-58880000",
    legalRep: pick(["王伟", "李娜", "张强", "刘洋", "陈静"]),
    capital: 1000,
    employees,
    scheme: "合规管理体系",
    activity: activity.label,
    auditStart: utc(start),
    auditEnd: utc(start + 1),
    auditDays: i % 997 === 0 ? days - 2 : days,
    risk: scope.risk,
    scope: scope.scope,
    renewed: "否",
    accreditation: "00",
    certNo: makeCertNo({
      cbCode: "0812",
      year: activity.issueYear,
      seq: i + 1,
      cycle: 0,
      accreditation: "00",
      scheme: "HG",
    }),
    subCert: "主证书",
    multiSite: "否",
    coverage: scope.coverage,
    issueDate: utc(issue),
    expiryDate: utc(addYears(issue, 3) - 1),
    certStatus: "01 有效",
  };
}

async function writeBenchWorkbook(file: string): Promise<void> {
  const columns = templateColumns("monthly");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet("获证组织基本信息月报");
  columns.forEach((c, i) => (sheet.getColumn(i + 1).numFmt = c.numberFormat));
  sheet.addRow(columns.map((c) => c.header)).commit();
  for (let i = 0; i < ROWS; i++) {
    const values = row(i);
    sheet.addRow(columns.map((c) => values[c.key] ?? null)).commit();
  }
  sheet.commit();
  await writer.commit();
}

// ── the two measurements ──────────────────────────────────────────────────────────────────────
async function parseOnly(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const r of worksheet) {
      (r as ExcelJS.Row).eachCell(() => cells++);
    }
  }
  return cells;
}

interface ValidateRun {
  readMs: number;
  checkMs: number;
  errors: number;
  warnings: number;
  rows: number;
}

async function validate(file: string): Promise<ValidateRun> {
  const t0 = performance.now();
  const grids = await readWorkbook(file);
  const t1 = performance.now();
  const result = validateWorkbook(grids, { month: "2026-10", reportDate: "2026-11-03" });
  const t2 = performance.now();
  return { readMs: t1 - t0, checkMs: t2 - t1, ...result.summary };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "certdesk-bench-"));
  const file = path.join(dir, "monthly-100k.xlsx");
  try {
    let t = performance.now();
    await writeBenchWorkbook(file);
    console.log(
      `wrote ${ROWS.toLocaleString("en")} rows × ${templateColumns("monthly").length} columns in ${seconds(performance.now() - t)}: ${mb(statSync(file).size)} on disk`,
    );

    const parseMs: number[] = [];
    const validateMs: number[] = [];
    const readMs: number[] = [];
    const checkMs: number[] = [];
    let parsePeak = 0;
    let validatePeak = 0;
    let summary = "";
    for (let run = 1; run <= RUNS; run++) {
      resetPeak();
      t = performance.now();
      const cells = await parseOnly(file);
      parseMs.push(performance.now() - t);
      parsePeak = Math.max(parsePeak, peak, process.memoryUsage.rss());

      resetPeak();
      const v = await validate(file);
      validatePeak = Math.max(validatePeak, peak, process.memoryUsage.rss());
      validateMs.push(v.readMs + v.checkMs);
      readMs.push(v.readMs);
      checkMs.push(v.checkMs);
      summary = `${v.rows.toLocaleString("en")} rows, ${v.errors} errors, ${v.warnings} warnings`;
      console.log(
        `run ${run}: parse-only ${seconds(parseMs.at(-1)!)} (${cells.toLocaleString("en")} cells) · validate ${seconds(validateMs.at(-1)!)} = read ${seconds(v.readMs)} + checks ${seconds(v.checkMs)} (${summary})`,
      );
    }
    const ratio = median(validateMs) / median(parseMs);
    const maxRss = process.resourceUsage().maxRSS * 1024;
    console.log(`median parse-only (exceljs streaming reader): ${seconds(median(parseMs))}`);
    console.log(
      `median validate (read ${seconds(median(readMs))} + checks ${seconds(median(checkMs))}): ${seconds(median(validateMs))}`,
    );
    console.log(`checks alone ÷ our read: ${(median(checkMs) / median(readMs)).toFixed(2)}`);
    console.log(
      `ratio validation ÷ parse-only: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) — ${ratio <= TARGET_RATIO ? "meets" : "MISSES"} the target`,
    );
    console.log(
      `peak RSS: parse-only ${mb(parsePeak)}, validate ${mb(validatePeak)}, whole process ${mb(maxRss)} (target ≤ ${mb(TARGET_RSS)}) — ${Math.max(validatePeak, maxRss) <= TARGET_RSS ? "meets" : "MISSES"} the target`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
