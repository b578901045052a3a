/**
 * Throughput of the CERT custom functions over a 10 000-row range, as Excel calls them (each
 * argument a matrix). Run with `node cli/bin/run-ts.cjs bench/functions.ts`. Prints, per function,
 * rows per CPU second and the ratio of its time to the budget of one second per 10 000 rows; the
 * unit tests only check the values, since wall-clock limits fail on a loaded machine.
 */
class BenchCellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

// The functions module registers itself and builds error cells through the office.js global.
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: BenchCellError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  associate: () => undefined,
};

type Fn = (...args: unknown[]) => unknown[][];

const GOOD: Record<string, unknown[]> = {
  AUDITDAYS: [180, "高", "初次", -10, "HG-HY"],
  ONSITEDAYS: [10],
  SITEDAYS: [100, "高", "初次", "HG-HY"],
  COMBINEDDAYS: [10, 5],
  EXPLAIN: [180, "高", "初次", -10, "HG-HY"],
  RISK: ["03", "HG-HY"],
  SAMPLESITES: [25, "监督", true],
  CERTNO: ["0812", 2026, 17, 1, "01", 2, "SR"],
  CERTPARSE: ["081226HG00017R000-1"],
  CERTEXPIRY: [46037, 47000],
  SURVDUE: [46037, 2, "HG-ZGLY"],
  WORKDAY: [45930, 2],
  DEADLINE: [45930, "status"],
  USCC: ["91310115MA1FL7Q289"],
  IDCARD: ["11010519491231002X"],
};

const ROWS = 10_000;
const BUDGET_SECONDS = 1;

async function main(): Promise<void> {
  const functions = (await import("../addin/functions/functions")) as unknown as Record<string, Fn>;
  const call = (name: string, args: unknown[]): unknown[][] => {
    const matrices = args.map((a) => (Array.isArray(a) ? a : [[a]]));
    const fn = functions[name]!;
    return name === "COMBINEDDAYS" ? fn(matrices) : fn(...matrices);
  };
  let worst = 0;
  for (const [name, good] of Object.entries(GOOD)) {
    const args = [...good];
    args[0] = Array.from({ length: ROWS }, () => [good[0]]);
    call(name, args); // warm-up
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const cpu = process.cpuUsage();
      const out = call(name, args);
      const used = process.cpuUsage(cpu);
      if (out.length !== ROWS) throw new Error(`${name}: ${out.length} rows out of ${ROWS}`);
      best = Math.min(best, (used.user + used.system) / 1e6);
    }
    const ratio = best / BUDGET_SECONDS;
    worst = Math.max(worst, ratio);
    console.log(
      `${name.padEnd(12)} ${Math.round(ROWS / best).toLocaleString("en")} rows per CPU second; ${ratio.toFixed(3)} of the budget (${BUDGET_SECONDS} s per ${ROWS.toLocaleString("en")} rows)`,
    );
  }
  console.log(`slowest function uses ${worst.toFixed(3)} of its budget${worst > 1 ? " — OVER BUDGET" : ""}`);
}

void main();
