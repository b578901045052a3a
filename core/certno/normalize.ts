import { normalizeText } from "../input/normalize";

/**
 * Certificate numbers as CNCA wants them (DOMAIN §9): NFKC (full-width → ASCII), no spaces or
 * invisible characters, upper case. Unlike identity codes the `-` stays: it introduces the
 * sub-certificate number (001 C.2); dash look-alikes (‐ – — −) become `-`.
 */
export function normalizeCertText(raw: string): string {
  return normalizeText(raw)
    .text.replace(/\s/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toUpperCase();
}
