/**
 * The certification body code CCCC of a certificate number: the last four digits of the body's
 * approval number CNCA-R-YYYY-NNN, zero-padded (001 C.1 and its note: CNCA-R-2021-812 → 0812).
 */
import { fail } from "../problem";
import { isBlank } from "../input/normalize";
import { showValue } from "../input/coerce";
import { normalizeCertText } from "./normalize";

const CLAUSE = "001 C.1";
const APPROVAL = /^CNCA-?R-?(\d{4})-?(\d{1,4})$/;
const SERIAL = /^\d{1,4}$/;

/**
 * Accepts the 4-digit code, the approval number, or the serial as typed into a number cell
 * (812, which Excel stored without its leading zero). Any other value is an input error.
 */
export function normalizeCbCode(value: unknown): string {
  if (isBlank(value)) fail("input.blank", CLAUSE, { field: "cbCode" });
  let text: string | null = null;
  if (typeof value === "number" && Number.isInteger(value)) text = String(value);
  else if (typeof value === "string") {
    text = normalizeCertText(value);
    const approval = APPROVAL.exec(text);
    if (approval) text = approval[2] ?? null;
  }
  if (text === null || !SERIAL.test(text) || Number(text) === 0) {
    return fail("certno.badCbCode", CLAUSE, { value: showValue(value) });
  }
  return text.padStart(4, "0");
}
