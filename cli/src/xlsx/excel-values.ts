/**
 * How Excel stores what the user sees: numbers shown as dates through their number format, and
 * dates as serial numbers (1900 or 1904 system). Dates become JS Dates at UTC midnight, the form
 * core/dates/civil.ts `toDate` reads (DOMAIN §9.1: real Excel dates are accepted).
 */

/**
 * Built-in format ids that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in
 * Chinese, Japanese and Korean Excel (e.g. 31 = yyyy"年"m"月"d"日"), which is where our files come from.
 */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format code shows a date when a date/time token remains outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[ymdhs]/i.test(bare);
}

export function isDateFormat(numFmtId: number, customCode: string | undefined): boolean {
  if (customCode !== undefined) return isDateFormatCode(customCode);
  return BUILTIN_DATE_IDS.has(numFmtId);
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; serials below 61 sit before Excel's phantom 1900-02-29. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/**
 * Serials Excel shows as dates: 0 up to 9999-12-31 (2 958 465 in the 1900 system, 1 462 fewer in
 * the 1904 one). Outside them Excel shows ##### and a Date would be invalid, so the number stays.
 */
export function isDateSerial(serial: number, date1904: boolean): boolean {
  return serial >= 0 && serial <= (date1904 ? 2_958_465 - 1_462 : 2_958_465);
}

export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial - EPOCH_1904 : serial < 61 ? serial + 1 - EPOCH_1900 : serial - EPOCH_1900;
  return new Date(Math.round(days * MS_PER_DAY));
}

/** `t="d"` cells hold ISO 8601 text; without a zone it is a wall-clock date, kept as that UTC day. */
export function isoToDate(text: string): Date | null {
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text)
    ? text
    : /T/.test(text)
      ? `${text}Z`
      : `${text}T00:00:00Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}
