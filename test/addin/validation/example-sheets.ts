/** The example workbooks (examples/README.md) as the Workbook door would read them: sheet → cells. */
import path from "node:path";
import type { CellValue } from "../../../core/validation/sheet";
import { readWorkbook } from "../../../cli/src/xlsx/read-workbook";

const EXAMPLES = path.resolve(__dirname, "..", "..", "..", "examples");

export async function exampleSheets(
  file: "monthly-2026-10.xlsx" | "monthly-clean.xlsx",
): Promise<Record<string, CellValue[][]>> {
  return Object.fromEntries((await readWorkbook(path.join(EXAMPLES, file))).map((g) => [g.name, g.cells]));
}
