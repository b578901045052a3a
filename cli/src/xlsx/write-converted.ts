/**
 * The upload workbook `certdesk convert` writes: the converted sheets of a CNCA layout, each with
 * CNCA's header block and the data from the first data row — nothing else (no drop-downs, no list
 * sheet, no notes), since the platform takes the file as it is.
 */
import ExcelJS from "exceljs";
import type { Conversion } from "../../../core";
import { writeAtomically } from "./out-path";
import { addLayoutSheet } from "./write-layout-template";

export async function writeConversion(conversion: Conversion, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CertDesk";
  for (const sheet of conversion.sheets) addLayoutSheet(workbook, sheet.plan, null, sheet.rows);
  await writeAtomically(out, () => workbook.xlsx.writeBuffer());
}
