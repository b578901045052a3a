/**
 * The last guard before a finding's text is shown or saved (DOMAIN §13: ID numbers masked in lists
 * and logs): any run of digits shaped like a resident ID — 18 characters, or the old 15 digits,
 * with a real-looking birth date inside — is masked as core/ids maskId does. Checks mask what they
 * quote already; this catches a value quoted by a generic cell check (a number that lost digits).
 * USCCs are not touched: their characters 7–14 are never a date of digits.
 */
import { maskId } from "./mask";

const ID18 =
  /(?<![0-9A-Za-z])\d{6}(1[89]|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const ID15 = /(?<![0-9A-Za-z])\d{6}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g;

export function maskIdsInText(text: string): string {
  return text.replace(ID18, (id) => maskId(id)).replace(ID15, (id) => maskId(id));
}
