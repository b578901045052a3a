/**
 * The counts the self-inspection report asks for (002 附件 一: 近年发放证书数和暂停、撤销、注销证书数):
 * per year, certificates issued, and suspensions, withdrawals and cancellations that took effect in
 * it. Events come from every report, not only the latest, so a suspension later lifted still
 * counts in its year; one event reported in several monthly files counts once.
 */
import { yearOf } from "../dates/civil";
import type { Merged } from "./merge";
import type { RegisterRecord, YearCounts } from "./types";

type Kind = "suspended" | "withdrawn" | "cancelled";

export function selfInspectionCounts(merged: Merged, year: number, years: number): YearCounts[] {
  const counts = new Map<number, YearCounts>();
  for (let y = year - years + 1; y <= year; y++)
    counts.set(y, { year: y, issued: 0, suspended: 0, withdrawn: 0, cancelled: 0 });
  // One event reported in several files counts once: events already counted, by kind and day.
  const seen: Record<Kind, Set<number>> = {
    suspended: new Set(),
    withdrawn: new Set(),
    cancelled: new Set(),
  };
  const count = (kind: Kind, day: number | undefined, once: boolean): void => {
    if (day === undefined) return;
    const entry = counts.get(yearOf(day));
    if (!entry) return;
    if (once) {
      if (seen[kind].has(day)) return;
      seen[kind].add(day);
    }
    entry[kind]++;
  };
  const events = (r: RegisterRecord, once: boolean): void => {
    if (r.suspendStart !== undefined) count("suspended", r.suspendStart, once);
    else if (r.status === "02") count("suspended", r.statusDate, once);
    if (r.status === "03") count("withdrawn", r.statusDate, once);
    if (r.status === "04") count("cancelled", r.statusDate, once);
  };
  for (const [certNo, latest] of merged.latest) {
    if (latest.sub) continue;
    if (latest.issueDate !== undefined) {
      const entry = counts.get(yearOf(latest.issueDate));
      if (entry) entry.issued++;
    }
    // Most numbers have a single record: no history to look through.
    const records = merged.history.size === 0 ? undefined : merged.history.get(certNo);
    if (!records) {
      events(latest, false);
      continue;
    }
    for (const set of Object.values(seen)) set.clear();
    for (const r of records) events(r, true);
  }
  return [...counts.values()];
}
