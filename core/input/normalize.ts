/**
 * Text normalisation as CNCA's upload rules require (DOMAIN §8, §9): NFKC turns full-width digits,
 * letters and U+3000 into ASCII; zero-width characters and BOMs are dropped; ends are trimmed.
 * Returns whether anything changed so validation can say that normalisation was needed.
 */
const INVISIBLE = /[\u200B-\u200D\uFEFF\u2060]/g;

export interface Normalized {
  text: string;
  changed: boolean;
}

export function normalizeText(raw: string): Normalized {
  const text = raw
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(/\u00A0/g, " ")
    .trim();
  return { text, changed: text !== raw };
}

/** Identity codes and certificate numbers: also drop inner spaces and `-`, and upper-case (DOMAIN §8). */
export function normalizeCode(raw: string): Normalized {
  const text = normalizeText(raw).text.replace(/[\s-]/g, "").toUpperCase();
  return { text, changed: text !== raw };
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && normalizeText(value).text === "")
  );
}
