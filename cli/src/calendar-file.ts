/**
 * `--calendar <file>`: a user's holiday table (日期, 类型 休|班, 名称) as a UTF-8 CSV (with or
 * without BOM) or an .xlsx (the sheet 节假日安排, else the first sheet), read through the core's one
 * table reader (core/dates/calendar-table.ts). An error in the table refuses it with every
 * finding on one line; warnings come back for the command to show.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  formatProblem,
  type WorkCalendar,
  CALENDAR_SHEET,
  readCalendarTable,
  type CalendarFinding,
} from "../../core";
import { UsageError } from "./usage-error";
import { fileProblems } from "./xlsx/file-error";

export interface CalendarFile {
  calendar: WorkCalendar;
  warnings: CalendarFinding[];
}

/** RFC 4180 CSV: commas, double-quoted fields with "" inside, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(
      `节假日表「${file}」不是 UTF-8 编码的 CSV：请在 Excel / WPS 中另存为「CSV UTF-8（逗号分隔）」或 .xlsx`,
      `holiday table "${file}" is not a UTF-8 CSV; save it as "CSV UTF-8 (comma delimited)" or .xlsx`,
    );
  }
}

async function readGrid(file: string): Promise<unknown[][]> {
  if (path.extname(file).toLowerCase() === ".xlsx") {
    const { readWorkbook } = await import("./xlsx/read-workbook");
    const sheets = await readWorkbook(file);
    const sheet = sheets.find((s) => s.name === CALENDAR_SHEET) ?? sheets[0];
    return sheet?.cells ?? [];
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileProblems.missing(file);
    if (code === "EISDIR") throw fileProblems.notAFile(file);
    throw fileProblems.unreadable(file, code ?? String(error));
  }
  return parseCsv(decodeUtf8(bytes, file));
}

export async function readCalendarFile(file: string): Promise<CalendarFile> {
  const name = path.basename(file);
  const result = readCalendarTable(await readGrid(file), {
    source: { zh: `「${name}」`, en: `"${name}"` },
  });
  if (result.calendar === null) {
    const errors = result.findings.filter((f) => f.severity === "error");
    throw new UsageError(
      errors.map((f) => formatProblem(f.problem, "zh")).join("；"),
      errors.map((f) => formatProblem(f.problem, "en")).join("; "),
    );
  }
  return { calendar: result.calendar, warnings: result.findings };
}
