/**
 * The counts the self-inspection report asks for (002 附件 一: 近年发放证书数和暂停、撤销、注销证书数):
 * per year, certificates issued, and suspensions, withdrawals and cancellations that took effect in
 * it. Events come from every report, not only the latest, so a suspension later lifted still
 * counts in its year; one event reported in several monthly files counts once.
 */
import { yearOf } from "../dates/civil";
import type { Merged } from "./merge";
import type { YearCounts } from "./types";

export function selfInspectionCounts(merged: Merged, year: number, years: number): YearCounts[] {
  const counts = new Map<number, YearCounts>();
  for (let y = year - years + 1; y <= year; y++)
    counts.set(y, { year: y, issued: 0, suspended: 0, withdrawn: 0, cancelled: 0 });
  const seen = new Set<string>();
  const count = (certNo: string, kind: "suspended" | "withdrawn" | "cancelled", day: number | undefined) => {
    if (day === undefined) return;
    const entry = counts.get(yearOf(day));
    const key = `${certNo}|${kind}|${day}`;
    if (!entry || seen.has(key)) return;
    seen.add(key);
    entry[kind]++;
  };
  for (const [certNo, records] of merged.history) {
    const latest = merged.latest.get(certNo);
    if (latest?.sub) continue;
    if (latest?.issueDate !== undefined) {
      const entry = counts.get(yearOf(latest.issueDate));
      if (entry) entry.issued++;
    }
    for (const r of records) {
      if (r.suspendStart !== undefined) count(certNo, "suspended", r.suspendStart);
      else if (r.status === "02") count(certNo, "suspended", r.statusDate);
      if (r.status === "03") count(certNo, "withdrawn", r.statusDate);
      if (r.status === "04") count(certNo, "cancelled", r.statusDate);
    }
  }
  return [...counts.values()];
}
