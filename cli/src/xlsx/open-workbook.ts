/**
 * The CLI's one entry for reading a workbook the user names: the first bytes decide the reader.
 * An OLE compound file (`D0 CF 11 E0`: old .xls, or an encrypted .xlsx) goes to read-xls.ts;
 * everything else to the streaming .xlsx reader, which names what is missing, empty, truncated
 * or not a workbook at all.
 */
import { open } from "node:fs/promises";
import type { SheetGrid } from "../../../core";
import { checkXlsxFile, readWorkbook } from "./read-workbook";

export type WorkbookFormat = "xlsx" | "xls";

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** True when the file starts with the OLE signature; false when it does not or cannot be read (the .xlsx checks say why). */
async function isCompoundFile(file: string): Promise<boolean> {
  try {
    const handle = await open(file, "r");
    try {
      const head = Buffer.alloc(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      return bytesRead === 4 && head.equals(CFB_SIGNATURE);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Checks the file can be read as a workbook of either form, before anything is computed. */
export async function checkWorkbookFile(file: string): Promise<WorkbookFormat> {
  if (await isCompoundFile(file)) return "xls";
  await checkXlsxFile(file);
  return "xlsx";
}

export async function readAnyWorkbook(file: string): Promise<{ format: WorkbookFormat; grids: SheetGrid[] }> {
  const format = await checkWorkbookFile(file);
  // SheetJS takes half a second to load: only when a .xls is actually read.
  const grids =
    format === "xls" ? await (await import("./read-xls")).readXlsWorkbook(file) : await readWorkbook(file);
  return { format, grids };
}

/** SheetJS loads in about half a second: an .xlsx-only run never pays for it. */
export async function xlsAsXlsxBytes(file: string): Promise<Buffer> {
  return (await import("./read-xls")).xlsAsXlsx(file);
}
