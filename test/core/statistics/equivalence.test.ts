/**
 * Statistics made faster (stats-speed) count and find exactly what they did before: on a generated
 * register of a few thousand rows (generated-stats.ts) the sheets read, the four tables, the
 * self-inspection counts, the merge report, the checks run and every finding — id, cell, params,
 * Chinese and English text, order — equal the fixture written once by the code before the speed
 * work (the `main` of 2026-12-03). Regenerating the fixture is for a deliberate change only:
 *   UPDATE_EQUIVALENCE=1 npx jest test/core/statistics/equivalence.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  annualStatistics,
  CERT_STATES,
  emptyStatsInput,
  readStatsSheet,
  STATS_CHECKS,
  UNCLASSIFIED,
  type AnnualStatistics,
  type StatsOptions,
} from "../../../core/statistics";
import { generatedStatsFiles, type GeneratedFile } from "./generated-stats";

const FIXTURE = path.join(__dirname, "fixtures", "generated-stats.json");

/** The result as lines of JSON: one per finding, so a difference shows as the findings that differ. */
function lines(files: readonly GeneratedFile[], options: StatsOptions): string[] {
  const input = emptyStatsInput();
  files.forEach(({ file, grids }, order) => grids.forEach((g) => readStatsSheet(g, file, order, input)));
  const { findings, ...rest } = annualStatistics(input, options);
  return [JSON.stringify(input.sheets), JSON.stringify(rest), ...findings.map((f) => JSON.stringify(f))];
}

const files = generatedStatsFiles(800, 320);
const VARIANTS: Record<string, { files: GeneratedFile[]; options: StatsOptions }> = {
  "2025, auditors and accredited scopes given": {
    files,
    options: { year: 2025, auditorCount: 3, accreditedScopes: ["03", "19", "29"] },
  },
  "2024 over five years, auditors from the annual report": {
    files: files.filter((f) => f.file === "证书台账.xlsx" || f.file === "审核人员.xlsx"),
    options: { year: 2024, years: 5 },
  },
  "2030, after the data": { files: files.slice(0, 1), options: { year: 2030 } },
  "team only, auditors from the team": {
    files: files.filter((f) => f.file === "审核组.xlsx"),
    options: { year: 2025 },
  },
};

const computed = Object.fromEntries(
  Object.entries(VARIANTS).map(([name, v]) => [name, lines(v.files, v.options)]),
);
if (process.env.UPDATE_EQUIVALENCE === "1") writeFileSync(FIXTURE, `${JSON.stringify(computed, null, 2)}\n`);
const expected = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, string[]>;

describe.each(Object.keys(VARIANTS))("statistics of the generated register, %s", (name) => {
  it("are those of the code before the speed work, findings in the same order", () => {
    expect(computed[name]).toEqual(expected[name]);
  });
});

describe("the generated register", () => {
  const results = Object.values(expected).map((l) => JSON.parse(l[1] ?? "{}") as AnnualStatistics);
  const ids = new Set(
    Object.values(expected).flatMap((l) => l.slice(2).map((f) => (JSON.parse(f) as { id: string }).id)),
  );

  it("exercises every check", () => {
    expect([...Object.keys(STATS_CHECKS)].filter((id) => !ids.has(id))).toEqual([]);
  });

  it("has certificates in every state and unclassified ones, left out for every reason", () => {
    const main = results[0] as AnnualStatistics;
    for (const state of [...CERT_STATES, UNCLASSIFIED]) expect(main.byStatus[state]).toBeGreaterThan(0);
    expect(main.excluded.subCertificates).toBeGreaterThan(0);
    expect(main.excluded.notYetIssued).toBeGreaterThan(0);
    expect(main.excluded.endedBeforeYear).toBeGreaterThan(0);
    expect(main.merge.conflicts).toBeGreaterThan(0);
    expect(main.checksRun.every((c) => c.ran)).toBe(true);
    expect(results.some((r) => r.checksRun.some((c) => !c.ran))).toBe(true);
  });
});
