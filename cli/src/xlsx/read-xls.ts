/**
 * An old binary .xls (BIFF8 in an OLE compound file — the form CNCA distributes its upload
 * template in) → the same SheetGrid per worksheet the .xlsx reader yields. SheetJS
 * (@e965/xlsx, the npm republication of SheetJS 0.20.3; npm `xlsx` 0.18.5 has known CVEs) parses
 * the file; this module only maps its cells onto our model. A .xls is read whole into memory:
 * the format has no streaming form, and CNCA workbooks are small.
 */
import { readFile, stat } from "node:fs/promises";
import * as XLSX from "@e965/xlsx";
import { a1, type CellValue, type SheetGrid } from "../../../core";
import { isDateFormatCode, isDateSerial, serialToDate } from "./excel-values";
import { FileError, fileProblems } from "./file-error";
import { LIMITS, limitExceeded } from "./limits";
import { checkXlsStream, XLS_LIMITS, xlsLimitExceeded } from "./xls-budget";

export const xlsProblems = {
  encrypted: (file: string) =>
    new FileError(
      `文件「${file}」设有打开密码，无法读取：请在 Excel / WPS 中打开，去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空）后另存`,
      `"${file}" is password-protected: open it in Excel / WPS, remove the password and save it again`,
    ),
  unreadable: (file: string, detail: string) =>
    new FileError(
      `文件「${file}」是 OLE 复合文件（旧版 .xls，或密码保护的工作簿），但无法读取（${detail}）：若设有密码请先去掉；否则请在 Excel / WPS 中打开，选「文件 → 另存为」，保存类型选「Excel 工作簿 (*.xlsx)」后再试`,
      `"${file}" is an OLE compound file (an old .xls or a password-protected workbook) that cannot be read (${detail}): remove any password, or open it in Excel / WPS and use File → Save As → Excel Workbook (*.xlsx)`,
    ),
};

/** The part of SheetJS's bundled CFB library used here (its typings declare it `any`). */
interface CompoundFiles {
  read(bytes: Buffer, options: { type: "buffer" }): unknown;
  find(container: unknown, path: string): { content?: Uint8Array | number[] } | null;
}
const cfb = XLSX.CFB as CompoundFiles;

/** What SheetJS says for a password-protected .xls (a FilePass record). */
const ENCRYPTED = /password|encrypt/i;

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean, at: () => string): CellValue {
  if (cell === undefined) return null;
  switch (cell.t) {
    case "s":
      if (typeof cell.v !== "string" || cell.v === "") return null;
      // BIFF8 strings may hold 65 535 characters; a cell holds at most 32 767 (limits.ts).
      if (cell.v.length > LIMITS.textChars) throw new TextTooLong(at());
      return cell.v;
    case "b":
      return cell.v === true;
    case "e":
      return { error: cell.w ?? "#VALUE!" };
    case "n": {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      return typeof cell.z === "string" && isDateFormatCode(cell.z) && isDateSerial(n, date1904)
        ? serialToDate(n, date1904)
        : n;
    }
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null; // "z": a formatted blank
  }
}

class TextTooLong extends Error {
  constructor(readonly at: string) {
    super(at);
  }
}

/** A sheet's !ref beyond Excel's grid (a damaged DIMENSIONS record): refused before its rows are walked. */
function checkRef(file: string, name: string, sheet: XLSX.WorkSheet): void {
  const ref = sheet["!ref"];
  if (ref === undefined) return;
  const { e } = XLSX.utils.decode_range(ref);
  if (e.r + 1 > LIMITS.rows) throw limitExceeded.rows(file, `${name}!${ref}`, String(e.r + 1));
  if (e.c + 1 > LIMITS.columns) throw limitExceeded.columns(file, name, ref);
}

