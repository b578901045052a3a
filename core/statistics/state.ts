/**
 * A certificate's state on a date (DOMAIN §10): 撤销 or 注销 when the register says so with a
 * change date on or before it; else 过期 when the expiry is before it, whatever the status says;
 * else 暂停 when suspended on or before it; else 有效. A state that cannot be decided (unknown
 * status, missing date) is "unclassified" with the reason, so it is counted under 无法归类.
 */
import type { EpochDay } from "../dates/civil";
import type { CertState, RegisterRecord } from "./types";

export type StateOf =
  | { kind: "state"; state: CertState; /** Day the state began, for 撤销/注销/过期. */ since?: EpochDay }
  | { kind: "notYetIssued" }
  | { kind: "unclassified"; reason: "status" | "missing" | "unreadable"; what: string; value?: string };

function badValue(record: RegisterRecord, meaning: string) {
  return record.unreadable.length === 0 ? undefined : record.unreadable.find((u) => u.meaning === meaning);
}

/**
 * The field the sheet gives that day in, as read.ts reads it: its own 状态变更日期, else the one of
 * this status (CNCA: 暂停开始时间 for 02, 撤销时间 for 03), else 变更日期. A layout with none of
 * them is asked for 状态变更日期.
 */
function dateField(record: RegisterRecord): string {
  const own = record.status === "02" ? "suspendStart" : record.status === "03" ? "withdrawDate" : undefined;
  for (const meaning of ["statusDate", own, "changeDate"])
    if (meaning !== undefined && record.src.columns[meaning] !== undefined) return meaning;
  return "statusDate";
}

/** A withdrawal, cancellation or suspension without the day it took effect. */
function needDate(record: RegisterRecord): StateOf {
  const u =
    badValue(record, "statusDate") ??
    badValue(record, "changeDate") ??
    badValue(record, "withdrawDate") ??
    (record.status === "02" ? badValue(record, "suspendStart") : undefined);
  return u
    ? { kind: "unclassified", reason: "unreadable", what: u.meaning, value: u.value }
    : { kind: "unclassified", reason: "missing", what: dateField(record) };
}

export function stateAsOf(record: RegisterRecord, asOf: EpochDay): StateOf {
  const bad = badValue(record, "status");
  if (bad) return { kind: "unclassified", reason: "status", what: "status", value: bad.value };
  if (record.issueDate === undefined) {
    const u = badValue(record, "issueDate");
    return u
      ? { kind: "unclassified", reason: "unreadable", what: "issueDate", value: u.value }
      : { kind: "unclassified", reason: "missing", what: "issueDate" };
  }
  if (record.issueDate > asOf) return { kind: "notYetIssued" };
  if (record.status === undefined)
    return { kind: "unclassified", reason: "status", what: "status", value: "（空）" };
  if (record.status === "03" || record.status === "04") {
    if (record.statusDate === undefined) return needDate(record);
    if (record.statusDate <= asOf)
      return { kind: "state", state: record.status === "03" ? "撤销" : "注销", since: record.statusDate };
  }
  if (record.expiryDate === undefined) {
    const u = badValue(record, "expiryDate");
    return u
      ? { kind: "unclassified", reason: "unreadable", what: "expiryDate", value: u.value }
      : { kind: "unclassified", reason: "missing", what: "expiryDate" };
  }
  if (record.expiryDate < asOf) return { kind: "state", state: "过期", since: record.expiryDate + 1 };
  if (record.status === "05" && (record.statusDate === undefined || record.statusDate <= asOf))
    return { kind: "state", state: "过期", since: record.statusDate ?? asOf };
  if (record.status === "02") {
    if (record.statusDate === undefined) return needDate(record);
    if (record.statusDate <= asOf) return { kind: "state", state: "暂停" };
  }
  return { kind: "state", state: "有效" };
}
