/**
 * Reads one sheet into statistics records by field meaning: certificate rows from a friendly
 * 证书台账 or 月报, a CNCA 证书信息表 (2016, 2015, 2014) or the 59-field 月报; team rows from a
 * 审核结果信息表 / 审核组成员 sheet; auditors from the 审核人员年报. Values that are present but
 * unreadable are kept on the record (`unreadable`) so they are listed and counted, never dropped.
 */
import type { EpochDay } from "../dates/civil";
import type { CellValue, SheetGrid } from "../validation/sheet";
import { recogniseStatsSheet } from "./recognise";
import type { AuditorRecord, RegisterRecord, SheetRead, SheetSource, StatsInput, TeamRecord } from "./types";
import {
  cellText,
  certNoOf,
  dateOf,
  mainOfSubNo,
  marksOf,
  numberOf,
  schemeOfCertNo,
  scopeCodeOf,
  splitList,
  statusOf,
  subFlagOf,
} from "./words";

type Row = readonly CellValue[];

const NONE: RegisterRecord["unreadable"] = Object.freeze([]) as unknown as RegisterRecord["unreadable"];

/** Upper case without a new string when the text already is. */
function upper(text: string): string {
  return /[a-z]/.test(text) ? text.toUpperCase() : text;
}

function blankRow(row: Row | undefined, columns: readonly number[]): boolean {
  if (!row) return true;
  return columns.every((c) => cellText(row[c - 1]) === "");
}

/** Reads the cells of one row by meaning; one reader per sheet, moved from row to row. */
class RowReader {
  row: Row = [];
  constructor(private readonly src: SheetSource) {}
  cell(meaning: string): CellValue | undefined {
    const column = this.src.columns[meaning];
    return column === undefined ? undefined : this.row[column - 1];
  }
  text(meaning: string): string {
    return cellText(this.cell(meaning));
  }
  /** A date; an unreadable one is noted on `bad` and read as absent. */
  date(meaning: string, bad: { meaning: string; value: string }[]): EpochDay | undefined {
    const value = this.cell(meaning);
    const day = dateOf(value);
    if (day === null) {
      bad.push({ meaning, value: cellText(value) });
      return undefined;
    }
    return day;
  }
  number(meaning: string, bad: { meaning: string; value: string }[]): number | undefined {
    const value = this.cell(meaning);
    const n = numberOf(value);
    if (n === null) {
      bad.push({ meaning, value: cellText(value) });
      return undefined;
    }
    return n;
  }
}

/** The day the row's status took effect, from whichever field the layout carries. */
function statusDateOf(
  record: RegisterRecord,
  r: RowReader,
  bad: RegisterRecord["unreadable"],
): EpochDay | undefined {
  const own = r.date("statusDate", bad);
  if (own !== undefined) return own;
  const change = r.date("changeDate", bad);
  if (record.status === "02") return record.suspendStart ?? change;
  if (record.status === "03") return r.date("withdrawDate", bad) ?? change;
  return change;
}

function certificateRecord(src: SheetSource, rowNumber: number, r: RowReader): RegisterRecord {
  const certNo = certNoOf(r.cell("certNo"));
  const unreadable: RegisterRecord["unreadable"] = [];
  const statusText = r.text("certStatus");
  if (statusText !== "" && statusOf(statusText) === undefined)
    unreadable.push({ meaning: "status", value: statusText });
  const scopes: string[] = [];
  for (const part of splitList(r.text("scope"))) scopes.push(scopeCodeOf(part) ?? part);
  const subText = r.text("subCert");
  const mainNo = certNoOf(r.cell("mainCertNo"));
  const sub = subFlagOf(subText) ?? (mainNo !== "" || mainOfSubNo(certNo) !== undefined);
  const schemeText = r.text("scheme") || r.text("schemeCode");
  const division = r.text("division").replace(/\.0+$/, "");
  const status = statusOf(statusText);
  const suspendStart = r.date("suspendStart", unreadable);
  // One literal with every field (undefined where absent): records share one shape, which keeps
  // 200 000 of them cheap for V8.
  const record: RegisterRecord = {
    certNo,
    src,
    row: rowNumber,
    status,
    statusDate: undefined,
    issueDate: r.date("issueDate", unreadable),
    expiryDate: r.date("expiryDate", unreadable),
    scopes,
    division: division === "" ? undefined : division,
    scheme: schemeText !== "" ? upper(schemeText) : schemeOfCertNo(certNo),
    sub,
    mainCertNo: sub ? mainNo || mainOfSubNo(certNo) : undefined,
    marks: marksOf(r.text("accreditation")),
    activity: r.text("activity") || undefined,
    auditStart: r.date("auditStart", unreadable),
    auditEnd: r.date("auditEnd", unreadable),
    auditDays: r.number("auditDays", unreadable),
    employees: r.number("employees", unreadable),
    risk: r.text("risk") || undefined,
    suspendStart,
    suspendEnd: r.date("suspendEnd", unreadable),
    reportDate: r.date("fetchEnd", unreadable),
    unreadable: NONE,
  };
  record.statusDate = statusDateOf(record, r, unreadable);
  // Most rows read cleanly: they share one empty list instead of each keeping its own.
  if (unreadable.length > 0) record.unreadable = unreadable;
  return record;
}

