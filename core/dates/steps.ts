/**
 * A date calculation record (DOMAIN §3.7 applied to dates): each step is built from the dates the
 * rule actually used, `id` is its message code in dates/messages.ts and `values` fill the text.
 */
import { fail } from "../problem";
import { showValue } from "../input/coerce";
import { addMonths, toIso, type EpochDay } from "./civil";

export interface DateStep {
  id: string;
  clause: string;
  values: Record<string, string | number>;
  /** The date this step arrives at. */
  result: EpochDay;
}

export interface DateResult {
  date: EpochDay;
  /** Clause of the limit that decided the date. */
  clause: string;
  steps: DateStep[];
}

export function step(
  id: string,
  clause: string,
  result: EpochDay,
  values: Record<string, string | number> = {},
): DateStep {
  checkResult(result, clause);
  // `values` is always the caller's fresh literal: filled in place, no copy (spreads are slow on Node 20).
  values.date = toIso(result);
  return { id, clause, result, values };
}

/** A rule applied near 9999-12-31 can land past the last date Excel and ISO text can hold. */
export function checkResult(result: EpochDay, clause: string): EpochDay {
  if (result > MAX_DAY) fail("date.resultOutOfRange", clause, { value: toIso(result) });
  return result;
}

/** 0001-01-01 … 9999-12-31 as epoch days. */
const MIN_DAY = -719162;
const MAX_DAY = 2932896;

/**
 * Guards a date argument: adapters convert cells with `toDate`; anything else is a bug caught here.
 * `field` is a key of INPUT_FIELD_LABELS, so the English text names the date in English.
 */
export function checkDay(day: unknown, field: string): EpochDay {
  if (typeof day !== "number" || !Number.isSafeInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    return fail("date.notDay", "DOMAIN §6", { field, value: showValue(day) });
  }
  return day;
}

/** "Within N months of D": on or before addMonths(D, N) − 1 day (DOMAIN §6). */
export function withinMonths(day: EpochDay, months: number): EpochDay {
  return addMonths(day, months) - 1;
}
