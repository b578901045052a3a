/**
 * Check characters of the identity codes (DOMAIN §8). Each returns the character the code must
 * end with, from its body; the body must already be in the code's character set.
 */

/** GB 32100-2015: 0-9 A-H J-N P Q R T U W X Y (no I, O, S, V, Z), valued 0…30 in this order. */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(body17: string): string {
  let sum = 0;
  USCC_WEIGHTS.forEach((weight, i) => {
    sum += USCC_CHARSET.indexOf(body17.charAt(i)) * weight;
  });
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714-1997: digits are their value, A–Z are 10–35. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  ORG_WEIGHTS.forEach((weight, i) => {
    sum += parseInt(body8.charAt(i), 36) * weight;
  });
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** GB 11643-1999, ISO 7064 MOD 11-2: weight of position i is 2^(17−i) mod 11; 10 is written X. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function idCheckChar(body17: string): string {
  let sum = 0;
  ID_WEIGHTS.forEach((weight, i) => {
    sum += Number(body17.charAt(i)) * weight;
  });
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}
