/**
 * CLI start-up (issue 9): each command as a whole process against `node -e 0`, run in turn
 * (baseline, command, baseline, command…) so a drift of the shared machine hits both sides; the
 * ratio is taken pair by pair and its median printed beside the target. Run with
 * `node cli/bin/run-ts.cjs bench/startup.ts [runs]` (default 11 runs per command, after a warm-up
 * that also brings the CLI bundle up to date).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const RUNS = Number(process.argv[2] ?? 11);
const dir = mkdtempSync(path.join(tmpdir(), "certdesk-startup-"));
const calendarCsv = path.join(dir, "2027.csv");
writeFileSync(
  calendarCsv,
  [
    "日期,类型,名称",
    "2027-01-01,休,元旦",
    ...["05", "06", "07", "08", "09", "10", "11", "12"].map((d) => `2027-02-${d},休,春节`),
    "2027-04-05,休,清明节",
    ...["01", "02", "03", "04", "05"].map((d) => `2027-05-${d},休,劳动节`),
    "2027-06-09,休,端午节",
    "2027-09-15,休,中秋节",
    ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2027-10-${d},休,国庆节`),
  ].join("\n"),
);

const NODE = process.execPath;
const BIN = path.join(ROOT, "node_modules", ".bin", "certdesk");
const DAYS = ["days", "--employees", "180", "--risk", "high", "--type", "initial"];

interface Case {
  label: string;
  command: string[];
  target?: number;
}

const CASES: Case[] = [
  { label: "node cli/bin/certdesk.cjs days", command: [NODE, "cli/bin/certdesk.cjs", ...DAYS], target: 1.5 },
  { label: "node_modules/.bin/certdesk days", command: [BIN, ...DAYS], target: 1.5 },
  { label: "npx certdesk days", command: ["npx", "--no-install", "certdesk", ...DAYS] },
  {
    label: ".bin/certdesk sample",
    command: [BIN, "sample", "--sites", "25", "--type", "surveillance"],
    target: 2.5,
  },
  {
    label: ".bin/certdesk certno",
    command: [BIN, "certno", "--cb", "CNCA-R-2021-812", "--year", "2026", "--seq", "17"],
    target: 2.5,
  },
  { label: ".bin/certdesk certparse", command: [BIN, "certparse", "081226HG00017R000-1"], target: 2.5 },
  {
    label: ".bin/certdesk deadline",
    command: [BIN, "deadline", "--date", "2025-09-30", "--kind", "status"],
    target: 2.5,
  },
  {
    label: ".bin/certdesk deadline --calendar",
    command: [BIN, "deadline", "--date", "2026-12-31", "--kind", "status", "--calendar", calendarCsv],
    target: 2.5,
  },
  { label: ".bin/certdesk --version", command: [BIN, "--version"], target: 2.5 },
  { label: ".bin/certdesk --help", command: [BIN, "--help"], target: 2.5 },
  {
    label: ".bin/certdesk template calendar",
    command: [BIN, "template", "calendar", "--out", path.join(dir, "t.xlsx"), "--force"],
  },
];

function seconds(command: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command[0] as string, command.slice(1), { cwd: ROOT, stdio: "ignore" });
  if (run.status !== 0) throw new Error(`${command.join(" ")} exited ${run.status}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

console.log(`whole-process wall time, ${RUNS} runs each in turn with node -e 0; medians`);
console.log(
  `${"command".padEnd(36)} ${"median s".padStart(9)} ${"node -e 0".padStart(9)} ${"ratio".padStart(6)}  target`,
);
try {
  let missed = 0;
  for (const c of CASES) {
    seconds(c.command); // warm-up (and the bundle rebuild when sources changed)
    const a: number[] = [];
    const b: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const base = seconds([NODE, "-e", "0"]);
      const own = seconds(c.command);
      a.push(own);
      b.push(base);
      ratios.push(own / base);
    }
    const ratio = median(ratios);
    const verdict =
      c.target === undefined ? "(shown)" : `≤ ${c.target} ${ratio <= c.target ? "meets" : "MISSES"}`;
    if (c.target !== undefined && ratio > c.target) missed++;
    console.log(
      `${c.label.padEnd(36)} ${median(a).toFixed(3).padStart(9)} ${median(b).toFixed(3).padStart(9)} ${ratio.toFixed(2).padStart(6)}  ${verdict}`,
    );
  }
  console.log(missed === 0 ? "every command meets its target" : `${missed} command(s) above target`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
