/**
 * The checks made faster (issue 9) find exactly what they found before: every finding on a
 * generated bench-like workbook — id, cell, params, clause, Chinese text, order — and each sheet's
 * summary equal the fixture written once by the code before the speed work (the `main` of
 * 2026-12-03). Regenerating the fixture is for a deliberate change of findings only:
 *   UPDATE_EQUIVALENCE=1 npx jest test/core/validation/equivalence.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { validateWorkbook, type ValidationResult } from "../../../core/validation";
import { generatedWorkbooks } from "./generated-register";

const FIXTURE = path.join(__dirname, "fixtures", "generated-register-findings.json");
const ROWS = 2000;

/** The result as lines of JSON: one per finding, so a difference shows as the findings that differ. */
function lines(result: ValidationResult): string[] {
  return [
    JSON.stringify({ summary: result.summary, sheets: result.sheets, layouts: result.layouts ?? [] }),
    ...result.findings.map((f) => JSON.stringify(f)),
  ];
}

function current(): Record<string, string[]> {
  const { friendly, cnca } = generatedWorkbooks(ROWS);
  return {
    friendly: lines(validateWorkbook(friendly, { month: "2026-10", reportDate: "2026-11-03" })),
    cnca: lines(validateWorkbook(cnca, { reportDate: "2026-10-31" })),
  };
}

const computed = current();
if (process.env.UPDATE_EQUIVALENCE === "1") writeFileSync(FIXTURE, `${JSON.stringify(computed, null, 2)}\n`);
const expected = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, string[]>;

describe.each(["friendly", "cnca"])("findings on the generated %s workbook", (layout) => {
  it("are the findings of the code before the speed work, in the same order", () => {
    expect(computed[layout]).toEqual(expected[layout]);
  });
});

describe("the generated workbook", () => {
  it("exercises the checks: findings of many kinds, on every sheet", () => {
    const ids = (layout: string): Set<string> =>
      new Set((expected[layout] ?? []).slice(1).map((l) => (JSON.parse(l) as { id: string }).id));
    const friendly = ids("friendly");
    for (const id of [
      "CODE-CHECKSUM",
      "CODE-USCC-TYPO",
      "CELL-NORMALISED",
      "CELL-INVISIBLE",
      "CERT-DUPLICATE",
      "CERT-CYCLE",
      "CERT-PARSE",
      "CERT-SUB-NO-MAIN",
      "CERT-EXPIRED-VALID",
      "CELL-DATE",
      "CELL-ENUM",
    ])
      expect(friendly).toContain(id);
    expect(friendly.size).toBeGreaterThan(30);
    expect(ids("cnca").size).toBeGreaterThan(3);
  });
});
