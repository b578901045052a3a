/**
 * One reader per cell format (DOMAIN §9.1 "cells"): each normalises a cell as CNCA requires and
 * parses it, or reports on the cell what needed fixing or could not be read. Regexes and list
 * lookups are built once per column, not per cell.
 */
import { toDate, fromYmd, isValidYmd } from "../dates/civil";
import { parseDecimalText } from "../input/coerce";
import { InputError } from "../problem";
import { maskId } from "../ids";
import type { CellSink, Params } from "./findings";
import type { CheckId } from "./messages";
import type { ParsedValue } from "./parsed-sheet";
import type { CellValue } from "./sheet";
import { itemValue, listItems } from "./specs";
import type { ColumnSpec, EnumSpec } from "./specs/column";
import { cleanCertNo, cleanCode, cleanText, invisibleChars, showCell, withoutInvisible } from "./text";

export interface ReadContext {
  sink: CellSink;
  sheet: string;
  row: number;
  column: number;
  spec: ColumnSpec;
  /** Marks year-and-month-only dates, for columns that accept them. */
  monthOnly?: Uint8Array;
}

export function cellFinding(ctx: ReadContext, id: CheckId, params: Params = {}): void {
  // ID numbers are personal data: shown masked wherever a message repeats them (DOMAIN §13).
  if (ctx.spec.check === "id-card") {
    for (const key of ["value", "normalised"]) {
      const v = params[key];
      if (v !== undefined) params[key] = maskId(String(v));
    }
  }
  ctx.sink.add(id, ctx.sheet, ctx.row, ctx.column, {
    column: ctx.spec.header,
    columnEn: ctx.spec.headerEn,
    ...params,
  });
}

/** Text cells: report invisible characters and outer spaces; compare by the NFKC form. */
function noteNormalisation(ctx: ReadContext, raw: string, normalised: string, visibleChange: boolean): void {
  const chars = invisibleChars(raw);
  if (chars) cellFinding(ctx, "CELL-INVISIBLE", { chars });
  if (visibleChange)
    cellFinding(ctx, "CELL-NORMALISED", { value: showCell(withoutInvisible(raw)), normalised });
}

export type Reader = (value: CellValue, ctx: ReadContext, i: number) => ParsedValue | typeof INVALID;
export const INVALID = Symbol("invalid");

function readText(value: CellValue, ctx: ReadContext): ParsedValue | typeof INVALID {
  if (typeof value === "string") {
    const text = cleanText(value);
    if (text !== value) {
      // Full-width brackets in a Chinese name are correct; only outer spaces and invisibles are not.
      const stripped = withoutInvisible(value);
      noteNormalisation(ctx, value, text, stripped.trim() !== stripped);
    }
    return text;
  }
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    const kind =
      value instanceof Date
        ? ["日期", "a date"]
        : typeof value === "number"
          ? ["数字", "a number"]
          : ["逻辑值", "TRUE/FALSE"];
    cellFinding(ctx, "CELL-NUMBER-AS-TEXT", {
      value: showCell(value),
      kind: kind[0] ?? "",
      kindEn: kind[1] ?? "",
    });
    return showCell(value);
  }
  return INVALID;
}

function codeReader(spec: ColumnSpec): Reader {
  const pattern = new RegExp(spec.pattern ?? "^.+$");
  const example = spec.example ?? "";
  return (value, ctx) => {
    let code: string;
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value < 0) {
        cellFinding(ctx, "CELL-CODE-FORMAT", { value: showCell(value), example });
        return INVALID;
      }
      code = String(value);
      if (spec.width && code.length < spec.width) {
        const expected = code.padStart(spec.width, "0");
        cellFinding(ctx, "CELL-LEADING-ZEROS", { value: code, expected });
        code = expected;
      } else {
        cellFinding(ctx, "CELL-NUMBER-AS-TEXT", { value: code, kind: "数字", kindEn: "a number" });
      }
    } else if (typeof value === "string") {
      code = cleanCode(value);
      if (code !== value) noteNormalisation(ctx, value, code, visibleCodeChange(value, code, false));
    } else {
      cellFinding(ctx, "CELL-CODE-FORMAT", { value: showCell(value), example });
      return INVALID;
    }
    if (!pattern.test(code)) {
      cellFinding(ctx, "CELL-CODE-FORMAT", { value: showCell(value), example });
      return INVALID;
    }
    return code;
  };
}

