/**
 * Reads one sheet into statistics records by field meaning: certificate rows from a friendly
 * 证书台账 or 月报, a CNCA 证书信息表 (2016, 2015, 2014) or the 59-field 月报; team rows from a
 * 审核结果信息表 / 审核组成员 sheet; auditors from the 审核人员年报. Values that are present but
 * unreadable are kept on the record (`unreadable`) so they are listed and counted, never dropped.
 */
import type { EpochDay } from "../dates/civil";
import type { CellValue, SheetGrid } from "../validation/sheet";
import { recogniseStatsSheet } from "./recognise";
import type {
  AuditorRecord,
  RegisterRecord,
  SheetRead,
  SheetSource,
  StatsInput,
  TeamRecord,
  Unreadable,
} from "./types";
import {
  cellText,
  certNoOf,
  dateOf,
  mainOfSubNo,
  marksOf,
  numberOf,
  schemeOfCertNo,
  scopesOf,
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

/** The fields a certificate row is read from: 0-based columns looked up once per sheet, -1 when absent. */
const CERT_FIELDS = [
  "certNo",
  "certStatus",
  "scope",
  "subCert",
  "mainCertNo",
  "scheme",
  "schemeCode",
  "division",
  "accreditation",
  "activity",
  "risk",
  "statusDate",
  "changeDate",
  "withdrawDate",
  "suspendStart",
  "suspendEnd",
  "issueDate",
  "expiryDate",
  "auditStart",
  "auditEnd",
  "auditDays",
  "employees",
  "fetchEnd",
] as const;

type CertField = (typeof CERT_FIELDS)[number];

/**
 * Reads certificate rows of one sheet. Columns are resolved once (not a name lookup per cell) and
 * unreadable values are collected in one scratch list, copied only for the rare row that has any.
 */
class CertificateReader {
  private readonly at: Record<CertField, number>;
  private row: Row = [];
  private readonly bad: Unreadable[] = [];

  constructor(private readonly src: SheetSource) {
    const at = {} as Record<CertField, number>;
    for (const field of CERT_FIELDS) at[field] = (src.columns[field] ?? 0) - 1;
    this.at = at;
  }

  private cell(field: CertField): CellValue | undefined {
    const column = this.at[field];
    return column < 0 ? undefined : this.row[column];
  }

  private text(field: CertField): string {
    return cellText(this.cell(field));
  }

  /** A date; an unreadable one is noted and read as absent. */
  private date(field: CertField): EpochDay | undefined {
    const value = this.cell(field);
    const day = dateOf(value);
    if (day === null) {
      this.bad.push({ meaning: field, value: cellText(value) });
      return undefined;
    }
    return day;
  }

  private number(field: CertField): number | undefined {
    const value = this.cell(field);
    const n = numberOf(value);
    if (n === null) {
      this.bad.push({ meaning: field, value: cellText(value) });
      return undefined;
    }
    return n;
  }

  /** The day the row's status took effect, from whichever field the layout carries. */
  private statusDate(
    status: RegisterRecord["status"],
    suspendStart: EpochDay | undefined,
  ): EpochDay | undefined {
    const own = this.date("statusDate");
    if (own !== undefined) return own;
    const change = this.date("changeDate");
    if (status === "02") return suspendStart ?? change;
    if (status === "03") return this.date("withdrawDate") ?? change;
    return change;
  }

  read(rowNumber: number, row: Row): RegisterRecord {
    this.row = row;
    const bad = this.bad;
    bad.length = 0;
    const certNo = certNoOf(this.cell("certNo"));
    const statusText = this.text("certStatus");
    const status = statusOf(statusText);
    if (statusText !== "" && status === undefined) bad.push({ meaning: "status", value: statusText });
    const subText = this.text("subCert");
    const mainNo = certNoOf(this.cell("mainCertNo"));
    const sub = subFlagOf(subText) ?? (mainNo !== "" || mainOfSubNo(certNo) !== undefined);
    const schemeText = this.text("scheme") || this.text("schemeCode");
    const divisionText = this.text("division");
    const division =
      divisionText.endsWith(".0") || divisionText.endsWith("0")
        ? divisionText.replace(/\.0+$/, "")
        : divisionText;
    const suspendStart = this.date("suspendStart");
    // One literal with every field (undefined where absent): records share one shape, which keeps
    // 200 000 of them cheap for V8. Fields are read in the order their unreadable values are listed.
    const record: RegisterRecord = {
      certNo,
      src: this.src,
      row: rowNumber,
      status,
      statusDate: undefined,
      issueDate: this.date("issueDate"),
      expiryDate: this.date("expiryDate"),
      scopes: scopesOf(this.text("scope")),
      division: division === "" ? undefined : division,
      scheme: schemeText !== "" ? upper(schemeText) : schemeOfCertNo(certNo),
      sub,
      mainCertNo: sub ? mainNo || mainOfSubNo(certNo) : undefined,
      marks: marksOf(this.text("accreditation")),
      activity: this.text("activity") || undefined,
      auditStart: this.date("auditStart"),
      auditEnd: this.date("auditEnd"),
      auditDays: this.number("auditDays"),
      employees: this.number("employees"),
      risk: this.text("risk") || undefined,
      suspendStart,
      suspendEnd: this.date("suspendEnd"),
      reportDate: this.date("fetchEnd"),
      unreadable: NONE,
    };
    record.statusDate = this.statusDate(status, suspendStart);
    // Most rows read cleanly: they share one empty list instead of each keeping its own.
    if (bad.length > 0) record.unreadable = bad.slice();
    return record;
  }
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
  const certificates = found.kind === "certificates" ? new CertificateReader(src) : null;
  let rows = 0;
  const take = (r: number, row: Row): void => {
    rows++;
    reader.row = row;
    if (certificates) into.registers.push(certificates.read(r, row));
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
