/**
 * The template's rules across fields and sheets (CNCA-FORMAT.md §4): dates not after the report
 * date (X9, X15), a sub-certificate's expiry not after its main certificate's (X10), certificate
 * numbers of the other sheets present in 证书信息表 (X21), one person per team row (X22), the
 * energy periods an EnMS certificate needs (X23) and their product energy adding up (X24), unique
 * audit-plan numbers (X25), start before end wherever a sheet has both, the approval number's form.
 */
import { toIso } from "../../dates/civil";
import { a1 } from "../../sheet/a1";
import type { FindingSink } from "../findings";
import { citation } from "./cells";
import { OK, type CncaSheet } from "./read";

export interface CrossContext {
  sink: FindingSink;
  reportDate?: number;
  sheets: CncaSheet[];
}

function clause(sheet: CncaSheet, code: string): string {
  const col = sheet.column(code);
  return col ? citation(sheet.def.name, col) : `CNCA 模版 ${sheet.def.name}`;
}

function byRole(ctx: CrossContext, role: string): CncaSheet[] {
  return ctx.sheets.filter((s) => s.def.role === role);
}

/** 颁证日期 and 换证日期 must not be after the reporting date (X9, X15). */
function checkNotAfterReport(ctx: CrossContext, sheet: CncaSheet): void {
  if (ctx.reportDate === undefined) return;
  for (const meaning of ["issueDate", "renewDate"]) {
    const code = sheet.code(meaning);
    if (!code || !sheet.has(code)) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const day = sheet.num(code, i);
      if (day === undefined || day <= ctx.reportDate) continue;
      ctx.sink.add(
        "CNCA-AFTER-REPORT-DATE",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(code),
        { header: sheet.column(code)?.header ?? code, value: toIso(day), reportDate: toIso(ctx.reportDate) },
        { clause: clause(sheet, code) },
      );
    }
  }
}

/** A sub-certificate's expiry is not after its main certificate's (X10), when both are in the workbook. */
function checkSubExpiry(ctx: CrossContext, certs: CncaSheet[]): void {
  const expiry = new Map<string, { sheet: CncaSheet; i: number; day: number }>();
  for (const sheet of certs) {
    const cert = sheet.code("certNo");
    const exp = sheet.code("expiryDate");
    if (!cert || !exp) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str(cert, i);
      const day = sheet.num(exp, i);
      if (no !== undefined && day !== undefined && !expiry.has(no)) expiry.set(no, { sheet, i, day });
    }
  }
  for (const sheet of certs) {
    const main = sheet.code("mainCertNo");
    const exp = sheet.code("expiryDate");
    const sub = sheet.code("subCert");
    if (!main || !exp || !sub) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const mainNo = sheet.str(main, i);
      const day = sheet.num(exp, i);
      if (sheet.str(sub, i) !== "1" || mainNo === undefined || day === undefined) continue;
      const m = expiry.get(mainNo);
      if (!m || day <= m.day) continue;
      ctx.sink.add(
        "CNCA-SUB-EXPIRY",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(exp),
        { value: toIso(day), main: mainNo, mainExpiry: toIso(m.day) },
        {
          clause: clause(sheet, exp),
          related: [
            `${m.sheet === sheet ? "" : `'${m.sheet.name}'!`}${a1(m.sheet.rows[m.i] ?? 0, m.sheet.col(exp))}`,
          ],
        },
      );
    }
  }
}

