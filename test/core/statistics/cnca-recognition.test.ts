/**
 * Statistics reads CNCA sheets through the validator's recognition (core/validation/cnca
 * recognise + structure + data rows): the sheet `certdesk validate` calls 证书信息表 is the sheet
 * statistics counts, with the same rows. Each case here is one where statistics' own header
 * matcher disagreed with the validator before.
 */
import { emptyStatsInput, readStatsSheet, recogniseStatsSheet } from "../../../core/statistics";
import type { CellValue, SheetGrid } from "../../../core/validation";
import { CERT, cncaGrid, run, sheetDef, TEAM } from "../validation/cnca/fixtures";

const SECOND = { ...CERT, CERT_NUMBER: "081226HG00018R000", ORG_NAME: "上海合规样例二有限公司" };

function statsRead(grid: SheetGrid) {
  const input = emptyStatsInput();
  const read = readStatsSheet(grid, "上报.xlsx", 0, input);
  return { read, input };
}

/** Rows inserted into a grid after the given 1-based row. */
function inserting(grid: SheetGrid, after: number, rows: CellValue[][]): SheetGrid {
  return { ...grid, cells: [...grid.cells.slice(0, after), ...rows, ...grid.cells.slice(after)] };
}

test("CNCA's full header block (type, length, 填表说明, 校验级别, 是否公开 rows): only the data rows are records", () => {
  const grid = cncaGrid("cnca-2016", "certificates", [CERT, SECOND]);
  const { read, input } = statsRead(grid);
  expect(read).toMatchObject({ layout: "cnca-2016", kind: "certificates", rows: 2 });
  expect(input.registers.map((r) => [r.row, r.certNo])).toEqual([
    [8, "081226HG00017R000"],
    [9, "081226HG00018R000"],
  ]);
  expect(run([grid]).sheets[0]?.rows).toBe(2);
});

test("a header row repeated inside the data and a blank row: skipped by both, never a certificate", () => {
  const base = cncaGrid("cnca-2016", "certificates", [CERT, SECOND]);
  const header = base.cells[1]!;
  const grid = inserting(base, 8, [[], [...header]]);
  const validated = run([grid]);
  expect(validated.findings.map((f) => f.id)).toContain("CNCA-HEADER-IN-DATA");
  const { read, input } = statsRead(grid);
  expect(read.rows).toBe(validated.sheets[0]?.rows);
  expect(input.registers.map((r) => r.certNo)).toEqual(["081226HG00017R000", "081226HG00018R000"]);
  expect(input.registers.map((r) => r.row)).toEqual([8, 11]);
});

test("a renamed sheet with an edited header: recognised by the validator, counted by statistics", () => {
  const def = sheetDef("cnca-2016", "certificates");
  const at = def.columns.findIndex((c) => c.code === "ORG_NAME");
  const grid = cncaGrid("cnca-2016", "certificates", [CERT], {
    name: "Sheet1",
    set: [{ row: 2, col: def.firstColumn + at, value: "3、组织名称" }],
  });
  const validated = run([grid]);
  expect(validated.sheets[0]?.cnca?.sheet).toBe("证书信息表");
  expect(validated.findings.map((f) => f.id)).toEqual(
    expect.arrayContaining(["CNCA-SHEET-NAME", "CNCA-HEADER-CHANGED"]),
  );
  const found = recogniseStatsSheet(grid.cells, grid.name);
  expect(found).toMatchObject({ layout: "cnca-2016", layoutSheet: "certificates", kind: "certificates" });
  // The edited column is still found by its field code, so the organisation is read.
  expect(found?.kind === "certificates" ? found.columns.orgName : undefined).toBe(def.firstColumn + at);
  expect(statsRead(grid).read.rows).toBe(1);
});

test("a 2015 审核结果信息表 beside nothing: the same layout the validator names", () => {
  const team = cncaGrid(
    "cnca-2015",
    "team",
    TEAM.map((r) => ({ ...r, APPR_S_DATE: "2026-10-08", APPR_E_DATE: "2026-10-10" })),
  );
  const { read, input } = statsRead(team);
  expect(read).toMatchObject({
    layout: run([team]).sheets[0]?.cnca?.layout,
    kind: "team",
    rows: TEAM.length,
  });
  expect(read.layout).toBe("cnca-2015");
  expect(input.team.map((t) => t.row)).toEqual(TEAM.map((_, i) => 8 + i));
});

test("the 能源绩效信息表 is recognised by the validator and not counted as certificates", () => {
  const energy = cncaGrid("cnca-2016", "energy", [
    { RZJG_ID: "CNCA-R-2021-812", CERT_NUMBER: "081226HG00017R000" },
  ]);
  expect(run([energy]).sheets[0]?.cnca?.sheet).toBe("能源绩效信息表");
  // Named with its layout, as validate names it, so a sheet list says what it is and that it is left out.
  expect(statsRead(energy).read).toMatchObject({ kind: "ignored", layout: "cnca-2016", rows: 0 });
  expect(recogniseStatsSheet(energy.cells, energy.name)).toEqual({
    layout: "cnca-2016",
    layoutSheet: "energy",
    kind: null,
  });
});
