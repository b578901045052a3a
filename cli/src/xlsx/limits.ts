/**
 * How much of a workbook the reader will take on. A hostile or damaged file (a zip bomb, a row
 * numbered in the billions, one text run of a gigabyte) is refused with one message naming the
 * limit, before it can exhaust memory or time. The sheet limits are Excel's own (Microsoft's
 * "Excel specifications and limits"); the others are this tool's settlement, far above any real
 * CNCA report (a 100 000-row monthly report inflates to about 150 MB and holds 3.5 M values).
 */
import { MAX_COLUMNS, MAX_ROWS } from "../../../core";
import { fileProblems } from "./file-error";

export const LIMITS = {
  /** Rows of a worksheet (Excel: 1 048 576). */
  rows: MAX_ROWS,
  /** Columns of a worksheet (Excel: 16 384, column XFD). */
  columns: MAX_COLUMNS,
  /** Characters of one cell's text or one shared string (Excel: 32 767). */
  textChars: 32_767,
  /** Bytes all parts of one package may inflate to, together. */
  inflatedBytes: 1024 * 1024 * 1024,
  /** Values kept in memory for one workbook: shared strings, rows and non-empty cells together. */
  values: 40_000_000,
  /** Bytes of one tag, comment or CDATA section still being read (a tag never needs this much). */
  markupBytes: 1024 * 1024,
} as const;

const fmt = (n: number): string => n.toLocaleString("en").replace(/,/g, " ");

/** Each limit in words, Chinese then English, naming where in the package it was reached. */
export const limitExceeded = {
  inflatedBytes: (file: string, part: string) =>
    fileProblems.tooLarge(
      file,
      `${part} 处解压后的内容已超过 1 GiB，可能是损坏或恶意构造的文件（本工具约定：一个工作簿解压后不超过 1 GiB）`,
      `at ${part} the package inflates to more than 1 GiB, a damaged or hostile file (this tool reads at most 1 GiB per workbook)`,
    ),
  values: (file: string, part: string) =>
    fileProblems.tooLarge(
      file,
      `${part} 处单元格值已超过 ${fmt(LIMITS.values)} 个（本工具约定）；请把报表拆成几个文件`,
      `at ${part} there are more than ${fmt(LIMITS.values)} values (this tool's limit); split the report into several files`,
    ),
  textChars: (file: string, at: string, atEn = at) =>
    fileProblems.tooLarge(
      file,
      `${at} 的文本超过 ${fmt(LIMITS.textChars)} 个字符（Excel 单元格上限）`,
      `the text at ${atEn} is longer than ${fmt(LIMITS.textChars)} characters (Excel's limit for a cell)`,
    ),
  markupBytes: (file: string, part: string) =>
    fileProblems.tooLarge(
      file,
      `${part} 中有一个标记超过 1 MiB，可能是损坏或恶意构造的文件（本工具约定）`,
      `${part} holds one tag longer than 1 MiB, a damaged or hostile file (this tool's limit)`,
    ),
  rows: (file: string, at: string, row: string) =>
    fileProblems.tooLarge(
      file,
      `${at} 的行号「${row.slice(0, 20)}」不在 1 到 ${fmt(LIMITS.rows)} 之间（Excel 工作表上限）`,
      `row number "${row.slice(0, 20)}" at ${at} is not between 1 and ${fmt(LIMITS.rows)} (Excel's sheet limit)`,
    ),
  columns: (file: string, at: string, ref: string) =>
    fileProblems.tooLarge(
      file,
      `${at} 的单元格地址「${ref.slice(0, 20)}」不是 A 到 XFD 列（Excel 工作表上限 ${fmt(LIMITS.columns)} 列）`,
      `cell reference "${ref.slice(0, 20)}" at ${at} is not in columns A to XFD (Excel's sheet limit, ${fmt(LIMITS.columns)} columns)`,
    ),
};

/** What one read of a workbook has spent, so the limits hold across all its parts. */
export class ReadBudget {
  inflatedBytes = 0;
  values = 0;

  constructor(readonly file: string) {}

  inflate(bytes: number, part: string): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > LIMITS.inflatedBytes) throw limitExceeded.inflatedBytes(this.file, part);
  }

  /** Charges `count` values (cells, shared strings, rows, the blanks a ragged row is padded with). */
  value(part: string, count = 1): void {
    this.values += count;
    if (this.values > LIMITS.values) throw limitExceeded.values(this.file, part);
  }
}
