/**
 * An .xlsx file → one SheetGrid per worksheet, in workbook order (the CLI's door to a workbook;
 * the add-in's is addin/workbook). The file is only ever opened for reading. What is not an
 * .xlsx is named before any parsing: missing, empty, an encrypted or old .xls (OLE compound
 * file), anything without a ZIP signature, a file cut short.
 */
import { open, stat } from "node:fs/promises";
import type { SheetGrid } from "../../../core";
import { FileError, fileProblems } from "./file-error";
import { ReadBudget } from "./limits";
import { readWorkbookParts } from "./package-parts";
import { readSheetPart } from "./sheet-xml";
import { openZip } from "./zip";

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: old .xls, and every password-protected .xlsx (MS-OFFCRYPTO wraps it in one). */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** A system error (no such file, no permission…) as a message naming the file; anything else is a bug. */
function asFileError(error: unknown, file: string): unknown {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return fileProblems.missing(file);
  return code === undefined ? error : fileProblems.unreadable(file, code);
}

/** Checks the file exists and starts like an .xlsx; returns its size. */
export async function checkXlsxFile(file: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw fileProblems.notAFile(file);
    size = info.size;
  } catch (error) {
    throw asFileError(error, file);
  }
  if (size === 0) throw fileProblems.empty(file);
  const head = Buffer.alloc(4);
  try {
    const handle = await open(file, "r");
    try {
      await handle.read(head, 0, 4, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileError(error, file);
  }
  if (head.equals(CFB_SIGNATURE)) throw fileProblems.encryptedOrXls(file);
  if (!head.equals(ZIP_SIGNATURE)) throw fileProblems.notXlsx(file);
  return size;
}

/** `budget` is what the read may spend (limits.ts); a test passes its own to see what was spent. */
export async function readWorkbook(file: string, budget = new ReadBudget(file)): Promise<SheetGrid[]> {
  const size = await checkXlsxFile(file);
  const zip = await openZip(file, size, budget).catch((error: unknown) => {
    throw asFileError(error, file);
  });
  try {
    const parts = await readWorkbookParts(zip, file, budget);
    const grids: SheetGrid[] = [];
    for (const sheet of parts.sheets)
      grids.push(await readSheetPart(zip, parts, sheet.name, sheet.part, file, budget));
    return grids;
  } finally {
    await zip.close();
  }
}
