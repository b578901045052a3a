/**
 * Reading the coded and written values of certificate rows, whichever layout they come from: CNCA
 * codes (01 / 1 / 1.0 from an exporter), their labels, the friendly layout's words. Nothing here
 * guesses: a value it cannot read is returned as undefined and the caller lists it.
 */
import type { CellValue } from "../validation/sheet";
import { normalizeText } from "../input/normalize";
import { fromExcelSerial, fromYmd, isValidYmd, parseDateText, type EpochDay } from "../dates/civil";
import { memoByText } from "./memo";
import type { StatusCode } from "./types";

/** Trimmed NFKC text of a cell, "" for blank; numbers as written (a General 3 stays "3"). */
/** Text that NFKC leaves alone and that has nothing to trim: printable ASCII and common CJK. */
const PLAIN = /^[\x21-\x7e\u4e00-\u9fff](?:[\x20-\x7e\u4e00-\u9fff]*[\x21-\x7e\u4e00-\u9fff])?$/;

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return PLAIN.test(value) ? value : normalizedText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}

/** Full-width separators (29.07；19.05) repeat down a column: normalised once per distinct text. */
const normalizedText = memoByText((value: string) => normalizeText(value).text.trim());

/** Certificate numbers compared upper-cased without spaces (CNCA 模版 证书信息表 第 21 项). */
const CLEAN_NUMBER = /^[0-9A-Z-]*$/;

export function certNoOf(value: CellValue | undefined): string {
  const text = cellText(value);
  if (CLEAN_NUMBER.test(text)) return text;
  return text.replace(/[\s\u200b-\u200d\ufeff]/g, "").toUpperCase();
}

const STATUS_WORDS: Readonly<Record<string, StatusCode>> = {
  有效: "01",
  正常: "01",
  保持: "01",
  恢复: "01",
  暂停: "02",
  撤销: "03",
  撤消: "03",
  注销: "04",
  过期: "05",
  过期失效: "05",
  失效: "05",
};

/** 01…05, 1…5, or a label (有效, 暂停, 撤销, 注销, 过期失效); undefined when none of them. */
export function statusOf(text: string): StatusCode | undefined {
  return text === "" ? undefined : statusOfText(text);
}

const statusOfText = memoByText((text: string): StatusCode | undefined => {
  const word = STATUS_WORDS[text.replace(/\s/g, "")];
  if (word) return word;
  const code = /^0?([1-5])(\.0+)?$/.exec(text);
  if (code) return `0${code[1]}` as StatusCode;
  const labelled = /^0?([1-5])\s*(有效|暂停|撤销|注销|过期失效)$/.exec(text);
  return labelled ? (`0${labelled[1]}` as StatusCode) : undefined;
});

const EXCEL_MIN = 61;
const EXCEL_MAX = 2958465;

/** A date cell as an EpochDay; null when present but unreadable, undefined when blank. */
export function dateOf(value: CellValue | undefined): EpochDay | null | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? null
      : fromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 10000101 && value <= 99991231)
      return parseDateText(String(value));
    return value >= EXCEL_MIN && value <= EXCEL_MAX ? fromExcelSerial(Math.floor(value)) : null;
  }
  if (typeof value === "string") return dateOfText(value);
  return null;
}

const dateOfText = memoByText((value: string): EpochDay | null | undefined => {
  // The form every layout writes (YYYY-MM-DD) read directly; the others through the core parser.
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    return isValidYmd(y, m, d) ? fromYmd(y, m, d) : null;
  }
  const text = value.trim();
  return text === "" ? undefined : parseDateText(text);
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain number (person-days, headcount); null when present but not a number. */
export function numberOf(value: CellValue | undefined): number | null | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = cellText(value);
  if (text === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

const SEPARATOR = /[;；、,，\s]/;

/** Splits a multi-value cell on ; ； 、 , ， and white space. */
export function splitList(text: string): string[] {
  // Most cells hold one value: no three arrays for it.
  if (!SEPARATOR.test(text)) return text === "" ? [] : [text];
  return text
    .split(/[;；、,，\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * A business scope code normalised: "3" → "03", "3.01" → "03.01", "03.01.02" kept. The major
 * category is its first two digits (000 4.3.5.2(3)). Undefined when it is not a scope code.
 */
export function scopeCodeOf(part: string): string | undefined {
  const match = /^(\d{1,2})((\.\d{1,2})*)$/.exec(part);
  if (!match) return undefined;
  return `${(match[1] as string).padStart(2, "0")}${match[2] ?? ""}`;
}

const YES = new Set(["1", "是", "y", "yes", "true", "子证书", "子证"]);
const NO = new Set(["0", "否", "n", "no", "false", "主证书", "主证"]);

/** 子证书 / 是 / 1 → true; 主证书 / 否 / 0 → false; undefined otherwise. */
export function subFlagOf(text: string): boolean | undefined {
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const MARK_WORDS: Readonly<Record<string, string>> = {
  CNAS: "01",
  UKAS: "02",
  "JAS-ANZ": "03",
  JASANZ: "03",
  ANAB: "04",
  RVA: "05",
  JAB: "06",
  KAB: "07",
  其他: "08",
  其它: "08",
};
/** "No mark" in the layouts: 00 无 (friendly), 99 不带标 (ERP), 98 (old 59-field files). */
const NO_MARK = new Set(["00", "0", "无", "否", "99", "98", "不带认可标识", "不带标"]);

/** 认可标志 codes in a cell: CNAS → 01; "无" / 00 / 99 → none. Shared by the rows of one text: read only. */
export const marksOf = memoByText((text: string): string[] => {
  const marks: string[] = [];
  for (const part of splitList(text)) {
    const upper = part.toUpperCase();
    if (NO_MARK.has(upper)) continue;
    const code = MARK_WORDS[upper] ?? (/^\d{1,2}$/.test(part) ? part.padStart(2, "0") : upper);
    if (!marks.includes(code)) marks.push(code);
  }
  return Object.freeze(marks) as string[];
});

/** The scope codes of a 业务范围代码 cell, normalised where they are codes, else as written. Shared: read only. */
export const scopesOf = memoByText(
  (text: string): string[] =>
    Object.freeze(splitList(text).map((part) => scopeCodeOf(part) ?? part)) as string[],
);

/** The scheme part of a certificate number under 001 App. C (081226HG00017R000 → HG). */
export function schemeOfCertNo(certNo: string): string | undefined {
  return /^\d{6}([A-Z]{2,4})\d{5,6}R\d/.exec(certNo)?.[1];
}

/** The main number of a sub-certificate "…-n", when the number carries one. */
export function mainOfSubNo(certNo: string): string | undefined {
  const match = /^(.+)-\d+$/.exec(certNo);
  return match ? match[1] : undefined;
}

/** CNCA risk codes 01/02/03 as the words the audit-time core reads. */
const RISK_WORDS: Readonly<Record<string, string>> = {
  "01": "高",
  "02": "中",
  "03": "低",
  "1": "高",
  "2": "中",
  "3": "低",
};

export function riskWordOf(text: string): string | undefined {
  if (text === "") return undefined;
  return RISK_WORDS[text] ?? text;
}