/** 审核结果信息表 / 能源绩效信息表 certificate numbers must be in 证书信息表 (X21). */
function checkListed(ctx: CrossContext, certs: CncaSheet[]): void {
  const known = new Set<string>();
  for (const sheet of certs) {
    const code = sheet.code("certNo");
    if (!code) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str(code, i);
      if (no !== undefined) known.add(no);
    }
  }
  for (const sheet of [...byRole(ctx, "team"), ...byRole(ctx, "energy")]) {
    const code = sheet.code("certNo");
    if (!code || !sheet.has(code) || sheet.rows.length === 0) continue;
    if (certs.length === 0) {
      ctx.sink.add("CNCA-NO-CERTIFICATES", sheet.name, 0, 0, { sheet: sheet.def.name });
      continue;
    }
    const said = new Set<string>();
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str(code, i);
      if (no === undefined || known.has(no) || said.has(no)) continue;
      said.add(no);
      ctx.sink.add(
        "CNCA-CERT-NOT-LISTED",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(code),
        { value: no, sheet: sheet.def.name },
        { clause: clause(sheet, code) },
      );
    }
  }
}

const SEVERAL = /[；;，,、/\\]|\s和\s/;

/** 审核组成员姓名 holds exactly one person (X22). */
function checkOnePerson(ctx: CrossContext): void {
  for (const sheet of byRole(ctx, "team")) {
    const code = sheet.code("name");
    if (!code) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const name = sheet.str(code, i);
      if (name === undefined || !SEVERAL.test(name)) continue;
      ctx.sink.add(
        "CNCA-TEAM-ONE-PERSON",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(code),
        { value: name },
        { clause: clause(sheet, code) },
      );
    }
  }
}

/** EnMS certificates (A0901…, A12… in 2014) need their energy rows: 01 and 02 after 初审, else 02 (X23). */
function checkEnergyPeriods(ctx: CrossContext, certs: CncaSheet[]): void {
  const energy = byRole(ctx, "energy");
  const periods = new Map<string, Set<string>>();
  for (const sheet of energy) {
    const cert = sheet.code("certNo");
    const period = sheet.code("energyPeriod");
    if (!cert || !period) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str(cert, i);
      const p = sheet.str(period, i);
      if (no === undefined || p === undefined) continue;
      const set = periods.get(no) ?? new Set<string>();
      set.add(p);
      periods.set(no, set);
    }
  }
  for (const sheet of certs) {
    const proj = sheet.code("schemeCode");
    const cert = sheet.code("certNo");
    const act = sheet.code("activity");
    if (
      !proj ||
      !cert ||
      !act ||
      sheet.layout.family !== "cnca" ||
      !sheet.layout.sheets.some((s) => s.role === "energy")
    )
      continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const project = sheet.str(proj, i);
      const no = sheet.str(cert, i);
      const activity = sheet.str(act, i);
      if (project === undefined || no === undefined || !project.startsWith("A0901")) continue;
      if (activity === "05" || activity === undefined) continue;
      const need = activity === "01" ? ["01", "02"] : ["02"];
      const have = periods.get(no) ?? new Set<string>();
      const lacking = need.filter((p) => !have.has(p));
      if (lacking.length === 0) continue;
      ctx.sink.add(
        energy.length === 0 ? "CNCA-ENERGY-SHEET-ABSENT" : "CNCA-ENERGY-PERIOD-MISSING",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(cert),
        { certNo: no, periods: lacking.join("、"), activity },
        { clause: "CNCA 模版 能源绩效信息表 第 3 项" },
      );
    }
  }
}

/** Exact sum in units of 0.0001 (the template's four decimals), so 0.1 + 0.2 is 0.3. */
function tenThousandths(n: number): number {
  return Math.round(n * 10000);
}

