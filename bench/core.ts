/**
 * Throughput of the core's bulk paths: a column of CERT.AUDITDAYS / CERT.SAMPLESITES cells
 * (record off, as the custom functions call them; the record-on figures are shown beside them).
 * Run with `node cli/bin/run-ts.cjs bench/core.ts`. Inputs are varied (headcounts from 1 to
 * beyond the >10 700 progression, fractional ones, every risk spelling and audit type) and
 * prepared before timing, so the figure is the calculation's own cost.
 */
import { auditDays } from "../core/audit-time";
import { sampleSites } from "../core/sampling";
import { seeded } from "./random";

const N = 1_000_000;
const VARIANTS = 4096;

const { next, pick } = seeded(2026);

const RISKS = ["high", "medium", "low", "高", "中", "低", "H", "M", "L", "03.01.02", "33", "29.01"];
const AUDIT_TYPES = ["initial", "surveillance", "recertification", "初次", "监督", "再认证"];

const auditInputs = Array.from({ length: VARIANTS }, () => {
  const scale = pick([30, 300, 3000, 30000]);
  const employees =
    next() < 0.2 ? Math.round(next() * scale * 10) / 10 + 0.1 : Math.floor(next() * scale) + 1;
  return {
    employees,
    risk: pick(RISKS),
    type: pick(AUDIT_TYPES),
    adjustPct: pick([undefined, undefined, -10, -12.5, 5, 20]),
  };
});

const samplingInputs = Array.from({ length: VARIANTS }, () => ({
  sites: Math.floor(next() * 500) + 1,
  type: pick(["initial", "surveillance", "recertification"]),
  similar: next() < 0.8,
}));

/**
 * Best of three rounds of N. The machine is shared, so besides wall-clock time the rate per second
 * of this process's own CPU time is printed; the target is judged on the better-isolated CPU figure.
 */
function measure(label: string, evaluate: (i: number) => number): number {
  let checksum = 0;
  for (let i = 0; i < 50_000; i++) checksum += evaluate(i); // warm-up
  let bestWall = 0;
  let bestCpu = 0;
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) checksum += evaluate(i);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    bestWall = Math.max(bestWall, N / wall);
    bestCpu = Math.max(bestCpu, N / ((used.user + used.system) / 1e6));
  }
  const rate = (x: number): string => Math.round(x).toLocaleString("en");
  console.log(
    `${label}: ${rate(bestCpu)} evaluations per CPU second, ${rate(bestWall)} per wall second (best of 3 × ${N.toLocaleString("en")}; checksum ${checksum})`,
  );
  return bestCpu;
}

const days = measure(
  "audit days (record off)",
  (i) => auditDays(auditInputs[i % VARIANTS] as (typeof auditInputs)[number], { record: false }).days,
);
measure(
  "audit days (record on) ",
  (i) => auditDays(auditInputs[i % VARIANTS] as (typeof auditInputs)[number]).days,
);
const sampling = measure(
  "sampling (record off)  ",
  (i) =>
    sampleSites(samplingInputs[i % VARIANTS] as (typeof samplingInputs)[number], { record: false }).sites,
);
measure(
  "sampling (record on)   ",
  (i) => sampleSites(samplingInputs[i % VARIANTS] as (typeof samplingInputs)[number]).sites,
);

// Issue 9: audit days with the record off ≥ 3 M/s, sampling (the bulk path, record off) ≥ 2 M/s.
const verdict = (label: string, rate: number, target: number): string =>
  `${label} ${Math.round(rate).toLocaleString("en")} /s vs target ${target.toLocaleString("en")}: ratio ${(rate / target).toFixed(2)} ${rate >= target ? "meets" : "MISSES"}`;
console.log(verdict("audit days (record off)", days, 3_000_000));
console.log(verdict("sampling (record off)", sampling, 2_000_000));
