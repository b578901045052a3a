/** The parts of a certificate number `CCCC YY SS NNNNN R<c> AA [-n]` (001 C.1, DOMAIN §5). */
export interface CertNoParts {
  /** Body code, 4 digits. */
  cbCode: string;
  /** Issue year, 4 digits (the number writes its last two). */
  year: number;
  /** Scheme abbreviation, 2–4 capital letters (HG, SR…). */
  scheme: string;
  /** The body's running number of that scheme in that year, ≥ 1. */
  seq: number;
  /** 0 initial, 1 first re-certification… (001 C.4). */
  cycle: number;
  /** Accreditation body code, "00" when not accredited. */
  accreditation: string;
  /** Sub-certificate number of a site (001 C.2), null for a main certificate. */
  sub: number | null;
}

export interface ParsedCertNo extends CertNoParts {
  /** The two year digits as written. */
  yy: string;
  /** The number after normalisation (NFKC, no spaces, upper case). */
  normalized: string;
  /** Whether normalisation changed the text (CNCA wants it upper case without spaces, DOMAIN §9). */
  changed: boolean;
}
