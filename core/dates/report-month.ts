/**
 * The report month a monthly report covers (000 4.3.3.2). One reader for every adapter: the CLI's
 * --month, the validation pane's field and validateWorkbook's option accept the same spellings
 * and refuse the same ones, so a month is never accepted in one place and refused in another.
 */
import { fail } from "../problem";
import { showValue } from "../input/coerce";
import { normalizeText } from "../input/normalize";
import { fromYmd, isValidYmd, type EpochDay } from "./civil";

export interface ReportMonth {
  /** `2026-10`. */
  text: string;
  first: EpochDay;
  last: EpochDay;
}

/** 2026-10, 2026/10, 2026.10, 2026年10月 and 202610 (yyyymm, as yyyymmdd is a date): 本工具约定. */
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$|^(\d{4})(\d{2})$/;
const CLAUSE = "本工具约定";

export function parseReportMonth(value: unknown): ReportMonth {
  const text = typeof value === "string" ? normalizeText(value).text : "";
  const m = MONTH.exec(text);
  const y = Number(m?.[1] ?? m?.[3]);
  const mo = Number(m?.[2] ?? m?.[4]);
  if (!m || !isValidYmd(y, mo, 1)) return fail("date.reportMonth", CLAUSE, { value: showValue(value) });
  const first = fromYmd(y, mo, 1);
  const last = fromYmd(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 1) - 1;
  return { text: `${y}-${String(mo).padStart(2, "0")}`, first, last };
}
