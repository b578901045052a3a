/**
 * Reading one CNCA cell by its column's layout data (issue 7 item 3): spaces and invisible
 * characters trimmed (the platform requires it), certificate numbers upper-case without spaces,
 * codes held as numbers or without their leading zero recognised and named, code tables looked
 * up (a table not verified only warns), several values split on the full-width 「；」, numbers
 * within the template's digits, dates in the template's form. Every value is read whatever the
 * writer stored (text from the PHP exporters, numbers and dates from Excel, WPS, LibreOffice).
 */
import { fromExcelSerial, fromYmd, parseDateText, type EpochDay } from "../../dates/civil";
import { parseDecimalText } from "../../input/coerce";
import { maskId } from "../../ids";
import type { CellSink, Params } from "../findings";
import { codeTable, type CodeTable, type LayoutColumn } from "../layouts";
import type { CheckId } from "../messages";
import type { CellValue } from "../sheet";
import { showCell } from "../text";

export type CncaValue = string | number | string[];
export const UNREADABLE = Symbol("unreadable");

export interface CellContext {
  sink: CellSink;
  sheet: string;
  /** Template sheet name, for citations: 「CNCA 模版 证书信息表 第 42 项」. */
  templateSheet: string;
  row: number;
  column: number;
  col: LayoutColumn;
}

/** The citation of a column: template item, or field code where the column has no number. */
export function citation(templateSheet: string, col: LayoutColumn): string {
  return col.item !== undefined
    ? `CNCA 模版 ${templateSheet} 第 ${col.item} 项`
    : `CNCA 模版 ${templateSheet} ${col.header}`;
}

export function cellFinding(ctx: CellContext, id: CheckId, params: Params = {}): void {
  if (ctx.col.check === "id-card")
    for (const key of ["value", "normalised"]) {
      const v = params[key];
      if (v !== undefined) params[key] = maskId(String(v));
    }
  ctx.sink.add(
    id,
    ctx.sheet,
    ctx.row,
    ctx.column,
    { header: ctx.col.header, code: ctx.col.code, ...params },
    { clause: citation(ctx.templateSheet, ctx.col) },
  );
}

