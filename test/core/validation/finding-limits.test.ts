/**
 * The limit on findings per check (finding-limits.ts): past it the rest are counted, and every cell
 * counts: a value read with a finding (readable, but needing a fix) is never taken from the reader's
 * cache of values read without one, so its later cells are counted too.
 */
import { FINDING_LIMITS } from "../../../core/validation/finding-limits";
import { colOf, MONTHLY_ROW, grid, run, TEAM_ROWS, team } from "./fixtures";

describe("findings past a check's limit", () => {
  test.each([
    ["the same unreadable number", "employees", "九十六", "CELL-NOT-NUMBER"],
    ["the same list item with an invisible character", "risk", "高\u200B", "CELL-INVISIBLE"],
    ["the same code with spaces", "division", " 310115 ", "CELL-NORMALISED"],
  ])("%s on 1 500 rows: 1 000 listed, the note counts all 1 500", (_, key, value, id) => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      ...MONTHLY_ROW,
      certNo: `081226HG${String(10000 + i)}R001`,
      [key]: value,
    }));
    const result = run([grid("monthly", rows), team(...TEAM_ROWS)]);
    const listed = result.findings.filter((f) => f.id === id);
    expect(listed).toHaveLength(FINDING_LIMITS.perCheck);
    expect(listed.at(-1)?.cell).toBe(`${colOf("monthly", key)}${FINDING_LIMITS.perCheck + 1}`);
    const note = result.findings.find((f) => f.id === "CHECK-LIST-CAPPED" && f.params.check === id);
    expect(note?.params).toEqual({ check: id, total: 1500, shown: FINDING_LIMITS.perCheck });
    expect(note?.message).toContain(`「${id}」在本表共有 1500 处，只列出前 1000 处`);
  });
});

describe("findings of several columns past a check's limit", () => {
  test("the limit keeps the first column's findings, as reading one column after another does", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      ...MONTHLY_ROW,
      certNo: `081226HG${String(10000 + i)}R001`,
      division: " 310115 ",
      postcode: " 200120 ",
    }));
    const result = run([grid("monthly", rows), team(...TEAM_ROWS)]);
    const listed = result.findings.filter((f) => f.id === "CELL-NORMALISED");
    expect(listed).toHaveLength(FINDING_LIMITS.perCheck);
    expect(new Set(listed.map((f) => f.cell.replace(/\d+$/, "")))).toEqual(
      new Set([colOf("monthly", "division")]),
    );
    const note = result.findings.find(
      (f) => f.id === "CHECK-LIST-CAPPED" && f.params.check === "CELL-NORMALISED",
    );
    expect(note?.params.total).toBe(3000);
  });
});