function teamRecord(src: SheetSource, rowNumber: number, r: RowReader): TeamRecord {
  const ignored: RegisterRecord["unreadable"] = [];
  const record: TeamRecord = { src, row: rowNumber, name: r.text("name") };
  const certNo = certNoOf(r.cell("certNo"));
  if (certNo !== "") record.certNo = certNo;
  const idNo = certNoOf(r.cell("idNo"));
  if (idNo !== "") record.idNo = idNo;
  const stage = r.text("stage");
  if (stage !== "") record.stage = stage;
  const qualification = r.text("qualification");
  if (qualification !== "") record.qualification = qualification;
  const start = r.date("auditStart", ignored) ?? r.date("teamStart", ignored);
  if (start !== undefined) record.start = start;
  const end = r.date("auditEnd", ignored) ?? r.date("teamEnd", ignored);
  if (end !== undefined) record.end = end;
  return record;
}

function auditorRecord(src: SheetSource, rowNumber: number, r: RowReader): AuditorRecord {
  const record: AuditorRecord = { src, row: rowNumber, name: r.text("name") };
  const idNo = certNoOf(r.cell("idNo"));
  if (idNo !== "") record.idNo = idNo;
  const days = numberOf(r.cell("totalDays"));
  if (typeof days === "number") record.totalDays = days;
  return record;
}

/** Adds what one sheet holds to `into`; `order` is the file's position among the inputs. */
export function readStatsSheet(grid: SheetGrid, file: string, order: number, into: StatsInput): SheetRead {
  const found = recogniseStatsSheet(grid.cells, grid.name);
  if (!found || found.kind === null) {
    const read: SheetRead = {
      file,
      sheet: grid.name,
      layout: found?.layout ?? null,
      kind: "ignored",
      rows: 0,
    };
    into.sheets.push(read);
    return read;
  }
  const src: SheetSource = {
    file,
    sheet: grid.name,
    layout: found.layout,
    layoutSheet: found.layoutSheet,
    columns: found.columns,
    order,
  };
  const columns = Object.values(found.columns);
  const reader = new RowReader(src);
  let rows = 0;
  const take = (r: number, row: Row): void => {
    rows++;
    reader.row = row;
    if (found.kind === "certificates") into.registers.push(certificateRecord(src, r, reader));
    else if (found.kind === "team") into.team.push(teamRecord(src, r, reader));
    else into.auditors.push(auditorRecord(src, r, reader));
  };
  if (found.rows) for (const r of found.rows) take(r, grid.cells[r - 1] ?? []);
  else
    for (let r = found.firstDataRow; r <= grid.cells.length; r++) {
      const row = grid.cells[r - 1];
      if (row && !blankRow(row, columns)) take(r, row);
    }
  const read: SheetRead = { file, sheet: grid.name, layout: found.layout, kind: found.kind, rows };
  into.sheets.push(read);
  return read;
}

export function emptyStatsInput(): StatsInput {
  return { registers: [], team: [], auditors: [], sheets: [] };
}
