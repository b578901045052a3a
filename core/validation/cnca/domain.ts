/**
 * Domain checks only CNCA's fields allow (issue 7 item 4), on the friendly view of a CNCA sheet
 * (adapter.ts): 71 基础人日数 against the profile's table value for the headcount, 31 再认证次数 and
 * 32 监督次数 against the activity and the certificate number's cycle, the order of the lifecycle
 * dates (20, 33–46), the team of each audit stage (0101 / 0102) and the report month. The rule
 * numbers are core/audit-time's and core/certno's; this only compares.
 */
import { auditDaysMinimum } from "../../audit-time";
import { toIso } from "../../dates/civil";
import { maskId } from "../../ids";
import { attempt } from "../../problem";
import { a1 } from "../../sheet/a1";
import { certParts, rowProfile } from "../certificate";
import { sheetsOf, type CheckContext } from "../context";
import type { ParsedSheet } from "../read";

/** 71 基础人日数 is the CNAS-CC105 table value for 19's headcount: compared with the profile's table (warning). */
export function checkBaseDays(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("baseDays") || !sheet.has("employees")) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const declared = sheet.num("baseDays", i);
    const employees = sheet.num("employees", i);
    if (declared === undefined || employees === undefined) continue;
    const profile = rowProfile(sheet, i, ctx);
    if (!profile) continue; // the audit-time check says once that the scheme has no profile
    const r = attempt(() => auditDaysMinimum({ employees, type: "initial", profile }, { record: false }));
    if (!r.ok || r.value.tableDays === declared) continue;
    ctx.sink.add(
      "CNCA-BASE-DAYS",
      sheet.name,
      sheet.rows[i] ?? 0,
      sheet.col("baseDays"),
      { declared, table: r.value.tableDays, employees, profile: profile.id },
      {
        related: [a1(sheet.rows[i] ?? 0, sheet.col("employees"))],
        clause: profile.table.clause || undefined,
      },
    );
  }
}

/**
 * 31 再认证次数 is the certificate number's cycle (R0 in the first cycle, 001 C.4); an initial audit
 * has 31 = 0 and 32 = 0, a re-certification 31 ≥ 1 and 32 = 0, a surveillance 32 ≥ 1 (CNCA 模版 第 31、32 项).
 */
export function checkCounts(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("recertCount")) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const recert = sheet.num("recertCount", i);
    const surv = sheet.num("surveillanceCount", i);
    const activity = sheet.str("activity", i);
    const row = sheet.rows[i] ?? 0;
    const certNo = sheet.str("certNo", i);
    const parts = certNo === undefined ? null : certParts(ctx, certNo);
    if (recert !== undefined && parts && parts.cycle !== recert)
      ctx.sink.add(
        "CNCA-RECERT-CYCLE",
        sheet.name,
        row,
        sheet.col("recertCount"),
        { value: recert, certNo: certNo ?? "", cycle: parts.cycle },
        { related: [a1(row, sheet.col("certNo"))] },
      );
    const wrong =
      activity === "01"
        ? (recert !== undefined && recert !== 0) || (surv !== undefined && surv !== 0)
        : activity === "02"
          ? (recert !== undefined && recert < 1) || (surv !== undefined && surv !== 0)
          : activity === "03"
            ? surv !== undefined && surv < 1
            : false;
    if (wrong)
      ctx.sink.add(
        "CNCA-ACTIVITY-COUNTS",
        sheet.name,
        row,
        sheet.col("recertCount") || sheet.col("activity"),
        {
          activity: activity ?? "",
          recert: recert ?? "",
          surveillance: surv ?? "",
          expected:
            activity === "01"
              ? "均为 0"
              : activity === "02"
                ? "再认证次数不小于 1、监督次数为 0"
                : "监督次数不小于 1",
          expectedEn:
            activity === "01"
              ? "both 0"
              : activity === "02"
                ? "re-certifications at least 1, surveillances 0"
                : "surveillances at least 1",
        },
      );
  }
}

/** Lifecycle dates in their order: [earlier, later, only for activities that issue a certificate]. */
const ORDER: ReadonlyArray<[string, string, boolean]> = [
  ["firstIssueDate", "issueDate", false],
  ["issueDate", "suspendStart", false],
  ["issueDate", "withdrawDate", false],
  ["auditEnd", "decisionDate", true],
  ["decisionDate", "issueDate", true],
];

const ISSUES = new Set(["01", "02"]);

