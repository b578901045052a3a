/**
 * Many reports of one register merged by certificate number (issue 10 item 1): the latest report
 * of a certificate wins. "Latest" is the report's 取数截止日期 where the layout carries it, else the
 * latest date the row itself carries (status change, issue, audit end); on the same date the file
 * given later wins, and if the two disagree about the status that is a finding, never a silent pick.
 * Every replacement is recorded so the merge can be explained.
 */
import { toIso } from "../dates/civil";
import type { StatsSink } from "./findings";
import type { MergeReport, RegisterRecord, SheetRead, Supersession } from "./types";

export interface Merged {
  /** Certificate number → the winning record. */
  latest: Map<string, RegisterRecord>;
  /** Certificate number → every record, for the numbers reported more than once (most are not). */
  history: Map<string, RegisterRecord[]>;
  /** Rows with data but no certificate number. */
  withoutNumber: RegisterRecord[];
  report: MergeReport;
}

/** When a record was reported: its report date, else the latest date it carries. */
export function reportedOn(record: RegisterRecord): number {
  if (record.reportDate !== undefined) return record.reportDate;
  // Four comparisons, not a list per call: merging asks this of every certificate reported twice.
  let latest = Number.NEGATIVE_INFINITY;
  const { statusDate, issueDate, auditEnd, suspendStart } = record;
  if (statusDate !== undefined && statusDate > latest) latest = statusDate;
  if (issueDate !== undefined && issueDate > latest) latest = issueDate;
  if (auditEnd !== undefined && auditEnd > latest) latest = auditEnd;
  if (suspendStart !== undefined && suspendStart > latest) latest = suspendStart;
  return latest;
}

/** "file:sheet!" of each sheet, built once: a merge of monthly reports names a row 200 000 times. */
const sheetPrefix = new WeakMap<object, string>();

/** file:sheet!row, the way a merge explanation names a row. */
export function whereOf(record: { src: { file: string; sheet: string }; row: number }): string {
  let prefix = sheetPrefix.get(record.src);
  if (prefix === undefined) sheetPrefix.set(record.src, (prefix = `${record.src.file}:${record.src.sheet}!`));
  return prefix + record.row;
}

function later(a: RegisterRecord, da: number, b: RegisterRecord, db: number): boolean {
  if (da !== db) return da > db;
  if (a.src.order !== b.src.order) return a.src.order > b.src.order;
  return a.row > b.row;
}

const STATUS_LABEL: Readonly<Record<string, string>> = {
  "01": "有效",
  "02": "暂停",
  "03": "撤销",
  "04": "注销",
  "05": "过期失效",
};

export function statusLabel(record: RegisterRecord): string {
  return record.status ? (STATUS_LABEL[record.status] ?? record.status) : "（空）";
}

/**
 * The first earlier row of the same sheet with the same number and activity (a duplicate). Every
 * earlier row of a number is the current one or in its history, in input order: no index of its own.
 */
function firstInSheet(record: RegisterRecord, current: RegisterRecord, list: RegisterRecord[] | undefined) {
  if (!list) return current.src === record.src && current.activity === record.activity ? current : undefined;
  for (const r of list) if (r.src === record.src && r.activity === record.activity) return r;
  return undefined;
}

export function mergeRecords(
  records: readonly RegisterRecord[],
  sheets: readonly SheetRead[],
  sink: StatsSink,
): Merged {
  const latest = new Map<string, RegisterRecord>();
  const history = new Map<string, RegisterRecord[]>();
  const withoutNumber: RegisterRecord[] = [];
  const superseded: Supersession[] = [];
  let conflicts = 0;
  for (const record of records) {
    if (record.certNo === "") {
      withoutNumber.push(record);
      sink.add("STATS-CERTNO-MISSING", record, "certNo", {});
      continue;
    }
    const current = latest.get(record.certNo);
    if (!current) {
      latest.set(record.certNo, record);
      continue;
    }
    const list = history.get(record.certNo);
    const first = firstInSheet(record, current, list);
    if (first)
      sink.add(
        "STATS-DUPLICATE",
        record,
        "certNo",
        {
          certNo: record.certNo,
          otherRow: first.row,
          activity: record.activity ? `，审核活动均为「${record.activity}」` : "",
          activityEn: record.activity ? `, both for activity ${record.activity}` : "",
        },
        record.certNo,
      );
    if (list) list.push(record);
    else history.set(record.certNo, [current, record]);
    const day = reportedOn(record);
    const currentDay = reportedOn(current);
    const winner = later(record, day, current, currentDay) ? record : current;
    const loser = winner === record ? current : record;
    if (day === currentDay && record.src !== current.src && record.status !== current.status) {
      conflicts++;
      sink.add(
        "STATS-MERGE-CONFLICT",
        winner,
        "certStatus",
        {
          certNo: record.certNo,
          date: Number.isFinite(day) ? toIso(day) : "（无日期）",
          kept: whereOf(winner),
          keptStatus: statusLabel(winner),
          other: whereOf(loser),
          otherStatus: statusLabel(loser),
        },
        record.certNo,
      );
    }
    if (winner !== current) latest.set(record.certNo, winner);
    superseded.push({ certNo: record.certNo, kept: whereOf(winner), replaced: whereOf(loser) });
  }
  const used = sheets.filter((s) => s.kind === "certificates");
  return {
    latest,
    history,
    withoutNumber,
    report: {
      files: new Set(used.map((s) => s.file)).size,
      sheets: used.length,
      rows: records.length,
      certificates: latest.size,
      superseded,
      conflicts,
    },
  };
}
