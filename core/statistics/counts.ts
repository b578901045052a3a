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
  type Kind = "suspended" | "withdrawn" | "cancelled";
  for (const [certNo, latest] of merged.latest) {
    if (latest.sub) continue;
    if (latest.issueDate !== undefined) {
      const entry = counts.get(yearOf(latest.issueDate));
      if (entry) entry.issued++;
    }
    const records = merged.history.get(certNo) ?? [latest];
    // One event reported in several files counts once; most numbers have a single record.
    const seen = records.length > 1 ? new Set<string>() : null;
    const count = (kind: Kind, day: number | undefined) => {
      if (day === undefined) return;
      const entry = counts.get(yearOf(day));
      if (!entry) return;
      if (seen) {
        const key = `${kind}${day}`;
        if (seen.has(key)) return;
        seen.add(key);
      }
      entry[kind]++;
    };
    for (const r of records) {
      if (r.suspendStart !== undefined) count("suspended", r.suspendStart);
      else if (r.status === "02") count("suspended", r.statusDate);
      if (r.status === "03") count("withdrawn", r.statusDate);
      if (r.status === "04") count("cancelled", r.statusDate);
    }
  }
  return [...counts.values()];
}