function toGrid(file: string, name: string, sheet: XLSX.WorkSheet, date1904: boolean): SheetGrid {
  checkRef(file, name, sheet);
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  const cells: CellValue[][] = [];
  const rows = Math.min(data.length, LIMITS.rows);
  for (let r = 0; r < rows; r++) {
    const source = data[r] ?? [];
    const row: CellValue[] = [];
    const columns = Math.min(source.length, LIMITS.columns);
    for (let c = 0; c < columns; c++) {
      try {
        row.push(cellValue(source[c], date1904, () => `${name}!${a1(r + 1, c + 1)}`));
      } catch (error) {
        if (error instanceof TextTooLong) throw limitExceeded.textChars(file, error.at);
        throw error;
      }
    }
    // Trailing blanks are formatting only; the .xlsx reader drops them too.
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    cells.push(row);
  }
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  const grid: SheetGrid = { name, cells };
  const merges = sheet["!merges"] ?? [];
  if (merges.length > 0) grid.merged = merges.map((m) => XLSX.utils.encode_range(m));
  return grid;
}

/**
 * Parses the bytes of a .xls; problems become FileErrors naming the file. The compound file is
 * opened first, so an encrypted .xlsx (an `EncryptionInfo` stream) and a container holding no
 * workbook (a Word .doc, a damaged file) are named as what they are.
 */
export function parseXls(bytes: Buffer, file: string, dense = true): XLSX.WorkBook {
  if (bytes.length > XLS_LIMITS.fileBytes) throw xlsLimitExceeded.fileBytes(file, bytes.length);
  let container: unknown;
  try {
    container = quietly(() => cfb.read(bytes, { type: "buffer" }));
  } catch {
    throw xlsProblems.unreadable(file, "复合文件结构已损坏 / the compound file is damaged");
  }
  if (cfb.find(container, "EncryptionInfo")) throw xlsProblems.encrypted(file);
  const stream = cfb.find(container, "Workbook") ?? cfb.find(container, "Book");
  if (!stream) throw xlsProblems.unreadable(file, "没有 Workbook 数据流 / no Workbook stream");
  const content = stream.content;
  if (content) checkXlsStream(content instanceof Uint8Array ? content : Uint8Array.from(content), file);
  let workbook: XLSX.WorkBook;
  try {
    workbook = quietly(() =>
      XLSX.read(bytes, { type: "buffer", dense, cellNF: true, cellDates: false, cellStyles: false }),
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (ENCRYPTED.test(detail)) throw xlsProblems.encrypted(file);
    throw xlsProblems.unreadable(file, detail.slice(0, 200));
  }
  // A Workbook stream cut to nothing reads as a workbook of no sheets: damaged, not an empty report.
  if (workbook.SheetNames.length === 0)
    throw xlsProblems.unreadable(file, "没有任何工作表 / no worksheet in the Workbook stream");
  // A damaged BOUNDSHEET can list a sheet whose records never came.
  for (const name of workbook.SheetNames)
    if (workbook.Sheets[name] === undefined)
      throw fileProblems.sheetMissing(file, name, "的数据不在文件中", "its records are not in the file");
  return workbook;
}

/**
 * SheetJS reports records it does not know on the console ("Missing Info for XLS Record 0x…");
 * the CLI's stderr is one line or nothing, so its console is muted while it parses (synchronous).
 */
function quietly<T>(parse: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => undefined;
  try {
    return parse();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

/** The file's bytes, its size checked first (a .xls is read whole). */
async function readXlsBytes(file: string): Promise<Buffer> {
  const { size } = await stat(file);
  if (size > XLS_LIMITS.fileBytes) throw xlsLimitExceeded.fileBytes(file, size);
  return readFile(file);
}

export async function readXlsWorkbook(file: string): Promise<SheetGrid[]> {
  const workbook = parseXls(await readXlsBytes(file), file);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  return workbook.SheetNames.map((name) => toGrid(file, name, workbook.Sheets[name]!, date1904));
}

/**
 * The .xls as .xlsx bytes (values, number formats and merges; SheetJS drops fills and fonts), so
 * the annotated copy can be built by the same exceljs code as for an .xlsx input.
 */
export async function xlsAsXlsx(file: string): Promise<Buffer> {
  // SheetJS writes from its sparse sheet form only.
  const workbook = parseXls(await readXlsBytes(file), file, false);
  for (const name of workbook.SheetNames) checkRef(file, name, workbook.Sheets[name]!);
  try {
    return quietly(
      () => XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
    );
  } catch (error) {
    // What SheetJS read it cannot always write back (a damaged file): the copy fails, not the run.
    const detail = error instanceof Error ? error.message : String(error);
    throw xlsProblems.unreadable(file, detail.slice(0, 200));
  }
}
