/**
 * Problems with a file the user named: missing, not an .xlsx, truncated, encrypted, or an output
 * path that would overwrite something. They reach the user as one Chinese + English stderr line
 * and exit 2 (DOMAIN §12) — run-command treats them as usage errors, since nothing was computed.
 */
import { UsageError } from "../usage-error";

export class FileError extends UsageError {
  override readonly name = "FileError";
}

export const fileProblems = {
  missing: (file: string) => new FileError(`找不到文件「${file}」`, `file not found: "${file}"`),
  notAFile: (file: string) =>
    new FileError(`「${file}」不是文件（可能是目录）`, `"${file}" is not a file (a directory?)`),
  unreadable: (file: string, detail: string) =>
    new FileError(`无法读取文件「${file}」（${detail}）`, `cannot read "${file}" (${detail})`),
  empty: (file: string) =>
    new FileError(
      `文件「${file}」是空的（0 字节），不是 .xlsx 工作簿`,
      `"${file}" is empty (0 bytes), not an .xlsx workbook`,
    ),
  encryptedOrXls: (file: string) =>
    new FileError(
      `文件「${file}」是密码保护的工作簿或旧版 .xls 格式，无法读取：请去掉密码，或在 Excel / WPS 中另存为 .xlsx`,
      `"${file}" is a password-protected workbook or an old .xls file: remove the password or save it as .xlsx`,
    ),
  notXlsx: (file: string) =>
    new FileError(
      `文件「${file}」不是 .xlsx 工作簿（开头不是 ZIP 签名），请在 Excel / WPS 中另存为 .xlsx`,
      `"${file}" is not an .xlsx workbook (no ZIP signature); save it as .xlsx`,
    ),
  truncated: (file: string) =>
    new FileError(
      `文件「${file}」不完整（可能下载或复制中断），请重新获取该文件`,
      `"${file}" is truncated (an interrupted download or copy?); get the file again`,
    ),
  corrupt: (file: string, detail: string) =>
    new FileError(
      `文件「${file}」已损坏，无法读取（${detail}）`,
      `"${file}" is damaged and cannot be read (${detail})`,
    ),
  notWorkbook: (file: string) =>
    new FileError(
      `文件「${file}」是 ZIP 文件但不是 Excel 工作簿（找不到 xl/workbook.xml；.xlsb 也不支持）`,
      `"${file}" is a ZIP file but not an Excel workbook (no xl/workbook.xml; .xlsb is not supported)`,
    ),
  encryptedEntry: (file: string) =>
    new FileError(
      `文件「${file}」中的内容已加密，无法读取`,
      `"${file}" has encrypted content and cannot be read`,
    ),
  tooLarge: (file: string, zh: string, en: string) =>
    new FileError(`文件「${file}」超出读取上限：${zh}`, `"${file}" is beyond what can be read: ${en}`),
  sheetMissing: (file: string, sheet: string, zh: string, en: string) =>
    new FileError(
      `文件「${file}」已损坏：工作簿中列出的工作表「${sheet}」${zh}`,
      `"${file}" is damaged: the workbook lists sheet "${sheet}" but ${en}`,
    ),
  outIsInput: (out: string) =>
    new FileError(
      `输出文件「${out}」就是输入文件：不会覆盖原文件，请另取一个文件名`,
      `output "${out}" is the input file; the original is never overwritten, choose another name`,
    ),
  outExists: (out: string) =>
    new FileError(
      `输出文件「${out}」已存在：不会覆盖，请换一个文件名或加 --force`,
      `output "${out}" already exists; choose another name or add --force`,
    ),
  outNotXlsx: (out: string) =>
    new FileError(`输出文件「${out}」须以 .xlsx 结尾`, `output "${out}" must end in .xlsx`),
  outDirMissing: (out: string) =>
    new FileError(`输出文件「${out}」所在的目录不存在`, `the folder of output "${out}" does not exist`),
  writeFailed: (out: string, detail: string) =>
    new FileError(`无法写入「${out}」（${detail}）`, `cannot write "${out}" (${detail})`),
};
