/**
 * Custom functions through the adapter, per cell (issue 9): a column of 1 000 varied cells given to
 * each CERT function as Excel gives a range, evaluations per CPU second, best of 3, printed side by
 * side with the targets. Run with `node cli/bin/run-ts.cjs bench/functions.ts`. Errors are built
 * with a stand-in for the CustomFunctions global, as in the tests.
 */
import * as F from "../addin/functions/functions";

class CellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CellError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

const ROWS = 1000;
const TARGET_SECONDS = 0.4;

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = lcg(9);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const column = (make: () => unknown): unknown[][] => Array.from({ length: ROWS }, () => [make()]);

/** Excel serials of 2004-01-01 … 2026-06-30, the years the holiday data covers. */
const serial = (): number => 37987 + Math.floor(next() * 8216);

const CASES: { name: string; target: number; call: () => unknown[][] }[] = [
  {
    name: "AUDITDAYS",
    target: 100_000,
    call: (
      (e, r, t) => () =>
        F.AUDITDAYS(e, r, t)
    )(
      column(() => Math.floor(next() * 3000) + 1),
      column(() => pick(["high", "中", "L", "03.01.02"])),
      column(() => pick(["initial", "监督", "再认证"])),
    ),
  },
  {
    name: "ONSITEDAYS",
    target: 100_000,
    call: (
      (d) => () =>
        F.ONSITEDAYS(d)
    )(column(() => 1 + Math.floor(next() * 40) / 2)),
  },
  {
    name: "SITEDAYS",
    target: 100_000,
    call: (
      (e, r, t) => () =>
        F.SITEDAYS(e, r, t)
    )(
      column(() => Math.floor(next() * 500) + 1),
      column(() => pick(["high", "中", "L"])),
      column(() => pick(["initial", "监督", "再认证"])),
    ),
  },
  {
    name: "COMBINEDDAYS",
    target: 100_000,
    call: (
      (a, b) => () =>
        F.COMBINEDDAYS([a, b])
    )(
      column(() => 1 + Math.floor(next() * 40) / 2),
      column(() => 1 + Math.floor(next() * 40) / 2),
    ),
  },
  {
    name: "RISK",
    target: 100_000,
    call: (
      (s) => () =>
        F.RISK(s)
    )(column(() => pick(["03", "03.01.02", "29.01", "33"]))),
  },
  {
    name: "SAMPLESITES",
    target: 500_000,
    call: (
      (s, t) => () =>
        F.SAMPLESITES(s, t)
    )(
      column(() => Math.floor(next() * 500) + 1),
      column(() => pick(["initial", "surveillance", "recertification"])),
    ),
  },
  {
    name: "CERTNO",
    target: 100_000,
    call: (
      (y, s) => () =>
        F.CERTNO([["CNCA-R-2021-812"]], y, s)
    )(
      column(() => 2020 + Math.floor(next() * 7)),
      column(() => Math.floor(next() * 99999) + 1),
    ),
  },
  {
    name: "CERTPARSE",
    target: 100_000,
    call: (
      (c) => () =>
        F.CERTPARSE(c)
    )(
      column(
        () =>
          `0812${pick(["24", "25", "26"])}HG${String(Math.floor(next() * 99999) + 1).padStart(5, "0")}R0${pick(["00", "01"])}`,
      ),
    ),
  },
  {
    name: "CERTEXPIRY",
    target: 100_000,
    call: (
      (d) => () =>
        F.CERTEXPIRY(d)
    )(column(serial)),
  },
  {
    name: "SURVDUE",
    target: 350_000,
    call: (
      (d, n) => () =>
        F.SURVDUE(d, n)
    )(
      column(serial),
      column(() => 1 + Math.floor(next() * 2)),
    ),
  },
  {
    name: "WORKDAY",
    target: 100_000,
    call: (
      (d, n) => () =>
        F.WORKDAY(d, n)
    )(
      column(serial),
      column(() => Math.floor(next() * 21) - 10),
    ),
  },
  {
    name: "DEADLINE",
    target: 200_000,
    call: (
      (d, k) => () =>
        F.DEADLINE(d, k)
    )(
      column(serial),
      column(() => pick(["monthly", "status", "result", "plan", "major", "annual"])),
    ),
  },
  {
    name: "USCC",
    target: 100_000,
    call: (
      (c) => () =>
        F.USCC(c)
    )(column(() => pick(["91310115MA1FL7Q289", "12440300455761025K", "91310115MA1FL7Q28X"]))),
  },
  {
    name: "IDCARD",
    target: 100_000,
    call: (
      (c) => () =>
        F.IDCARD(c)
    )(column(() => pick(["11010519491231002X", "320102198803151232", "320102198803151233"]))),
  },
];

function rate(call: () => unknown[][]): number {
  let best = 0;
  call(); // warm-up
  for (let round = 0; round < 3; round++) {
    let cells = 0;
    const cpu = process.cpuUsage();
    let used = 0;
    while (used < TARGET_SECONDS) {
      cells += call().length;
      const u = process.cpuUsage(cpu);
      used = (u.user + u.system) / 1e6;
    }
    best = Math.max(best, cells / used);
  }
  return best;
}

const fmt = (x: number): string => Math.round(x).toLocaleString("en").padStart(11);
console.log(`CERT function   evaluations/CPU s      target   ratio (≥ 1 meets)`);
let missed = 0;
for (const c of CASES) {
  const r = rate(c.call);
  if (r < c.target) missed++;
  console.log(`${c.name.padEnd(14)}  ${fmt(r)}  ${fmt(c.target)}   ${(r / c.target).toFixed(2)}`);
}
console.log(missed === 0 ? "every function meets its target" : `${missed} function(s) below target`);
