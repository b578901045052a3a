/**
 * A workbook written by LibreOffice (`soffice --headless --convert-to`) is read exactly like the
 * exceljs-written one it came from: the same values in the same cells, the same findings. Run on
 * the bundled examples (the clean report, the one with planted mistakes, and the CNCA-layout upload
 * file with its seven header rows), converted to .xlsx and to .xls (LibreOffice's BIFF8 writer,
 * read by read-xls.ts).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readAnyWorkbook } from "../../../cli/src/xlsx/open-workbook";
import { validateWorkbook } from "../../../core/validation";
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import { ROOT } from "../run-cli";
import { SOFFICE_TIMEOUT_MS, describeWithSoffice, sofficeConvert } from "./soffice";

/** Example → how many findings it has (examples/README.md): friendly and CNCA-layout workbooks. */
const EXAMPLES: Record<string, number> = {
  "monthly-clean.xlsx": 0,
  "monthly-2026-10.xlsx": 6,
  "cnca-2016-mistakes.xlsx": -1, // many warnings; compared whole below
};
const OPTIONS = { reportDate: "2026-11-03", month: "2026-10" };

/**
 * Both writers keep at most 15 significant digits of a number, as Excel does; exceljs writes the
 * shortest double text, LibreOffice rounds (330106198611074600 → 330106198611075000: the example's
 * ID typed as a number). Compared at Excel's precision; everything else must be identical.
 */
function comparable(value: CellValue): unknown {
  if (typeof value === "number") return Number(value.toPrecision(15));
  if (value instanceof Date) return value.toISOString();
  return value;
}

function table(grids: SheetGrid[]): unknown {
  return grids.map((g) => ({
    name: g.name,
    cells: g.cells.map((row) => row.map(comparable)),
  }));
}

/**
 * Findings compared whole; the message of a number stored where a code belongs quotes the number,
 * which is compared at Excel's 15 digits like the values (its masked tail differs).
 */
const NUMBER_QUOTED = new Set(["CODE-STORED-AS-NUMBER", "CNCA-ID-AS-NUMBER"]);

const findingsOf = (grids: SheetGrid[]): string[] =>
  validateWorkbook(grids, OPTIONS).findings.map(
    (f) =>
      `${f.severity} ${f.id} ${f.sheet}!${f.cell} ${f.clause} ${NUMBER_QUOTED.has(f.id) ? "" : f.message}`,
  );

describeWithSoffice("LibreOffice-written workbooks read like exceljs-written ones", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "certdesk-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(Object.keys(EXAMPLES))("%s", (example) => {
    let original: SheetGrid[];
    beforeAll(async () => {
      original = (await readAnyWorkbook(path.join(ROOT, "examples", example))).grids;
    });

    test.each(["xlsx", "xls"])(
      "converted to .%s: same values, same findings",
      async (format) => {
        const source = path.join(dir, `${format}-${example}`);
        copyFileSync(path.join(ROOT, "examples", example), source);
        const outDir = path.join(dir, `out-${format}`);
        const converted = await readAnyWorkbook(sofficeConvert(source, format, outDir));
        expect(converted.format).toBe(format);
        expect(table(converted.grids)).toEqual(table(original));
        const findings = findingsOf(original);
        const expected = EXAMPLES[example]!;
        if (expected >= 0) expect(findings.length).toBe(expected);
        else expect(findings.filter((f) => f.startsWith("error")).length).toBe(11);
        expect(findingsOf(converted.grids)).toEqual(findings);
      },
      SOFFICE_TIMEOUT_MS,
    );
  });
});