export function checkLifecycle(sheet: ParsedSheet, ctx: CheckContext): void {
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? 0;
    const activity = sheet.str("activity", i);
    for (const [a, b, issuing] of ORDER) {
      if (issuing && (activity === undefined || !ISSUES.has(activity))) continue;
      const early = sheet.num(a, i);
      const late = sheet.num(b, i);
      if (early === undefined || late === undefined || early <= late) continue;
      ctx.sink.add(
        "CNCA-DATE-SEQUENCE",
        sheet.name,
        row,
        sheet.col(b),
        {
          later: sheet.header(b),
          laterValue: toIso(late),
          earlier: sheet.header(a),
          earlierValue: toIso(early),
        },
        { related: [a1(row, sheet.col(a))] },
      );
    }
    const expiry = sheet.num("expiryDate", i);
    if (
      sheet.str("certStatus", i) === "05" &&
      expiry !== undefined &&
      ctx.reportDate !== undefined &&
      expiry >= ctx.reportDate
    )
      ctx.sink.add("CNCA-EXPIRED-EARLY", sheet.name, row, sheet.col("certStatus"), {
        expiry: toIso(expiry),
        reportDate: toIso(ctx.reportDate),
      });
  }
}

interface StageRows {
  s1: Map<string, number>;
  s2: Map<string, number>;
  sheet: ParsedSheet;
  first: number;
}

/**
 * The team by stage (审核结果信息表 认证审核阶段代码): at least one stage-1 member (by ID number) also
 * audits stage 2 (001 5.4.4.1, 004 5.4.4.1); an initial certification has team rows for both stages.
 */
export function checkStageTeams(ctx: CheckContext): void {
  const initial = new Map<string, { sheet: ParsedSheet; i: number }>();
  for (const sheet of sheetsOf(ctx, "monthly"))
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str("certNo", i);
      if (no !== undefined && sheet.str("activity", i) === "01" && sheet.layout)
        initial.set(no, { sheet, i });
    }
  const byCert = new Map<string, StageRows>();
  for (const sheet of sheetsOf(ctx, "team")) {
    if (!sheet.has("stage")) continue;
    for (let i = 0; i < sheet.rows.length; i++) {
      const no = sheet.str("certNo", i);
      const stage = sheet.str("stage", i);
      const id = sheet.str("idNo", i);
      if (no === undefined || (stage !== "0101" && stage !== "0102")) continue;
      const entry = byCert.get(no) ?? { s1: new Map(), s2: new Map(), sheet, first: i };
      if (id !== undefined) (stage === "0101" ? entry.s1 : entry.s2).set(id, i);
      else (stage === "0101" ? entry.s1 : entry.s2).set(`row${i}`, i);
      byCert.set(no, entry);
    }
  }
  for (const [no, e] of byCert) {
    if (e.s1.size === 0 || e.s2.size === 0) continue;
    const shared = [...e.s1.keys()].some((id) => !id.startsWith("row") && e.s2.has(id));
    if (shared) continue;
    const i = [...e.s2.values()][0] ?? e.first;
    ctx.sink.add("CNCA-STAGE-TEAM", e.sheet.name, e.sheet.rows[i] ?? 0, e.sheet.col("idNo"), {
      certNo: no,
      stage1: [...e.s1.keys()]
        .filter((k) => !k.startsWith("row"))
        .map(maskId)
        .join("、"),
    });
  }
  for (const [no, a] of initial) {
    const e = byCert.get(no);
    const lacking = [!e || e.s1.size === 0 ? "0101" : "", !e || e.s2.size === 0 ? "0102" : ""].filter(
      (s) => s,
    );
    // No team rows at all is TEAM-NONE's; here only a missing stage.
    if (!e || lacking.length === 0) continue;
    ctx.sink.add("CNCA-STAGE-MISSING", a.sheet.name, a.sheet.rows[a.i] ?? 0, a.sheet.col("certNo"), {
      certNo: no,
      stages: lacking.join("、"),
    });
  }
}

/** The dates that place a CNCA row in the report month: any of its events. */
const EVENTS = [
  "auditEnd",
  "issueDate",
  "decisionDate",
  "changeDate",
  "suspendStart",
  "withdrawDate",
  "renewDate",
];

/** A row none of whose events falls in the report month (warning, as DOMAIN §9.1 period). */
export function checkCncaPeriod(sheet: ParsedSheet, ctx: CheckContext): void {
  const month = ctx.month;
  if (!month) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const days = EVENTS.map((k) => ({ k, d: sheet.num(k, i) })).filter((x) => x.d !== undefined);
    const first = days[0];
    if (
      !first ||
      first.d === undefined ||
      days.some((x) => (x.d ?? 0) >= month.first && (x.d ?? 0) <= month.last)
    )
      continue;
    ctx.sink.add("PERIOD-OUTSIDE-MONTH", sheet.name, sheet.rows[i] ?? 0, sheet.col(first.k), {
      ...sheet.columnParams(first.k),
      date: toIso(first.d),
      month: month.text,
    });
  }
}
