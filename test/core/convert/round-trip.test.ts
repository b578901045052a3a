/**
 * convert → validate for every CNCA target layout (issue 7 item 6; closing note item 1): the
 * example register made ready for CNCA (scripts/cnca-example-data.ts) is converted, the converted
 * sheets are laid out as the writers lay them (header block from the plan, data from the first
 * data row and the layout's first column), and the result validates as the layout it was written
 * as — no finding about the layout, errors only where the register's data have them.
 */
import path from "node:path";
import { readAnyWorkbook } from "../../../cli/src/xlsx/open-workbook";
import { convertToCnca, type Conversion } from "../../../core/convert/to-cnca";
import { getLayout } from "../../../core/validation/layouts";
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import { validateWorkbook } from "../../../core/validation";
import type { Finding, ValidationResult } from "../../../core/validation";
import { withCncaExtras } from "../../../scripts/cnca-example-data";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const OPTIONS = { cbApproval: "CNCA-R-2021-812", cbBranch: "示例认证有限公司" };
const DATES = { reportDate: "2026-11-03", month: "2026-10" };

/** Findings about the file's shape rather than its data: none may appear on our own output. */
const LAYOUT_FINDINGS = new Set([
  "CNCA-COLUMNS-SHIFTED",
  "CNCA-COLUMN-MOVED",
  "CNCA-COLUMN-MISSING",
  "CNCA-COLUMN-EXTRA",
  "CNCA-HEADER-CHANGED",
  "CNCA-FIELD-CODE-CHANGED",
  "CNCA-HEADER-ROWS",
  "CNCA-DATA-START",
  "CNCA-SHEET-NAME",
  "CNCA-SHEET-CODE",
  "CNCA-LAYOUTS-MIXED",
  "CNCA-DATE-FORM",
  "WORKBOOK-NO-REPORT",
]);

/** The converted sheets as `certdesk convert` and the pane write them. */
function laidOut(conversion: Conversion): SheetGrid[] {
  const layout = getLayout(conversion.layoutId)!;
  return conversion.sheets.map(({ plan, rows }) => {
    const def = layout.sheets.find((s) => s.id === plan.id)!;
    const cells: CellValue[][] = plan.cells.map((row) => [...row]);
    rows.forEach((values, i) => {
      const r = plan.firstDataRow - 1 + i;
      const line = cells[r] ?? [];
      values.forEach((v, k) => (line[def.firstColumn - 1 + k] = v));
      cells[r] = line;
    });
    return { name: plan.name, cells };
  });
}

let source: SheetGrid[];
beforeAll(async () => {
  const { grids } = await readAnyWorkbook(path.join(ROOT, "examples", "monthly-clean.xlsx"));
  source = withCncaExtras(grids);
});

function roundTrip(
  layoutId: string,
  grids: SheetGrid[] = source,
): { out: SheetGrid[]; result: ValidationResult } {
  const out = laidOut(convertToCnca(grids, layoutId, OPTIONS));
  return { out, result: validateWorkbook(out, DATES) };
}

const errors = (result: ValidationResult): Finding[] => result.findings.filter((f) => f.severity === "error");

describe.each(["cnca-2016", "cnca-2021", "cnca-2015", "cnca-2014", "cnca-59"])(
  "%s: convert → validate",
  (id) => {
    let out: SheetGrid[];
    let result: ValidationResult;
    let written: number;
    beforeAll(() => {
      ({ out, result } = roundTrip(id));
      written = convertToCnca(source, id, OPTIONS).sheets.reduce((n, s) => n + s.rows.length, 0);
    });

    test("every sheet is recognised as the layout it was written as, with no layout finding", () => {
      const layout = getLayout(id)!;
      expect(result.sheets.map((s) => s.name)).toEqual(out.map((g) => g.name));
      result.sheets.forEach((sheet, i) => {
        const def = layout.sheets[i]!;
        expect(sheet.cnca?.sheet).toBe(def.name);
        // A 2021 upload keeps 2016's 证书信息表 / 审核结果信息表 / 能源绩效信息表.
        expect(sheet.cnca?.layout).toBe(layout.sheetOwner[def.id]);
        expect(sheet.cnca?.dataStart).toBe(def.firstDataRow);
      });
      expect(result.findings.filter((f) => LAYOUT_FINDINGS.has(f.id))).toEqual([]);
      expect(result.layouts?.map((l) => l.id)).toEqual([id]);
    });

    test("every converted row is read back", () => {
      expect(written).toBeGreaterThan(100);
      expect(result.summary.rows).toBe(written);
    });
  },
);

