/**
 * Custom functions through the adapter, per cell (issue 9): a column of 1 000 varied cells given to
 * each CERT function as Excel gives a range, evaluations per CPU second, best of 3, printed side by
 * side with the targets. Run with `node cli/bin/run-ts.cjs bench/functions.ts`. Errors are built
 * with a stand-in for the CustomFunctions global, as in the tests.
 */
import * as F from "../addin/functions/functions";
import { seeded } from "./random";

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

const { next, pick } = seeded(9);
const column = (make: () => unknown): unknown[][] => Array.from({ length: ROWS }, () => [make()]);

/** Excel serials of 2004-01-01 … 2026-06-30, the years the holiday data covers. */
const serial = (): number => 37987 + Math.floor(next() * 8216);

interface Case {
  name: string;
  target: number;
  call: () => unknown[][];
}

/** A case: the function over its argument columns, built once here so only the calls are timed. */
function timed<A extends unknown[]>(
  name: string,
  target: number,
  fn: (...args: A) => unknown[][],
  ...args: A
): Case {
  return { name, target, call: () => fn(...args) };
}

const CASES: Case[] = [
  timed(
    "AUDITDAYS",
    100_000,
    F.AUDITDAYS,
    column(() => Math.floor(next() * 3000) + 1),
    column(() => pick(["high", "中", "L", "03.01.02"])),
    column(() => pick(["initial", "监督", "再认证"])),
  ),
  timed(
    "ONSITEDAYS",
    100_000,
    F.ONSITEDAYS,
    column(() => 1 + Math.floor(next() * 40) / 2),
  ),
  timed(
    "SITEDAYS",
    100_000,
    F.SITEDAYS,
    column(() => Math.floor(next() * 500) + 1),
    column(() => pick(["high", "中", "L"])),
    column(() => pick(["initial", "监督", "再认证"])),
  ),
  timed("COMBINEDDAYS", 100_000, F.COMBINEDDAYS, [
    column(() => 1 + Math.floor(next() * 40) / 2),
    column(() => 1 + Math.floor(next() * 40) / 2),
  ]),
  timed(
    "RISK",
    100_000,
    F.RISK,
    column(() => pick(["03", "03.01.02", "29.01", "33"])),
  ),
  timed(
    "SAMPLESITES",
    500_000,
    F.SAMPLESITES,
    column(() => Math.floor(next() * 500) + 1),
    column(() => pick(["initial", "surveillance", "recertification"])),
  ),
  timed(
    "CERTNO",
    100_000,
    F.CERTNO,
    [["CNCA-R-2021-812"]],
    column(() => 2020 + Math.floor(next() * 7)),
    column(() => Math.floor(next() * 99999) + 1),
  ),
  timed(
    "CERTPARSE",
    100_000,
    F.CERTPARSE,
    column(
      () =>
        `0812${pick(["24", "25", "26"])}HG${String(Math.floor(next() * 99999) + 1).padStart(5, "0")}R0${pick(["00", "01"])}`,
    ),
  ),
  timed("CERTEXPIRY", 100_000, F.CERTEXPIRY, column(serial)),
  timed(
    "SURVDUE",
    350_000,
    F.SURVDUE,
    column(serial),
    column(() => 1 + Math.floor(next() * 2)),
  ),
  timed(
    "WORKDAY",
    100_000,
    F.WORKDAY,
    column(serial),
    column(() => Math.floor(next() * 21) - 10),
  ),
  timed(
    "DEADLINE",
    200_000,
    F.DEADLINE,
    column(serial),
    column(() => pick(["monthly", "status", "result", "plan", "major", "annual"])),
  ),
  timed(
    "USCC",
    100_000,
    F.USCC,
    column(() => pick(["91310115MA1FL7Q289", "12440300455761025K", "91310115MA1FL7Q28X"])),
  ),
  timed(
    "IDCARD",
    100_000,
    F.IDCARD,
    column(() => pick(["11010519491231002X", "320102198803151232", "320102198803151233"])),
  ),
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