/** Whether normalising changed more than invisibles (and, for codes, more than `-` separators). */
function visibleCodeChange(raw: string, code: string, keepHyphen: boolean): boolean {
  const visible = withoutInvisible(raw);
  return (keepHyphen ? visible : visible.replace(/-/g, "")) !== code;
}

function idReader(spec: ColumnSpec): Reader {
  const certNo = spec.check === "cert-no";
  return (value, ctx) => {
    if (typeof value === "number") {
      cellFinding(ctx, "CODE-STORED-AS-NUMBER", { value: showCell(value) });
      return INVALID;
    }
    if (typeof value !== "string") {
      cellFinding(ctx, "CELL-CODE-FORMAT", { value: showCell(value), example: spec.example ?? "" });
      return INVALID;
    }
    const code = certNo ? cleanCertNo(value) : cleanCode(value);
    if (code !== value) noteNormalisation(ctx, value, code, visibleCodeChange(value, code, certNo));
    return code;
  };
}

const YEAR_MONTH = [/^(\d{4})[-/.年](\d{1,2})月?$/, /^(\d{4})(\d{2})$/];

function dateReader(spec: ColumnSpec): Reader {
  return (value, ctx, i) => {
    // 出生年月 typed as 198803 into a General cell is the number 198803 (a serial in the year 2444):
    // read it as the year and month it was typed as.
    const yearMonthText =
      typeof value === "string" ? value : Number.isInteger(value) ? String(value) : undefined;
    if (yearMonthText !== undefined && spec.yearMonth) {
      const text = cleanText(yearMonthText).replace(/\s+/g, "");
      for (const re of YEAR_MONTH) {
        const m = re.exec(text);
        if (m && isValidYmd(Number(m[1]), Number(m[2]), 1)) {
          if (ctx.monthOnly) ctx.monthOnly[i] = 1;
          return fromYmd(Number(m[1]), Number(m[2]), 1);
        }
      }
    }
    if (value instanceof Date || typeof value === "number" || typeof value === "string") {
      // toDate reads every form DOMAIN §9.1 accepts, 20260115 typed as a number included.
      try {
        return toDate(value, "date", spec.clause);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }
    cellFinding(ctx, "CELL-DATE", { value: showCell(value) });
    return INVALID;
  };
}

function numberReader(spec: ColumnSpec): Reader {
  const min = spec.min;
  return (value, ctx) => {
    let n: number | undefined;
    if (typeof value === "number") n = Number.isFinite(value) ? value : undefined;
    else if (typeof value === "string") {
      const parsed = parseDecimalText(cleanText(value).replace(/\s/g, ""));
      if (parsed !== null && Number.isFinite(parsed)) n = parsed;
    }
    if (n === undefined) {
      cellFinding(ctx, "CELL-NOT-NUMBER", { value: showCell(value) });
      return INVALID;
    }
    if (min !== undefined && (spec.minExclusive ? n <= min : n < min)) {
      cellFinding(ctx, "CELL-NUMBER-RANGE", {
        value: n,
        expected: spec.minExclusive ? `大于 ${min}` : `不小于 ${min}`,
        expectedEn: spec.minExclusive ? `greater than ${min}` : `at least ${min}`,
      });
      return INVALID;
    }
    return n;
  };
}

/** Lookup of an enumerated list: code, label, synonyms and "code label" all lead to the item's value. */
interface EnumLookup {
  map: Map<string, string>;
  widths: number[];
  items: string;
  list: EnumSpec;
}

const lookups = new WeakMap<EnumSpec, EnumLookup>();

function enumKey(text: string): string {
  return cleanText(text).replace(/\s+/g, "").toUpperCase();
}

function enumLookup(list: EnumSpec): EnumLookup {
  let lookup = lookups.get(list);
  if (!lookup) {
    const map = new Map<string, string>();
    const widths = new Set<number>();
    for (const item of list.items) {
      const value = itemValue(item);
      for (const name of [item.label, ...item.synonyms]) map.set(enumKey(name), value);
      if (item.code) {
        map.set(enumKey(item.code), value);
        map.set(enumKey(`${item.code}${item.label}`), value);
        if (/^\d+$/.test(item.code)) widths.add(item.code.length);
      }
    }
    lookup = { map, widths: [...widths].sort((a, b) => a - b), items: listItems(list).join("、"), list };
    lookups.set(list, lookup);
  }
  return lookup;
}

/** Reads one enumerated value; a number that lost its leading zeros is recognised and reported. */
function readEnumValue(
  value: CellValue,
  ctx: ReadContext,
  lookup: EnumLookup,
  pattern: RegExp | null,
): string | typeof INVALID {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
    const digits = String(value);
    const direct = lookup.map.get(digits);
    if (direct !== undefined) return direct;
    for (const w of lookup.widths) {
      const padded = lookup.map.get(digits.padStart(w, "0"));
      if (w > digits.length && padded !== undefined) {
        cellFinding(ctx, "CELL-LEADING-ZEROS", { value: digits, expected: digits.padStart(w, "0") });
        return padded;
      }
    }
    if (pattern && lookup.list.open && pattern.test(digits)) return digits;
  } else if (typeof value === "string") {
    const key = enumKey(value);
    const found = lookup.map.get(key);
    if (found !== undefined) return found;
    if (pattern && lookup.list.open && pattern.test(key)) return key;
  }
  cellFinding(ctx, "CELL-ENUM", {
    value: showCell(value),
    list: lookup.list.name,
    listEn: lookup.list.nameEn,
    items: lookup.items,
  });
  return INVALID;
}

