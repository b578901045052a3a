/**
 * Validating CNCA's upload layout (issue 7) against the friendly layout of the same content: how
 * much dearer is reading 73 template fields with every stated rule than the 36 friendly columns?
 * Both workbooks are in-memory grids (no file I/O: the reader is the same for both), N certificate
 * rows and 3 team rows each, every CNCA value written as text as the ERP exporters do.
 *   node cli/bin/run-ts.cjs bench/validate-cnca.ts [rows] [runs]
 * Prints the CPU time per run of each (this process's, so the figures hold on a machine other jobs
 * are loading) and the ratio CNCA ÷ friendly (per row of data, the CNCA sheet carries twice the
 * fields, so a ratio near 2 means the same cost per cell).
 */
import { validateWorkbook, type SheetGrid } from "../core/validation";
import { CERT, cncaGrid, TEAM, type Row } from "../test/core/validation/cnca/fixtures";
import { grid, MONTHLY_ROW, TEAM_ROWS } from "../test/core/validation/fixtures";

const ROWS = Number(process.argv[2] ?? 20_000);
const RUNS = Number(process.argv[3] ?? 3);

function certNo(i: number): string {
  return `081226HG${String(10000 + i).padStart(5, "0")}R000`;
}

function cncaWorkbook(): SheetGrid[] {
  const certs: Row[] = [];
  const team: Row[] = [];
  for (let i = 0; i < ROWS; i++) {
    const no = certNo(i);
    certs.push({ ...CERT, CERT_NUMBER: no, ORG_NAME: `样例公司${i}`, RELA_PEOP_NUM: String(20 + (i % 300)) });
    for (const t of TEAM) team.push({ ...t, CERT_NUMBER: no });
  }
  return [cncaGrid("cnca-2016", "certificates", certs), cncaGrid("cnca-2016", "team", team)];
}

function friendlyWorkbook(): SheetGrid[] {
  const rows: Row[] = [];
  const team: Row[] = [];
  for (let i = 0; i < ROWS; i++) {
    const no = `081226HG${String(10000 + i).padStart(5, "0")}R001`;
    rows.push({ ...MONTHLY_ROW, certNo: no, orgName: `样例公司${i}`, employees: 20 + (i % 300) });
    for (const t of [...TEAM_ROWS, TEAM_ROWS[0] as Row]) team.push({ ...t, certNo: no });
  }
  return [grid("monthly", rows), grid("team", team)];
}

/** CPU milliseconds this process has used (user + system). */
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function time(sheets: SheetGrid[]): { ms: number; findings: number } {
  const start = cpu();
  const result = validateWorkbook(sheets, { reportDate: "2026-10-31" });
  return { ms: cpu() - start, findings: result.findings.length };
}

const cnca = cncaWorkbook();
const friendly = friendlyWorkbook();
const c: number[] = [];
const f: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const a = time(cnca);
  const b = time(friendly);
  c.push(a.ms);
  f.push(b.ms);
  console.log(
    `run ${run + 1} (CPU): CNCA ${a.ms.toFixed(0)} ms (${a.findings} findings), friendly ${b.ms.toFixed(0)} ms (${b.findings} findings)`,
  );
}
const best = (xs: number[]): number => Math.min(...xs);
console.log(
  `${ROWS} certificate rows + ${ROWS * 3} team rows: CNCA ${best(c).toFixed(0)} ms, friendly ${best(f).toFixed(0)} ms, ratio ${(best(c) / best(f)).toFixed(2)} (best of ${RUNS})`,
);
