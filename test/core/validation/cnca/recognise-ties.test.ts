/**
 * Sheets that fit several CNCA layouts equally well: the 2014, 2015 and 2016 审核结果信息表 share
 * every field code (2014 differs in one header; 2016 starts at C with the sheet code in A1). One
 * decision, `recogniseCncaSheets`, settles it: the sheet code in A1, then the layout of the
 * workbook's other sheets, then where the columns stand, then the sheet's name, then the headers.
 */
import { recogniseCnca, recogniseCncaSheets } from "../../../../core/validation/cnca/recognise";
import type { SheetGrid } from "../../../../core/validation";
import { byId, CERT, cncaGrid, run, TEAM } from "./fixtures";

/** 2016's team rows carry times; 2014/2015 want YYYY-MM-DD. */
const DAY_TEAM = TEAM.map((row) => ({
  ...row,
  APPR_S_DATE: String(row.APPR_S_DATE).slice(0, 10),
  APPR_E_DATE: String(row.APPR_E_DATE).slice(0, 10),
}));

const layoutOf = (grids: SheetGrid[]) => run(grids).sheets.map((s) => s.cnca?.layout);

describe("ties between CNCA layouts", () => {
  test("a 2015 审核结果信息表 (fields from A, no sheet code) is 2015's, not 2016's shifted", () => {
    const team = cncaGrid("cnca-2015", "team", DAY_TEAM);
    expect(recogniseCnca(team)?.layout.id).toBe("cnca-2015");
    const result = run([team]);
    expect(byId(result, "CNCA-COLUMNS-SHIFTED")).toEqual([]);
    expect(byId(result, "CNCA-SHEET-CODE")).toEqual([]);
  });

  test("a 2014 审核结果信息表 (「11、审核组成员资质证书号」) is 2014's: its header is not 'changed'", () => {
    const team = cncaGrid("cnca-2014", "team", DAY_TEAM);
    expect(recogniseCnca(team)?.layout.id).toBe("cnca-2014");
    expect(byId(run([team]), "CNCA-HEADER-CHANGED")).toEqual([]);
  });

  test("beside a 2015 证书信息表 the team sheet is 2015's: one upload, not a mixed one", () => {
    const certs = cncaGrid("cnca-2015", "certificates", [CERT]);
    const team = cncaGrid("cnca-2015", "team", DAY_TEAM);
    expect(recogniseCncaSheets([certs, team]).map((m) => m?.layout.id)).toEqual(["cnca-2015", "cnca-2015"]);
    expect(byId(run([certs, team]), "CNCA-LAYOUTS-MIXED")).toEqual([]);
  });

  test("a 2016 team sheet whose label columns were deleted, beside a 2016 证书信息表: 2016's, shifted once", () => {
    const certs = cncaGrid("cnca-2016", "certificates", [CERT]);
    const full = cncaGrid("cnca-2016", "team", TEAM);
    const shifted: SheetGrid = { ...full, cells: full.cells.map((row) => row.slice(2)) };
    // Alone it reads as the layout whose columns start at A …
    expect(recogniseCnca(shifted)?.layout.id).not.toBe("cnca-2016");
    // … in its workbook it is the 2016 upload's, with the shift named once.
    expect(layoutOf([certs, shifted])).toEqual(["cnca-2016", "cnca-2016"]);
    const result = run([certs, shifted]);
    expect(
      byId(result, "CNCA-COLUMNS-SHIFTED").map((f) => [f.sheet, f.params.found, f.params.expected]),
    ).toEqual([["审核结果信息表", "A", "C"]]);
    expect(byId(result, "CNCA-LAYOUTS-MIXED")).toEqual([]);
  });

  test("a 2016 team sheet (sheet code 103011 in A1) beside a 2015 证书信息表 stays 2016's: a mixed upload", () => {
    const certs = cncaGrid("cnca-2015", "certificates", [CERT]);
    const team = cncaGrid("cnca-2016", "team", TEAM);
    expect(layoutOf([certs, team])).toEqual(["cnca-2015", "cnca-2016"]);
    const result = run([certs, team]);
    expect(byId(result, "CNCA-LAYOUTS-MIXED")).toHaveLength(1);
    expect(byId(result, "CNCA-COLUMNS-SHIFTED")).toEqual([]);
  });

  test("the real 2014/2015 files name their sheets Sheet1 / Sheet2: recognised all the same", () => {
    const certs = cncaGrid("cnca-2015", "certificates", [CERT], { name: "Sheet1" });
    const team = cncaGrid("cnca-2015", "team", DAY_TEAM, { name: "Sheet2" });
    expect(layoutOf([certs, team])).toEqual(["cnca-2015", "cnca-2015"]);
    expect(byId(run([certs, team]), "CNCA-SHEET-NAME")).toEqual([]);
  });
});
