/**
 * The hostile-file limits of the .xlsx reader (limits.ts), held for an old .xls (issue 8 item 1).
 * SheetJS reads a .xls whole and keeps every cell as an object of about half a kilobyte, so the
 * limits are checked before it parses: the file's size, then one pass over the BIFF records of the
 * Workbook stream counting the cells they hold (a MULRK record packs a cell in 6 bytes) and the
 * rows and columns they claim. The cell cap is this tool's settlement, far above a real CNCA upload
 * (the largest found holds 923 rows × 65 fields ≈ 60 000 cells) and low enough that SheetJS stays
 * within a default Node heap; a larger workbook saved as .xlsx goes to the streaming reader.
 */
import { LIMITS, limitExceeded } from "./limits";
import { fileProblems } from "./file-error";

export const XLS_LIMITS = {
  /** Bytes of a .xls file (read whole into memory). */
  fileBytes: 128 * 1024 * 1024,
  /** Cells of all sheets together, as the BIFF records state them. */
  cells: 2_000_000,
} as const;

const fmt = (n: number): string => n.toLocaleString("en").replace(/,/g, " ");
const SAVE_AS =
  "请在 Excel / WPS 中「文件 → 另存为」Excel 工作簿 (*.xlsx) 后再试（.xlsx 按流读取，上限更高）";
const SAVE_AS_EN = "open it in Excel / WPS and save it as Excel Workbook (*.xlsx), which is read as a stream";

export const xlsLimitExceeded = {
  fileBytes: (file: string, bytes: number) =>
    fileProblems.tooLarge(
      file,
      `旧版 .xls 文件有 ${fmt(bytes)} 字节，超过 ${fmt(XLS_LIMITS.fileBytes)} 字节（本工具约定：.xls 需整个读入内存）；${SAVE_AS}`,
      `the .xls file has ${fmt(bytes)} bytes, more than ${fmt(XLS_LIMITS.fileBytes)} (this tool's limit: a .xls is read whole into memory); ${SAVE_AS_EN}`,
    ),
  cells: (file: string) =>
    fileProblems.tooLarge(
      file,
      `旧版 .xls 文件的单元格超过 ${fmt(XLS_LIMITS.cells)} 个（本工具约定）；${SAVE_AS}`,
      `the .xls file holds more than ${fmt(XLS_LIMITS.cells)} cells (this tool's limit); ${SAVE_AS_EN}`,
    ),
};

/** BIFF2–BIFF8 records holding one cell (CNCA's files are BIFF8; SheetJS reads the older ones too). */
const ONE_CELL_RECORDS: Readonly<Record<string, number>> = {
  BLANK2: 0x0001,
  INTEGER2: 0x0002,
  NUMBER2: 0x0003,
  LABEL2: 0x0004,
  BOOLERR2: 0x0005,
  FORMULA2: 0x0006,
  RSTRING: 0x00d6,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  FORMULA3: 0x0206,
  RK: 0x027e,
  FORMULA4: 0x0406,
};
const ONE_CELL = new Set(Object.values(ONE_CELL_RECORDS));
const MULRK = 0x00bd;
/** DIMENSIONS (BIFF8: u32 first row, u32 last row + 1, u16 first column, u16 last column + 1). */
const DIMENSIONS = 0x0200;

const AT = "Workbook/DIMENSIONS";

/** Column letters of any column number (A1 helpers stop at XFD, which is the point here). */
function letters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Counts the cells of a Workbook stream and checks what each sheet's DIMENSIONS record claims;
 * throws the limit's FileError. A record cut short by damage ends the walk (SheetJS then says what
 * is wrong with the file).
 */
export function checkXlsStream(stream: Uint8Array, file: string): void {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let cells = 0;
  for (let at = 0; at + 4 <= stream.length;) {
    const type = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const body = at + 4;
    if (body + size > stream.length) break;
    if (ONE_CELL.has(type)) cells++;
    else if (type === MULRK && size >= 6) cells += Math.floor((size - 6) / 6);
    else if (type === DIMENSIONS && size >= 14) {
      const lastRow = view.getUint32(body + 4, true);
      const lastColumn = view.getUint16(body + 10, true);
      if (lastRow > LIMITS.rows) throw limitExceeded.rows(file, AT, String(lastRow));
      if (lastColumn > LIMITS.columns) throw limitExceeded.columns(file, AT, `${letters(lastColumn)}1`);
    }
    if (cells > XLS_LIMITS.cells) throw xlsLimitExceeded.cells(file);
    at = body + size;
  }
}
