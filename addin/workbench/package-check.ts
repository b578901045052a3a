/**
 * The workbench's gate before exceljs sees a file (issue 8 item 1's reader limits, in the browser):
 * what kind of file it is (xlsx, old .xls, password-protected, something else), a readable ZIP
 * directory, every part's declared and actual inflated size under a cap, no part encrypted, and
 * sheets that claim no row past 1 048 576 or column past XFD. It also counts the cells, because
 * exceljs holds about 430 bytes per cell (measured: 1.6 GB for 100 000 × 38), so the workbench
 * refuses, with a notice, what a browser tab cannot hold. Runs in the Web Worker; uses only
 * DecompressionStream (browsers and Node 20), so jest tests it in Node.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../../core";
import { FileProblem } from "./file-problem";

/** No part of a report workbook inflates past this (a 100 000-row sheet is about 90 MB). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** All parts together. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** What one browser tab can hold in exceljs (≈ 430 MB); the CLI reads bigger files. */
export const MAX_CELLS = 1_000_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

export interface PartEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
  encrypted: boolean;
}

export interface PackageSummary {
  parts: number;
  inflatedBytes: number;
  sheets: number;
  cells: number;
  /** Highest row any sheet claims. */
  maxRow: number;
}

export type Progress = (fraction: number) => void;

export interface Limits {
  partBytes: number;
  totalBytes: number;
  cells: number;
}

export const LIMITS: Limits = { partBytes: MAX_PART_BYTES, totalBytes: MAX_TOTAL_BYTES, cells: MAX_CELLS };

/** Refuses what is not an .xlsx by its first bytes: OLE2 is an old .xls or a password-protected workbook. */
export function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new FileProblem("empty", "文件是空的（0 字节），不是 .xlsx 工作簿");
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    if (containsUtf16(bytes, "EncryptedPackage"))
      throw new FileProblem(
        "encrypted",
        "这是设有打开密码的工作簿，无法读取：请在 Excel / WPS 中去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空）后再打开",
      );
    throw new FileProblem(
      "xls",
      "这是旧版 .xls 工作簿，工作台只读 .xlsx：请在 Excel / WPS 中「另存为」Excel 工作簿 (*.xlsx) 后再打开",
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new FileProblem(
      "notXlsx",
      "这不是 .xlsx 工作簿（文件开头不是 ZIP 签名）：请选择 Excel / WPS 保存的 .xlsx 文件",
    );
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const corrupt = (detail: string) =>
  new FileProblem(
    "corrupt",
    `文件已损坏，无法读取（${detail}）：请重新获取该文件，或在 Excel / WPS 中打开后另存`,
  );

/** The ZIP central directory; a file cut short or with no directory is refused. */
export function readDirectory(bytes: Uint8Array): PartEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("找不到 ZIP 目录，文件可能不完整");
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (size === U32_MAX || offset === U32_MAX) throw corrupt("ZIP64 格式的工作簿过大");
  if (offset + size > bytes.length) throw corrupt("ZIP 目录指向文件末尾之后，文件不完整");
  const decoder = new TextDecoder();
  const entries: PartEntry[] = [];
  let p = offset;
  while (p + 46 <= offset + size && view.getUint32(p, true) === CENTRAL) {
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0) throw corrupt("ZIP 目录为空");
  return entries;
}

