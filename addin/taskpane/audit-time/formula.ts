/**
 * Text of `=CERT.AUDITDAYS(employees, risk, type, [adjustPct], [profile])` (DOMAIN §11). Written
 * through Range.formulas, which always takes en-US syntax: comma separators, dot decimals,
 * strings in double quotes with inner quotes doubled.
 */
import { DEFAULT_PROFILE_ID } from "../../../core";

export const AUDITDAYS = "CERT.AUDITDAYS";

/** A cell reference (relative A1 such as B2), a text or a number. */
export type FormulaArg = { ref: string } | { text: string } | { number: number };

export function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function argText(arg: FormulaArg): string {
  if ("ref" in arg) return arg.ref;
  if ("text" in arg) return excelText(arg.text);
  return String(arg.number);
}

export interface AuditDaysArgs {
  employees: FormulaArg;
  risk: FormulaArg;
  type: FormulaArg;
  /** Omitted when zero and no profile follows. */
  adjustPct?: FormulaArg;
  /** Omitted for the custom function's own default (HG-HY, DOMAIN §11). */
  profile?: string;
}

export function auditDaysFormula(args: AuditDaysArgs): string {
  const parts = [argText(args.employees), argText(args.risk), argText(args.type)];
  const profile = args.profile && args.profile !== DEFAULT_PROFILE_ID ? args.profile : undefined;
  const adjust =
    args.adjustPct && !("number" in args.adjustPct && args.adjustPct.number === 0)
      ? args.adjustPct
      : undefined;
  if (adjust || profile) parts.push(argText(adjust ?? { number: 0 }));
  if (profile) parts.push(excelText(profile));
  return `=${AUDITDAYS}(${parts.join(",")})`;
}
