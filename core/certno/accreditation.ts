/**
 * Accreditation body codes written as AA in a certificate number (001 C.1: "00" when not
 * accredited) — the codes of CNCA's 认可标识 column (DOMAIN §9).
 */
export const ACCREDITATION_CODES: Readonly<Record<string, string>> = {
  "00": "无",
  "01": "CNAS",
  "02": "UKAS",
  "03": "JAS-ANZ",
  "04": "ANAB",
  "05": "RvA",
  "06": "JAB",
  "07": "KAB",
  "08": "其他",
};

/** English names where the Chinese label is a word rather than a body's acronym. */
const LABELS_EN: Readonly<Record<string, string>> = { "00": "none", "08": "other" };

/** "00 无、01 CNAS…" for messages, or "00 none, 01 CNAS…" in English. */
export function listAccreditationCodes(lang: "zh" | "en" = "zh"): string {
  return Object.entries(ACCREDITATION_CODES)
    .map(([code, label]) => `${code} ${lang === "en" ? (LABELS_EN[code] ?? label) : label}`)
    .join(lang === "en" ? ", " : "、");
}

/** The code for a code or a label (DOMAIN §9: enumerated columns accept either); null when neither. */
export function accreditationCodeOf(text: string): string | null {
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, "0");
    return code in ACCREDITATION_CODES ? code : null;
  }
  const wanted = text.toUpperCase();
  const entry = Object.entries(ACCREDITATION_CODES).find(([, label]) => label.toUpperCase() === wanted);
  return entry ? entry[0] : null;
}