function partBytes(bytes: Uint8Array, entry: PartEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt(`${entry.name} 的位置无效`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} 超出文件末尾，文件不完整`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one part chunk by chunk, stopping as soon as it passes `cap`; hands each chunk to `visit`. */
async function inflatePart(
  bytes: Uint8Array,
  entry: PartEntry,
  cap: number,
  visit?: (chunk: Uint8Array) => void,
): Promise<number> {
  const raw = partBytes(bytes, entry);
  if (entry.method === 0) {
    visit?.(raw);
    return raw.length;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
  const stream = new Blob([raw as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        throw new FileProblem(
          "tooLarge",
          `工作簿的部件 ${entry.name} 解压后超过 ${mb(cap)} MB（可能是损坏或恶意构造的文件；本工具约定的上限），已拒绝打开`,
        );
      }
      visit?.(value);
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw corrupt(`${entry.name} 无法解压`);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return total;
}

const tooManyCells = (cells: number, limit: number) =>
  new FileProblem(
    "tooManyCells",
    `工作簿有超过 ${cells.toLocaleString("en-US")} 个单元格，超过浏览器工作台一次能打开的 ${limit.toLocaleString("en-US")} 个（本工具约定）：请用命令行 certdesk validate 校验整个文件，或按月拆分后再打开`,
  );

const mb = (bytes: number): string => String(Math.round(bytes / 1024 / 1024));

/** "XFD" → 16384; no bound here (a1.ts would throw past XFD, and that is what we report). */
function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/**
 * Counts a sheet part's cells and checks the row and column numbers it claims, across chunk
 * boundaries (a tag cut in two is kept for the next chunk).
 */
export class SheetScanner {
  cells = 0;
  maxRow = 0;
  private tail = "";
  private readonly decoder = new TextDecoder();
  constructor(private readonly part: string) {}

  push(chunk: Uint8Array): void {
    const text = this.tail + this.decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf("<");
    this.scan(cut < 0 ? text : text.slice(0, cut));
    this.tail = cut < 0 ? "" : text.slice(cut);
  }

  end(): void {
    this.scan(this.tail);
    this.tail = "";
  }

  private scan(text: string): void {
    for (const match of text.matchAll(/<(?:\w+:)?(row|c)\b[^>]*?\br="([^"]*)"/g)) {
      if (match[1] === "row") {
        const row = Number(match[2]);
        if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw this.outOfBounds(`行号 ${match[2]}`);
        this.maxRow = Math.max(this.maxRow, row);
      } else {
        const letters = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(match[2] ?? "");
        if (!letters) throw this.outOfBounds(`单元格地址 ${match[2]}`);
        const column = lettersToColumn((letters[1] ?? "").toUpperCase());
        const row = Number(letters[2]);
        if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) throw this.outOfBounds(`单元格 ${match[2]}`);
        this.maxRow = Math.max(this.maxRow, row);
      }
    }
    // Cells without an r attribute count too.
    this.cells += (text.match(/<(?:\w+:)?c[\s>/]/g) ?? []).length;
  }

  private outOfBounds(what: string): FileProblem {
    return new FileProblem(
      "outOfBounds",
      `${this.part} 中的${what}超出 Excel 的范围（最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列），文件已损坏或被篡改`,
    );
  }
}

/**
 * Every check, in order: signature, directory, each part's declared then actual size, sheets'
 * bounds and cell count. `progress` gets the fraction of compressed bytes examined.
 */
export async function checkPackage(
  bytes: Uint8Array,
  progress?: Progress,
  limits: Limits = LIMITS,
): Promise<PackageSummary> {
  checkSignature(bytes);
  const entries = readDirectory(bytes);
  if (entries.some((entry) => entry.encrypted))
    throw new FileProblem("encrypted", "工作簿中的内容已加密，无法读取：请去掉密码后另存为 .xlsx");
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (!names.has("xl/workbook.xml"))
    throw new FileProblem(
      "notWorkbook",
      "这是 ZIP 文件但不是 Excel 工作簿（找不到 xl/workbook.xml；.xlsb、.ods 也不支持）：请另存为 .xlsx",
    );
  let declared = 0;
  for (const entry of entries) {
    declared += entry.declaredSize;
    if (entry.declaredSize > limits.partBytes || declared > limits.totalBytes)
      throw new FileProblem(
        "tooLarge",
        `工作簿的部件 ${entry.name} 声明解压后有 ${mb(entry.declaredSize)} MB，超过 ${mb(limits.partBytes)} MB 的上限（本工具约定），已拒绝打开`,
      );
  }
  const totalCompressed = entries.reduce((n, e) => n + e.compressedSize, 0) || 1;
  const summary: PackageSummary = { parts: entries.length, inflatedBytes: 0, sheets: 0, cells: 0, maxRow: 0 };
  let done = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const scanner = isSheet ? new SheetScanner(entry.name) : undefined;
    const cap = Math.min(limits.partBytes, limits.totalBytes - summary.inflatedBytes);
    // Stop at the first chunk past the cell budget: a 100 000-row sheet is refused in a moment.
    const visit =
      scanner &&
      ((chunk: Uint8Array) => {
        scanner.push(chunk);
        if (summary.cells + scanner.cells > limits.cells)
          throw tooManyCells(summary.cells + scanner.cells, limits.cells);
      });
    summary.inflatedBytes += await inflatePart(bytes, entry, cap, visit);
    if (scanner) {
      scanner.end();
      summary.sheets++;
      summary.cells += scanner.cells;
      summary.maxRow = Math.max(summary.maxRow, scanner.maxRow);
      if (summary.cells > limits.cells) throw tooManyCells(summary.cells, limits.cells);
    }
    done += entry.compressedSize;
    progress?.(done / totalCompressed);
  }
  if (summary.sheets === 0) throw new FileProblem("noSheets", "工作簿中没有任何工作表");
  return summary;
}