/** The Ei of a certificate's products add up to the period's total consumption (X24; warning). */
function checkEnergySum(ctx: CrossContext): void {
  for (const sheet of byRole(ctx, "energy")) {
    const [cert, period, total, ei] = ["certNo", "energyPeriod", "energyTotal", "productEnergy"].map((m) =>
      sheet.code(m),
    );
    if (!cert || !period || !total || !ei || !sheet.has(ei) || !sheet.has(total)) continue;
    const groups = new Map<string, { total: number; sum: number; first: number; bad: boolean }>();
    for (let i = 0; i < sheet.rows.length; i++) {
      const key = `${sheet.str(cert, i) ?? ""}|${sheet.str(period, i) ?? ""}`;
      const g = groups.get(key) ?? { total: sheet.num(total, i) ?? NaN, sum: 0, first: i, bad: false };
      const e = sheet.num(ei, i);
      if (e === undefined || sheet.state(ei, i) !== OK) g.bad = true;
      else g.sum += tenThousandths(e);
      groups.set(key, g);
    }
    for (const [key, g] of groups) {
      if (g.bad || Number.isNaN(g.total) || tenThousandths(g.total) === g.sum) continue;
      ctx.sink.add(
        "CNCA-ENERGY-SUM",
        sheet.name,
        sheet.rows[g.first] ?? 0,
        sheet.col(total),
        { certNo: key.split("|")[0] ?? "", total: g.total, sum: g.sum / 10000 },
        { clause: clause(sheet, ei) },
      );
    }
  }
}

/** 审核计划编号 is unique within the body (X25). */
function checkPlanNumbers(ctx: CrossContext): void {
  const seen = new Map<string, { sheet: CncaSheet; i: number }>();
  for (const sheet of byRole(ctx, "plan")) {
    const code = sheet.code("planNo");
    if (!code) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str(code, i);
      if (no === undefined) continue;
      const first = seen.get(no);
      if (!first) {
        seen.set(no, { sheet, i });
        continue;
      }
      ctx.sink.add(
        "CNCA-PLAN-DUPLICATE",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(code),
        { value: no, first: first.sheet.rows[first.i] ?? 0 },
        { clause: clause(sheet, code), related: [a1(first.sheet.rows[first.i] ?? 0, first.sheet.col(code))] },
      );
    }
  }
}

/** Start before end for the pairs the friendly checks do not see (energy period, audit plan). */
const PAIRS: ReadonlyArray<[string, string]> = [
  ["energyStart", "energyEnd"],
  ["planStart", "planEnd"],
];

function checkOrder(ctx: CrossContext, sheet: CncaSheet): void {
  for (const [a, b] of PAIRS) {
    const from = sheet.code(a);
    const to = sheet.code(b);
    if (!from || !to || !sheet.has(from) || !sheet.has(to)) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const s = sheet.num(from, i);
      const e = sheet.num(to, i);
      if (s === undefined || e === undefined || e >= s) continue;
      ctx.sink.add(
        "CNCA-DATE-ORDER",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col(to),
        {
          start: toIso(s),
          end: toIso(e),
          startHeader: sheet.column(from)?.header ?? from,
          endHeader: sheet.column(to)?.header ?? to,
        },
        { clause: clause(sheet, to), related: [a1(sheet.rows[i] ?? 0, sheet.col(from))] },
      );
    }
  }
}

/** CNCA-R-2016-123 (domestic), CNCA-RF-2021-12 (foreign-invested, 函〔2021〕102号). */
const APPROVAL = /^CNCA-RF?-\d{4}-\d{2,3}$/;

function checkApproval(ctx: CrossContext, sheet: CncaSheet): void {
  const code = sheet.code("cbApproval");
  if (!code || !sheet.has(code)) return;
  const said = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    const v = sheet.str(code, i);
    if (v === undefined || APPROVAL.test(v) || said.has(v)) continue;
    said.add(v);
    ctx.sink.add(
      "CNCA-APPROVAL-FORM",
      sheet.name,
      sheet.rows[i] ?? 0,
      sheet.col(code),
      { value: v },
      { clause: clause(sheet, code) },
    );
  }
}

export function checkCrossRules(ctx: CrossContext): void {
  const certs = byRole(ctx, "certificates");
  for (const sheet of ctx.sheets) {
    checkNotAfterReport(ctx, sheet);
    checkOrder(ctx, sheet);
    checkApproval(ctx, sheet);
  }
  checkSubExpiry(ctx, certs);
  checkListed(ctx, certs);
  checkOnePerson(ctx);
  checkEnergyPeriods(ctx, certs);
  checkEnergySum(ctx);
  checkPlanNumbers(ctx);
}