/** What the platform calls invisible: zero-width characters, BOM, no-break and other Unicode spaces. */
const INVISIBLE = /[\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/g;
const OUTER =
  /^[\s\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]+|[\s\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]+$/g;

/** Trims outer spaces and drops invisible characters (full-width punctuation is kept: 「；」 is the separator). */
export function trimCell(raw: string): string {
  return raw.replace(OUTER, "").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
}

function noteTrim(ctx: CellContext, raw: string, text: string): void {
  if (text === raw) return;
  const chars = new Set<string>();
  for (const ch of raw.match(INVISIBLE) ?? [])
    chars.add(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  if (/^[ \t\r\n]|[ \t\r\n]$/.test(raw)) chars.add("空格或换行");
  cellFinding(ctx, "CNCA-CELL-SPACES", {
    value: showCell(raw),
    normalised: text,
    chars: [...chars].join("、"),
  });
}

const widthMemo = new Map<string, number | undefined>();

/** Codes of a table that are all digits of one width: a number 3 then stands for 03 (once per table). */
function digitWidth(table: CodeTable): number | undefined {
  if (widthMemo.has(table.id)) return widthMemo.get(table.id);
  const widths = new Set(Object.keys(table.values).map((k) => (/^\d+$/.test(k) ? k.length : -1)));
  const [w] = [...widths];
  const width = widths.size === 1 && w !== undefined && w > 0 ? w : undefined;
  widthMemo.set(table.id, width);
  return width;
}

const MULTI_WRONG = /[;,，、]/;

/** Reads a coded value: a lost leading zero (number or text) is an error naming the code meant. */
function readCode(ctx: CellContext, raw: CellValue, text: string, table: CodeTable | undefined): string {
  const width = ctx.col.width ?? (table ? digitWidth(table) : undefined);
  if (width && /^\d+$/.test(text) && text.length < width) {
    const padded = text.padStart(width, "0");
    if (!table || table.values[padded] !== undefined || ctx.col.width) {
      cellFinding(ctx, typeof raw === "number" ? "CNCA-CODE-AS-NUMBER" : "CNCA-CODE-LOST-ZERO", {
        value: text,
        expected: padded,
      });
      return padded;
    }
  }
  return text;
}

function checkInTable(ctx: CellContext, table: CodeTable, code: string): void {
  if (table.classWidth !== undefined && code.length !== table.classWidth) {
    cellFinding(ctx, "CNCA-CODE-LEVEL", { value: code, table: table.name, width: table.classWidth });
    return;
  }
  if (table.values[code] !== undefined) return;
  // 认证项目分类代码 at a higher level (审核计划信息表 uses the 5-character A0102): a known prefix or code start.
  if (
    table.prefixes &&
    (table.prefixes[code] !== undefined || Object.keys(table.values).some((k) => k.startsWith(code)))
  )
    return;
  const known = Object.keys(table.values);
  const sample =
    known.length <= 12 ? known.map((k) => `${k} ${table.values[k]}`).join("、") : `${known.length} 项`;
  cellFinding(ctx, table.unknown === "error" ? "CNCA-CODE-UNKNOWN" : "CNCA-CODE-UNLISTED", {
    value: code,
    table: table.name,
    items: sample,
    evidence: table.evidence,
  });
}

function readText(ctx: CellContext, raw: CellValue): CncaValue | typeof UNREADABLE {
  const { col } = ctx;
  let text: string;
  if (typeof raw === "string") {
    text = trimCell(raw);
    noteTrim(ctx, raw, text);
  } else if (typeof raw === "number" && !Number.isFinite(raw)) {
    cellFinding(ctx, "CNCA-NOT-TEXT", { value: "无效数字" });
    return UNREADABLE;
  } else if (typeof raw === "number") {
    // An 18-digit ID or credit code held as a number has lost its last digits: it cannot be read back.
    if (col.check !== undefined && col.check !== "division" && (!Number.isSafeInteger(raw) || raw < 0)) {
      cellFinding(ctx, "CNCA-ID-AS-NUMBER", { value: showCell(raw) });
      return UNREADABLE;
    }
    text = String(raw);
  } else if (typeof raw === "boolean" || raw instanceof Date) {
    cellFinding(ctx, "CNCA-NOT-TEXT", { value: showCell(raw) });
    return UNREADABLE;
  } else return UNREADABLE;
  if (text === "") return UNREADABLE;
  if (col.maxLength !== undefined && [...text].length > col.maxLength)
    cellFinding(ctx, "CNCA-TOO-LONG", { length: [...text].length, max: col.maxLength });
  if (col.check !== undefined && col.check !== "division") {
    // Certificate, credit-code and ID numbers: letters upper case, no spaces (CNCA 报告规范).
    const normal = text.replace(/\s+/g, "").toUpperCase();
    if (normal !== text) cellFinding(ctx, "CNCA-CERTNO-FORM", { value: text, normalised: normal });
    text = normal;
  }
  const table = col.codeTable ? codeTable(col.codeTable) : undefined;
  if (col.multi) {
    if (table && MULTI_WRONG.test(text)) {
      const fixed = text
        .split(/[;,，、；]+/)
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .join("；");
      cellFinding(ctx, "CNCA-SEPARATOR", { value: text, expected: fixed });
    } else if (!table && /;/.test(text)) cellFinding(ctx, "CNCA-SEPARATOR-TEXT", { value: showCell(text) });
    const parts = text
      .split(table ? /[;,，、；]+/ : /；/)
      .map((p) => p.trim())
      .filter((p) => p !== "");
    if (!table) return parts;
    const codes = parts.map((p) => readCode(ctx, raw, p.toUpperCase(), table));
    for (const code of codes) checkInTable(ctx, table, code);
    return codes;
  }
  if (table) {
    const code = readCode(ctx, raw, text.toUpperCase(), table);
    checkInTable(ctx, table, code);
    return code;
  }
  if (col.width) return readCode(ctx, raw, text, undefined);
  return text;
}

function readNumber(ctx: CellContext, raw: CellValue): CncaValue | typeof UNREADABLE {
  const { col } = ctx;
  let n: number | null = null;
  let text = "";
  if (typeof raw === "number") {
    n = Number.isFinite(raw) ? raw : null;
    text = String(raw);
  } else if (typeof raw === "string") {
    text = trimCell(raw);
    noteTrim(ctx, raw, text);
    if (text === "") return UNREADABLE;
    n = parseDecimalText(text.normalize("NFKC").replace(/\s/g, ""));
  }
  if (n === null || !Number.isFinite(n)) {
    cellFinding(ctx, "CNCA-NOT-NUMBER", { value: typeof raw === "number" ? "无效数字" : showCell(raw) });
    return UNREADABLE;
  }
  if (n < 0) {
    cellFinding(ctx, "CNCA-NUMBER-NEGATIVE", { value: n });
    return UNREADABLE;
  }
  const [whole = "", fraction = ""] = String(Math.abs(n)).includes("e")
    ? [text, ""]
    : String(Math.abs(n)).split(".");
  const intDigits = whole.replace(/^0+(?=\d)/, "").length;
  if (
    (col.integerDigits !== undefined && intDigits > col.integerDigits) ||
    (col.decimals !== undefined && fraction.length > col.decimals)
  )
    cellFinding(ctx, "CNCA-NUMBER-DIGITS", {
      value: n,
      integer: col.integerDigits ?? "",
      decimals: col.decimals ?? 0,
      template: col.template?.length ?? "",
    });
  return n;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const MIN_SERIAL = 61;
const MAX_SERIAL = 2958465;

function readDate(ctx: CellContext, raw: CellValue): CncaValue | typeof UNREADABLE {
  const { col } = ctx;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) {
      cellFinding(ctx, "CNCA-DATE-INVALID", { value: "Invalid Date", form: formOf(col) });
      return UNREADABLE;
    }
    return fromYmd(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === "number") {
    if (Number.isFinite(raw) && raw >= MIN_SERIAL && raw <= MAX_SERIAL) return fromExcelSerial(raw);
    const day = Number.isInteger(raw) ? parseDateText(String(raw)) : null;
    if (day !== null) {
      cellFinding(ctx, "CNCA-DATE-FORM", { value: String(raw), form: formOf(col) });
      return day;
    }
    cellFinding(ctx, "CNCA-DATE-INVALID", {
      value: Number.isFinite(raw) ? showCell(raw) : "无效数字",
      form: formOf(col),
    });
    return UNREADABLE;
  }
  if (typeof raw !== "string") return UNREADABLE;
  const text = trimCell(raw);
  noteTrim(ctx, raw, text);
  if (text === "") return UNREADABLE;
  const day = parseDateText(text) ?? serialText(text);
  if (day === null) {
    cellFinding(ctx, "CNCA-DATE-INVALID", { value: showCell(text), form: formOf(col) });
    return UNREADABLE;
  }
  const exact = col.type === "datetime" ? ISO_DATETIME.test(text) : ISO_DATE.test(text);
  if (!exact) cellFinding(ctx, "CNCA-DATE-FORM", { value: text, form: formOf(col) });
  return day;
}

/** "46037" typed as text is still the date Excel would show. */
function serialText(text: string): EpochDay | null {
  if (!/^\d{5}$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_SERIAL && n <= MAX_SERIAL ? fromExcelSerial(n) : null;
}

function formOf(col: LayoutColumn): string {
  return col.type === "datetime" ? "YYYY-MM-DD hh:mm:ss" : "YYYY-MM-DD";
}

/** Reads one non-blank cell; UNREADABLE when a finding said why. */
export function readCncaCell(ctx: CellContext, raw: CellValue): CncaValue | typeof UNREADABLE {
  switch (ctx.col.type) {
    case "text":
      return readText(ctx, raw);
    case "number":
      return readNumber(ctx, raw);
    case "date":
    case "datetime":
      return readDate(ctx, raw);
  }
}
