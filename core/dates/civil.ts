/**
 * Calendar dates without time zones. A date is an `EpochDay`: whole days since 1970-01-01, so
 * comparisons and differences are plain integer arithmetic and no local clock can shift a day.
 * Excel serial numbers map with the 1900 date system (serial 25569 = 1970-01-01; serials from 61
 * on, since Excel counts the non-existent 1900-02-29 as serial 60).
 */
import { fail } from "../problem";
import { isBlank, normalizeText } from "../input/normalize";
import { showValue } from "../input/coerce";

export type EpochDay = number;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const EXCEL_EPOCH_OFFSET = 25569;

/** Days from civil date (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
export function fromYmd(y: number, m: number, d: number): EpochDay {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toYmd(day: EpochDay): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function daysInMonth(y: number, m: number): number {
  return fromYmd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - fromYmd(y, m, 1);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export function toIso(day: EpochDay): string {
  const { y, m, d } = toYmd(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Adds calendar months, clamping to the month's last day as Excel's EDATE does
 * (2024-02-29 + 12 months → 2025-02-28). DOMAIN §6 "within 12 months of D" = addMonths(D, 12) − 1.
 */
export function addMonths(day: EpochDay, months: number): EpochDay {
  const { y, m, d } = toYmd(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return fromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(day: EpochDay, years: number): EpochDay {
  return addMonths(day, years * 12);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: EpochDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: EpochDay): number {
  return toYmd(day).y;
}

export function toExcelSerial(day: EpochDay): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Excel serial → date; a fractional serial (date with time) keeps its day. */
export function fromExcelSerial(serial: number): EpochDay {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

/** Serials Excel shows as dates we accept: 1900-03-01 (61) to 9999-12-31 (2958465). */
const MIN_SERIAL = 61;
const MAX_SERIAL = 2958465;

const DATE_PATTERNS: ReadonlyArray<RegExp> = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Parses the written forms DOMAIN §9.1 accepts; null when none fits or the date does not exist. */
export function parseDateText(raw: string): EpochDay | null {
  const text = normalizeText(raw).text.replace(/\s+/g, "");
  // A trailing time (exported "2026-01-15 00:00:00" or ISO "T00:00:00") keeps its day.
  const dateOnly = text.replace(/(T|(?<=\d))\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, "");
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(dateOnly);
    if (!match) continue;
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isValidYmd(y, m, d) ? fromYmd(y, m, d) : null;
  }
  return null;
}

/**
 * Any date a user can hand us: a JS Date (exceljs), an Excel serial number, or text in the
 * accepted forms. JS Dates are read in UTC because exceljs stores dates as UTC midnight.
 */
export function toDate(value: unknown, field: string, clause: string): EpochDay {
  if (isBlank(value)) fail("input.blank", clause, { field });
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime()))
      return fromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  } else if (typeof value === "number") {
    if (Number.isFinite(value) && value >= MIN_SERIAL && value <= MAX_SERIAL) return fromExcelSerial(value);
    // 20260115 typed into a General cell arrives as that number; no serial is that large, so it
    // can only be the written form DOMAIN §9.1 accepts.
    if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
      const day = parseDateText(String(value));
      if (day !== null) return day;
    }
  } else if (typeof value === "string") {
    const day = parseDateText(value);
    if (day !== null) return day;
    // A serial number typed as text ("46037") is still a date Excel would show.
    const text = normalizeText(value).text;
    if (/^\d{5}(\.\d+)?$/.test(text)) return toDate(Number(text), field, clause);
  }
  return fail("date.unreadable", clause, {
    field,
    value: showValue(value instanceof Date ? "Invalid Date" : value),
  });
}
