/**
 * Validating a 100 000-row 获证组织基本信息月报 (issue 9 item 3): how much slower is reading it
 * AND running every check than the byte-scan floor — inflating its sheet parts with node:zlib and
 * counting the cells — and how much memory does it take per row? Targets: validation ÷ floor ≤ 4,
 * peak memory growth ≤ 1.5 KB a row.
 *   node cli/bin/run-ts.cjs bench/validate.ts [rows] [runs] [file.xlsx]     (npm run bench:validate)
 * Times are CPU time of this process (all threads: zlib inflates on libuv's pool), so the ratio
 * holds on a machine other jobs are loading; wall-clock figures are printed beside them.
 * A third argument measures that workbook instead of writing one.
 * The workbook is written to a temp dir with exceljs's streaming writer (shared strings and styles,
 * as Excel saves). Floor and validation run alternately in this process, several times; the
 * memory is measured in a fresh child process (this one holds the writer's garbage): its kernel
 * high-water mark after one validation minus its RSS before, divided by the rows.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { auditDays } from "../core/audit-time";
import { makeCertNo } from "../core/certno";
import { addYears, fromYmd, toYmd, type EpochDay } from "../core/dates/civil";
import { validateWorkbook } from "../core/validation";
import { templateColumns } from "../core/validation/specs";
import { readWorkbook } from "../cli/src/xlsx/read-workbook";
import { randomUscc, seeded } from "./random";

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 3);
const GIVEN = process.argv[4];

/** CPU milliseconds this process has used (user + system, every thread). */
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const TARGET_RATIO = 4;
const TARGET_BYTES_PER_ROW = 1536;
/** Reading's share of the 4×: the checks take the other 2×. */
const TARGET_READ_RATIO = 2;

const rng = seeded(2026);
const { next, pick } = rng;

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
    uscc: randomUscc(rng, division),
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

// ── the floor: inflate the sheet parts, count the cells ─────────────────────────────────────
const CELL = Buffer.from("<c ");

/** Sheet parts of the package, from its central directory (the bench's own few lines, not our reader). */
function sheetEntries(zip: Buffer): { start: number; size: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries: { start: number; size: number }[] = [];
  let p = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name))
      entries.push({
        start: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
        size: zip.readUInt32LE(p + 20),
      });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

async function floor(file: string): Promise<number> {
  const zip = readFileSync(file);
  let cells = 0;
  for (const entry of sheetEntries(zip)) {
    const inflate = createInflateRaw();
    inflate.end(zip.subarray(entry.start, entry.start + entry.size));
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of inflate) {
      const buf: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      for (let at = buf.indexOf(CELL); at >= 0; at = buf.indexOf(CELL, at + 3)) cells++;
      carry = buf.subarray(Math.max(0, buf.length - 2));
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
  /** The high-water mark after reading, when asked for. */
  readPeak?: number;
}

/** `afterRead` runs between reading and the checks, outside both timings. */
async function validate(file: string, afterRead?: () => number): Promise<ValidateRun> {
  const t0 = cpu();
  const grids = await readWorkbook(file);
  const t1 = cpu();
  const readPeak = afterRead?.();
  const t2 = cpu();
  const result = validateWorkbook(grids, { month: "2026-10", reportDate: "2026-11-03" });
  const t3 = cpu();
  return { readMs: t1 - t0, checkMs: t3 - t2, readPeak, ...result.summary };
}

/** In a fresh process: RSS before, and the kernel's high-water mark after reading and after one validation. */
async function child(file: string): Promise<void> {
  const before = process.memoryUsage.rss();
  const run = await validate(file, () => process.resourceUsage().maxRSS * 1024);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ before, readPeak: run.readPeak, peak, rows: run.rows }));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "certdesk-bench-"));
  const file = GIVEN ?? path.join(dir, "monthly-100k.xlsx");
  try {
    let t = performance.now();
    if (GIVEN === undefined) {
      await writeBenchWorkbook(file);
      console.log(
        `wrote ${ROWS.toLocaleString("en")} rows × ${templateColumns("monthly").length} columns in ${seconds(performance.now() - t)}: ${mb(statSync(file).size)} on disk`,
      );
    }

    const floorMs: number[] = [];
    const validateMs: number[] = [];
    const readMs: number[] = [];
    const checkMs: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      t = cpu();
      const wall = performance.now();
      const cells = await floor(file);
      floorMs.push(cpu() - t);
      const floorWall = performance.now() - wall;
      const validateWall = performance.now();
      const v = await validate(file);
      validateMs.push(v.readMs + v.checkMs);
      readMs.push(v.readMs);
      checkMs.push(v.checkMs);
      console.log(
        `run ${run} (CPU): floor ${seconds(floorMs.at(-1)!)} (${cells.toLocaleString("en")} cells) · validate ${seconds(validateMs.at(-1)!)} = read ${seconds(v.readMs)} + checks ${seconds(v.checkMs)} (${v.rows.toLocaleString("en")} rows, ${v.errors} errors, ${v.warnings} warnings) · wall: floor ${seconds(floorWall)}, validate ${seconds(performance.now() - validateWall)}`,
      );
    }
    const ratio = median(validateMs) / median(floorMs);
    console.log(
      `median byte-scan floor (inflate sheet parts + count cells), CPU: ${seconds(median(floorMs))}`,
    );
    console.log(
      `median validate, CPU (read ${seconds(median(readMs))} + checks ${seconds(median(checkMs))}): ${seconds(median(validateMs))}`,
    );
    console.log(
      `read only, CPU: ${seconds(median(readMs))} = ${(median(readMs) / median(floorMs)).toFixed(2)} × the floor (the reader's share: ≤ ${TARGET_READ_RATIO})`,
    );
    console.log(
      `ratio validation ÷ floor: ${ratio.toFixed(2)} (read alone ${(median(readMs) / median(floorMs)).toFixed(2)}; target ≤ ${TARGET_RATIO}) — ${ratio <= TARGET_RATIO ? "meets" : "MISSES"} the target`,
    );

    // process.argv[1] is cli/bin/run-ts.cjs, which started this script.
    const runTs = process.argv[1]!;
    const measured = spawnSync(process.execPath, [runTs, "bench/validate.ts", "--child", file], {
      cwd: path.resolve(path.dirname(runTs), "..", ".."),
      encoding: "utf8",
    });
    if (measured.status !== 0) throw new Error(`memory child failed: ${measured.stderr}`);
    const { before, readPeak, peak, rows } = JSON.parse(measured.stdout.trim().split("\n").at(-1)!) as Record<
      string,
      number
    >;
    console.log(
      `peak memory after reading alone: ${mb(readPeak!)} → ${Math.round((readPeak! - before!) / rows!)} bytes a row`,
    );
    const perRow = (peak! - before!) / rows!;
    console.log(
      `peak memory (fresh process): ${mb(before!)} before, ${mb(peak!)} peak → ${Math.round(perRow)} bytes a row (target ≤ ${TARGET_BYTES_PER_ROW}) — ${perRow <= TARGET_BYTES_PER_ROW ? "meets" : "MISSES"} the target`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf("--child");
(childAt >= 0 ? child(process.argv[childAt + 1]!) : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
