import type { Problem } from "../problem";

/** `info` marks a note that does not need fixing (a documented exception). */
export type IdSeverity = "error" | "warning" | "info";
export type IdProblem = Problem & { severity: IdSeverity };

export interface IdCheck {
  /** No problem of severity `error`. */
  valid: boolean;
  /** The code after normalisation (DOMAIN §8); digits as JS wrote them for a number. */
  normalized: string;
  /** Whether normalisation changed the raw value (or it was not text). */
  changed: boolean;
  problems: IdProblem[];
}

export type IdKind = "uscc" | "orgCode" | "idCard" | "division";
