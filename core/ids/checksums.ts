/**
 * Check characters of the identity codes (DOMAIN §8). Each returns the character the code must
 * end with, from its body; the body must already be in the code's character set.
 */

/** GB 32100-2015: 0-9 A-H J-N P Q R T U W X Y (no I, O, S, V, Z), valued 0…30 in this order. */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Value of each ASCII character in USCC_CHARSET, -1 for the others (what indexOf would say). */
const USCC_VALUES = new Int8Array(128).fill(-1);
for (let v = 0; v < USCC_CHARSET.length; v++) USCC_VALUES[USCC_CHARSET.charCodeAt(v)] = v;

// Validation checks every row's code: plain loops over lookup tables, no closure or search per character.
export function usccCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < USCC_WEIGHTS.length; i++) {
    const c = body17.charCodeAt(i);
    // Past the end charAt gives "" and indexOf("") is 0; beyond ASCII nothing is in the set.
    const value = Number.isNaN(c) ? 0 : c < 128 ? (USCC_VALUES[c] as number) : -1;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714-1997: digits are their value, A–Z are 10–35. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** parseInt(c, 36) of each ASCII character: 0–9, a–z / A–Z 10–35, NaN for the others. */
const ORG_VALUES = new Float64Array(128).fill(NaN);
for (let c = 0; c < 128; c++) ORG_VALUES[c] = parseInt(String.fromCharCode(c), 36);

export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < ORG_WEIGHTS.length; i++) {
    const c = body8.charCodeAt(i);
    // NaN past the end (parseInt("", 36)) and beyond ASCII, as parseInt says.
    const value = c < 128 ? (ORG_VALUES[c] as number) : NaN;
    sum += value * (ORG_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** GB 11643-1999, ISO 7064 MOD 11-2: weight of position i is 2^(17−i) mod 11; 10 is written X. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function idCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < ID_WEIGHTS.length; i++) {
    const c = body17.charCodeAt(i);
    // A digit is its value; anything else as Number() reads it (blank or whitespace 0, else NaN).
    const value = c >= 48 && c <= 57 ? c - 48 : Number(body17.charAt(i));
    sum += value * (ID_WEIGHTS[i] as number);
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}