function enumReader(spec: ColumnSpec): Reader {
  const list = spec.enum;
  if (!list) throw new Error(`enum column ${spec.key} without a list`);
  const lookup = enumLookup(list);
  const pattern = spec.pattern ? new RegExp(spec.pattern) : null;
  return (value, ctx) => {
    if (typeof value === "string") {
      const chars = invisibleChars(value);
      if (chars) cellFinding(ctx, "CELL-INVISIBLE", { chars });
    }
    return readEnumValue(value, ctx, lookup, pattern);
  };
}

const SEPARATORS = /[;；、,，\s]+/;

/** Excel turned "03.01" into 3.01: put the lost zero back (a trailing zero is lost too: 3.1 → 03.10). */
function restoreScope(n: number): string {
  const [major = "", minor] = String(n).split(".");
  return minor === undefined ? major.padStart(2, "0") : `${major.padStart(2, "0")}.${minor.padEnd(2, "0")}`;
}

function multiReader(spec: ColumnSpec): Reader {
  const lookup = spec.enum ? enumLookup(spec.enum) : null;
  const pattern = new RegExp(spec.pattern ?? "^.+$");
  const example = spec.example ?? "";
  return (value, ctx) => {
    if (typeof value === "number") {
      if (lookup) {
        const v = readEnumValue(value, ctx, lookup, null);
        return v === INVALID ? INVALID : [v];
      }
      const restored = restoreScope(value);
      if (restored !== String(value) && pattern.test(restored)) {
        cellFinding(ctx, "CELL-LEADING-ZEROS", { value: String(value), expected: restored });
        return [restored];
      }
      cellFinding(ctx, "CELL-NUMBER-AS-TEXT", { value: String(value), kind: "数字", kindEn: "a number" });
      return pattern.test(String(value)) ? [String(value)] : INVALID;
    }
    if (typeof value !== "string") {
      cellFinding(ctx, "CELL-CODE-FORMAT", { value: showCell(value), example });
      return INVALID;
    }
    const chars = invisibleChars(value);
    if (chars) cellFinding(ctx, "CELL-INVISIBLE", { chars });
    const parts = cleanText(value)
      .split(SEPARATORS)
      .filter((p) => p !== "");
    const out: string[] = [];
    const bad: string[] = [];
    for (const part of parts) {
      if (lookup) {
        const key = enumKey(part);
        const v = lookup.map.get(key);
        if (v === undefined) bad.push(part);
        else out.push(v);
      } else {
        const code = part.toUpperCase();
        if (pattern.test(code)) out.push(code);
        else bad.push(part);
      }
    }
    if (bad.length > 0) {
      if (lookup)
        cellFinding(ctx, "CELL-ENUM", {
          value: bad.join("、"),
          list: lookup.list.name,
          listEn: lookup.list.nameEn,
          items: lookup.items,
        });
      else cellFinding(ctx, "CELL-CODE-FORMAT", { value: bad.join("、"), example });
      return INVALID;
    }
    return out.length > 0 ? out : INVALID;
  };
}

export function readerFor(spec: ColumnSpec): Reader {
  switch (spec.format) {
    case "text":
      return readText;
    case "code":
      return codeReader(spec);
    case "id":
      return idReader(spec);
    case "date":
      return dateReader(spec);
    case "number":
      return numberReader(spec);
    case "enum":
      return enumReader(spec);
    case "multi-code":
      return multiReader(spec);
  }
}
