/**
 * One certificate row read into a statistics record (read.ts finds the sheet and its rows). Hot:
 * 200 000 rows a register, so columns are resolved once per sheet (not a name lookup per cell),
 * dates, statuses, scopes and marks are read once per distinct text (words.ts), and unreadable
 * values gather in one scratch list copied only for the rare row that has any.
 */
import type { EpochDay } from "../dates/civil";
import type { CellValue } from "../validation/sheet";
import type { RegisterRecord, SheetSource, Unreadable } from "./types";
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

/** Reads the certificate rows of one sheet, one after the other. */
export class CertificateReader {
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

  /** A value read with `read` (null: present but unreadable, then noted and read as absent). */
  private parsed<T>(
    field: CertField,
    read: (value: CellValue | undefined) => T | null | undefined,
  ): T | undefined {
    const value = this.cell(field);
    const parsed = read(value);
    if (parsed === null) {
      this.bad.push({ meaning: field, value: cellText(value) });
      return undefined;
    }
    return parsed;
  }

  private date(field: CertField): EpochDay | undefined {
    return this.parsed(field, dateOf);
  }

  private number(field: CertField): number | undefined {
    return this.parsed(field, numberOf);
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
    const division = this.text("division").replace(/\.0+$/, "");
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