describe("errors only where the register's data have them", () => {
  test("2016, 2021, 2015 and the 59-field 月报: none", () => {
    for (const id of ["cnca-2016", "cnca-2021", "cnca-2015", "cnca-59"])
      expect(errors(roundTrip(id).result).map((f) => `${id} ${f.id} ${f.cell}`)).toEqual([]);
  });

  test("2014: whole person-days only (NUMBER 10) and 63 信息记录是否可公开, which the register lacks", () => {
    const { out, result } = roundTrip("cnca-2014");
    const certs = out[0]!;
    const daysAt = getLayout("cnca-2014")!.sheets[0]!.columns.findIndex((c) => c.code === "CHK_PD_NUM");
    const fractional = certs.cells
      .map((row, r) => ({ r: r + 1, v: row[daysAt] }))
      .filter(({ r, v }) => r >= 8 && typeof v === "number" && !Number.isInteger(v))
      .map(({ r }) => `AI${r}`);
    expect(fractional.length).toBeGreaterThan(0);
    const found = errors(result);
    expect(found.filter((f) => f.id === "CNCA-NUMBER-DIGITS").map((f) => f.cell)).toEqual(fractional);
    const required = found.filter((f) => f.id === "CNCA-REQUIRED");
    expect(new Set(required.map((f) => f.params.code))).toEqual(new Set(["IS_OPEN"]));
    expect(required).toHaveLength(certs.cells.length - 7);
    expect(found).toHaveLength(fractional.length + required.length);
    // The converter said so before the validator did: once for the field, with the count.
    const notes = convertToCnca(source, "cnca-2014", OPTIONS).notes.filter(
      (n) => n.id === "CONVERT-NUMBER-PLACES",
    );
    expect(notes.map((n) => [n.cell, n.params.count, n.params.decimals])).toEqual([
      ["AI8", fractional.length, 0],
    ]);
    expect(notes[0]?.message).toContain("已照写、未取整");
    expect(convertToCnca(source, "cnca-2016", OPTIONS).notes.map((n) => n.id)).not.toContain(
      "CONVERT-NUMBER-PLACES",
    );
  });

  test("2014: a register column headed 「63、信息记录是否可公开」 fills it, and its errors go", () => {
    const [monthly, team] = source;
    const withOpen: SheetGrid = {
      ...monthly!,
      cells: monthly!.cells.map((row, r) => [...row, r === 0 ? "63、信息记录是否可公开" : "是"]),
    };
    const { result } = roundTrip("cnca-2014", [withOpen, team!]);
    expect(errors(result).filter((f) => f.id === "CNCA-REQUIRED")).toEqual([]);
  });

  test("a planted mistake in the register is one more error of the upload, on its row", () => {
    const [monthly, team] = source;
    const issue = monthly!.cells[0]!.indexOf("颁证日期");
    expect(issue).toBeGreaterThan(-1);
    const last = monthly!.cells.length - 1;
    // 颁证日期 after the report date (CNCA 模版 证书信息表 第 39 项: 颁证日期 ≤ 上报日期).
    const planted: SheetGrid = {
      ...monthly!,
      cells: monthly!.cells.map((row, r) =>
        r === last ? row.map((v, c) => (c === issue ? new Date("2026-12-01T00:00:00Z") : v)) : row,
      ),
    };
    for (const id of ["cnca-2016", "cnca-2015", "cnca-2014"]) {
      const key = (f: Finding) => `${f.id} ${f.sheet} ${f.cell}`;
      const clean = new Set(errors(roundTrip(id).result).map(key));
      const { out, result } = roundTrip(id, [planted, team!]);
      const added = errors(result).filter((f) => !clean.has(key(f)));
      const lastRow = out.find((g) => g.name === "证书信息表")!.cells.length;
      expect(added.map((f) => [f.sheet, f.row])).toEqual(added.map(() => ["证书信息表", lastRow]));
      expect(added.map((f) => f.id)).toContain("CNCA-AFTER-REPORT-DATE");
    }
  });
});
