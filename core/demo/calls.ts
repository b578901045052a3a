/**
 * Each CERT call of the demo with its value, computed by the very core calls the custom functions
 * make (addin/functions/functions.ts), so a workbench download shows what Excel would.
 */
import { auditDays, onsiteMinimum, renderRecord, riskLabel, riskOfScope } from "../audit-time";
import { sampleSites } from "../sampling";
import type { DemoArg, DemoFormula } from "./types";

export interface AuditArgs {
  employees: number;
  risk: string;
  type: string;
  adjustPct: number;
  profile: string;
}

/** Where the call's arguments are: cell references when given, else the literal values. */
export interface AuditRefs {
  employees?: string;
  risk?: string;
  type?: string;
  adjustPct?: string;
}

function auditCallArgs(v: AuditArgs, refs: AuditRefs): DemoArg[] {
  return [
    refs.employees ? { ref: refs.employees } : { number: v.employees },
    refs.risk ? { ref: refs.risk } : { text: v.risk },
    refs.type ? { ref: refs.type } : { text: v.type },
    refs.adjustPct ? { ref: refs.adjustPct } : { number: v.adjustPct },
    { text: v.profile },
  ];
}

function coreInput(v: AuditArgs) {
  return { employees: v.employees, risk: v.risk, type: v.type, adjustPct: v.adjustPct, profile: v.profile };
}

export function auditDaysCall(v: AuditArgs, refs: AuditRefs = {}): DemoFormula {
  return { fn: "AUDITDAYS", args: auditCallArgs(v, refs), value: auditDays(coreInput(v)).days };
}

export function explainCall(v: AuditArgs, refs: AuditRefs = {}): DemoFormula {
  return { fn: "EXPLAIN", args: auditCallArgs(v, refs), value: renderRecord(auditDays(coreInput(v)).steps) };
}

export function onsiteCall(days: number, profile: string, ref?: string): DemoFormula {
  return {
    fn: "ONSITEDAYS",
    args: [ref ? { ref } : { number: days }],
    value: onsiteMinimum(days, profile).days,
  };
}

export function riskCall(code: string, profile: string, ref?: string): DemoFormula {
  return {
    fn: "RISK",
    args: [ref ? { ref } : { text: code }, { text: profile }],
    value: riskLabel(riskOfScope(code, profile).level),
  };
}

export function sampleCall(
  sites: number,
  type: string,
  similar: boolean,
  refs: { sites?: string; type?: string; similar?: string } = {},
): DemoFormula {
  return {
    fn: "SAMPLESITES",
    args: [
      refs.sites ? { ref: refs.sites } : { number: sites },
      refs.type ? { ref: refs.type } : { text: type },
      refs.similar ? { ref: refs.similar } : { bool: similar },
    ],
    value: sampleSites({ sites, type, similar }).sites,
  };
}
