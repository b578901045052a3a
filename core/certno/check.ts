/**
 * Findings on a certificate number for report validation (DOMAIN §9.1 "number does not parse
 * under the profile"): never throws for a bad number, returns what is wrong instead.
 */
import { attempt, type Problem } from "../problem";
import { showValue } from "../input/coerce";
import { parseCertNo } from "./parse";

export type CertNoSeverity = "error" | "warning";
export type CertNoProblem = Problem & { severity: CertNoSeverity };

export interface CheckCertNoOptions {
  /** Scheme the row's profile expects (e.g. "SR" for SR-GGBZ). */
  scheme?: string;
}

export function checkCertNo(value: unknown, options: CheckCertNoOptions = {}): CertNoProblem[] {
  const parsed = attempt(() => parseCertNo(value));
  if (!parsed.ok) return [{ ...parsed.problem, severity: "error" }];
  const { normalized, changed, scheme } = parsed.value;
  const problems: CertNoProblem[] = [];
  if (changed) {
    // CNCA's upload rules want upper case without spaces (DOMAIN §9); the value itself is readable.
    problems.push({
      code: "certno.normalized",
      clause: "本工具约定",
      params: { value: showValue(value), normalized },
      severity: "warning",
    });
  }
  if (options.scheme !== undefined && options.scheme !== scheme) {
    problems.push({
      code: "certno.schemeMismatch",
      clause: "001 C.1",
      params: { value: normalized, scheme, expected: options.scheme },
      severity: "error",
    });
  }
  return problems;
}
