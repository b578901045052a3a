/**
 * A register of a few thousand rows generated from a fixed seed, with every statistics check and
 * every state sown in it at fixed rates: a friendly 证书台账 (dates as ISO text, Date objects,
 * serial numbers, Chinese and slashed text, some unreadable or missing; unknown and blank statuses;
 * full-width and lower-case numbers; duplicates; sub-certificates with, without and outliving their
 * main one), four monthly CNCA 2016 证书信息表 (two with the same 取数截止日期 that disagree, numbers
 * used again after withdrawal, audit days below the table, accreditation marks), a CNCA
 * 审核结果信息表 (overlaps, stages, an auditor over 180 days) and a friendly 审核人员年报.
 * equivalence.test.ts compares the statistics of it with a fixture made by the code before the
 * speed work, so a faster statistics that changes any count or finding fails.
 */
import { seeded } from "../../../bench/random";
import { addYears, fromYmd, toExcelSerial, toIso, toYmd, type EpochDay } from "../../../core/dates/civil";
import { idCheckChar } from "../../../core/ids";
import { listLayouts } from "../../../core/validation/layouts";
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import { cnca2016Grid, cncaTeamGrid, registerGrid } from "./grids";

const rng = () => seeded(20251231);

const DIVISIONS = ["310115", "440305", "330106", "320106", "110108", "420106", "510107", "370202"];
const SCOPES = ["29.07", "19.05;29.07", "33.02", "03.05", "28.01", "35.01;03.05", "03", "3.1"];
const STATUSES = ["有效", "有效", "有效", "有效", "有效", "有效", "暂停", "撤销", "注销", "过期失效"];
const CODES: Readonly<Record<string, string>> = {
  有效: "01",
  暂停: "02",
  撤销: "03",
  注销: "04",
  过期失效: "05",
};

function certNo(i: number, year: number): string {
  return `0812${String(year).slice(2)}HG${String(i).padStart(6, "0")}R0${i % 3}0`;
}

/** A date in one of the forms registers hold it in, chosen by the row number. */
function dateCell(day: EpochDay, i: number): CellValue {
  const { y, m, d } = toYmd(day);
  if (i % 7 === 0) return new Date(Date.UTC(y, m - 1, d));
  if (i % 11 === 0) return toExcelSerial(day);
  if (i % 13 === 0) return `${y}/${m}/${d}`;
  if (i % 17 === 0) return `${y}年${m}月${d}日`;
  if (i % 19 === 0) return y * 10000 + m * 100 + d;
  return toIso(day);
}

interface Cert {
  i: number;
  certNo: string;
  issue: EpochDay;
  expiry: EpochDay;
  status: string;
  statusDate: EpochDay | null;
  scope: string;
  division: string;
  main: string | null;
}

function registerCerts(rows: number): Cert[] {
  const { next, pick } = rng();
  const certs: Cert[] = [];
  for (let i = 1; i <= rows; i++) {
    const year = 2021 + Math.floor(next() * 5);
    const issue =
      i % 300 === 17
        ? fromYmd(2026, 2, 3)
        : fromYmd(year, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
    const status = pick(STATUSES);
    const sub = i % 25 === 0;
    const main = sub ? (i % 250 === 0 ? certNo(i + 100_000, year) : (certs[i - 2]?.certNo ?? null)) : null;
    const own = certNo(i, year);
    certs.push({
      i,
      certNo: i % 41 === 0 ? (certs[i - 2]?.certNo ?? own) : main ? `${main}-1` : own,
      issue,
      expiry: addYears(issue, i % 90 === 4 ? 4 : i % 75 === 0 ? 5 : 3) - 1,
      status,
      statusDate:
        status === "有效"
          ? null
          : status === "暂停" && i % 3 === 0
            ? fromYmd(2025, 1, 10)
            : issue + Math.floor(next() * 500),
      scope: pick(SCOPES),
      division: pick(DIVISIONS),
      main,
    });
  }
  return certs;
}

function registerCells(c: Cert): CellValue[] {
  const i = c.i;
  let no: CellValue = c.certNo;
  if (i % 97 === 5) no = null;
  else if (i % 53 === 9) no = ` ${c.certNo.toLowerCase()} `;
  else if (i % 61 === 3)
    no = c.certNo.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  let status: CellValue = c.status;
  if (i % 200 === 7) status = "作废";
  else if (i % 150 === 13) status = null;
  else if (i % 170 === 20) status = `${CODES[c.status] ?? "01"} ${c.status}`;
  else if (i % 180 === 30) status = Number(CODES[c.status] ?? "1");
  else if (i % 37 === 1) status = ` ${c.status}\u3000`;
  let issue: CellValue = dateCell(c.issue, i);
  if (i % 120 === 19) issue = "2025-13-01";
  else if (i % 130 === 21) issue = null;
  let expiry: CellValue = dateCell(c.expiry, i + 1);
  if (i % 140 === 6) expiry = "明年";
  else if (i % 160 === 8) expiry = null;
  let statusDate: CellValue = c.statusDate === null ? null : dateCell(c.statusDate, i + 2);
  if (i % 70 === 2) statusDate = null;
  else if (i % 110 === 12 && statusDate !== null) statusDate = "不详";
  let scope: CellValue = c.scope;
  if (i % 80 === 1) scope = "99.01";
  else if (i % 85 === 2) scope = null;
  else if (i % 95 === 3) scope = "29.07；88";
  else if (i % 29 === 4) scope = c.scope.replace(";", "、 ");
  let division: CellValue = c.division;
  if (i % 200 === 11) division = "999999";
  else if (i % 210 === 12) division = null;
  else if (i % 77 === 5) division = Number(c.division);
  else if (i % 79 === 6) division = `${c.division}.0`;
  const sub = c.main === null ? (i % 9 === 0 ? "主证书" : null) : i % 2 === 0 ? "子证书" : "是";
  return [
    no,
    `组织${i}`,
    i % 43 === 0 ? "hg" : "HG",
    scope,
    division,
    issue,
    expiry,
    status,
    statusDate,
    sub,
  ];
}

/** One month of CNCA 证书信息表: re-reports of register certificates, new ones, and faults. */
function monthlyRows(
  certs: readonly Cert[],
  month: number,
  rows: number,
  seed: number,
  codes: string[],
): Array<Record<string, CellValue>> {
  const { next, pick } = seeded(seed);
  const fetchEnd = toIso(fromYmd(2025, month + 1, 1) - 1);
  const out: Array<Record<string, CellValue>> = [];
  for (let j = 1; j <= rows; j++) {
    const old = j % 2 === 0 ? certs[(j * 7 + month) % certs.length] : undefined;
    const fresh = 50_000 + month * 1000 + j;
    const issue =
      old && j % 10 !== 0
        ? old.issue
        : fromYmd(2025, 1 + Math.floor(next() * month), 1 + Math.floor(next() * 28));
    const no = old ? old.certNo : certNo(fresh, 2025);
    const status = pick(codes);
    const statusDay = issue + 30 + Math.floor(next() * 200);
    const sub = j % 31 === 0;
    const scope = pick(SCOPES).replace(";", "；");
    out.push({
      certNo: sub ? `${no}-2` : no,
      certStatus: j % 157 === 3 ? "07" : status,
      issueDate:
        j % 5 === 0 ? new Date(Date.UTC(toYmd(issue).y, toYmd(issue).m - 1, toYmd(issue).d)) : toIso(issue),
      expiryDate: toIso(addYears(issue, j % 113 === 0 ? 4 : 3) - 1),
      scope: j % 67 === 0 ? "88.01" : scope,
      division: j % 89 === 0 ? "990000" : pick(DIVISIONS),
      subCert: sub ? "1" : "0",
      mainCertNo: sub ? no : null,
      withdrawDate: status === "03" && j % 23 !== 0 ? toIso(statusDay) : null,
      suspendStart: status === "02" ? (j % 29 === 0 ? "2025-02-30" : toIso(statusDay)) : null,
      suspendEnd: status === "02" && j % 4 === 0 ? toIso(statusDay + 250) : null,
      changeDate: status === "01" ? null : toIso(statusDay),
      activity: pick(["0301", "0302", "01", "02", "05", "03"]),
      employees: j % 101 === 0 ? "很多" : 5 + ((j * 13) % 400),
      auditDays: j % 9 === 0 ? 0.5 : 2 + (j % 7),
      risk: pick(["01", "02", "03"]),
      accreditation: pick(["01", "", "00", "CNAS", "99", "01；02"]),
      auditStart: `${toIso(issue - 20)} 09:00:00`,
      auditEnd: `${toIso(issue - 18)} 17:00:00`,
      fetchEnd: j % 211 === 0 ? "取数日" : fetchEnd,
    });
  }
  return out;
}

function idNo(n: number): string {
  const seventeen = `1101051980${String(1 + (n % 12)).padStart(2, "0")}${String(1 + (n % 28)).padStart(2, "0")}${String(100 + n).slice(-3)}`;
  return seventeen + idCheckChar(seventeen);
}

/** Audit teams: stage 1 and 2 of new certificates, one busy auditor, overlaps and a changed team. */
function teamRows(rows: number): Array<Record<string, CellValue>> {
  const out: Array<Record<string, CellValue>> = [];
  const member = (cert: string, stage: string, start: EpochDay, days: number, person: number) => ({
    certNo: cert,
    stage,
    auditStart: `${toIso(start)} 09:00:00`,
    auditEnd: `${toIso(start + days - 1)} 17:00:00`,
    name: `审核员${person}`,
    idNo: person % 13 === 0 ? null : idNo(person),
    qualification: person % 4 === 0 ? "03" : "02",
  });
  for (let k = 0; out.length < rows; k++) {
    const cert = certNo(90_000 + k, 2025);
    const start = fromYmd(2025, 1, 2) + ((k * 3) % 340);
    const lead = k % 20;
    out.push(member(cert, "0101", start, 1, lead));
    out.push(member(cert, "0102", start + 14, 2, k % 11 === 0 ? (lead + 1) % 20 : lead));
    // 审核员 99 audits every fourth day for 3 days: over 180 days in 2025 and overlapping itself.
    out.push(member(cert, "03", fromYmd(2024, 12, 20) + k * 2, 3, 99));
  }
  return out;
}

function friendlyGrid(role: string, name: string, rows: Array<Record<string, CellValue>>): SheetGrid {
  const sheet = listLayouts()
    .find((l) => l.id === "friendly")
    ?.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`friendly ${role} missing`);
  return {
    name,
    cells: [
      sheet.columns.map((c) => c.header),
      ...rows.map((v) => sheet.columns.map((c) => v[c.meaning] ?? null)),
    ],
  };
}

function auditorRows(rows: number): Array<Record<string, CellValue>> {
  return Array.from({ length: rows }, (_, k) => ({
    name: `审核员${k}`,
    idNo: k % 13 === 0 ? null : idNo(k),
    totalDays: k % 17 === 0 ? "二百" : k % 7 === 0 ? 181 + k : 60 + k,
  }));
}

export interface GeneratedFile {
  file: string;
  grids: SheetGrid[];
}

/** The files of the generated register, in the order they are given to statistics. */
export function generatedStatsFiles(registerRows: number, monthRows: number): GeneratedFile[] {
  const certs = registerCerts(registerRows);
  const all = ["01", "01", "01", "01", "02", "03", "04", "05"];
  return [
    { file: "证书台账.xlsx", grids: [registerGrid("证书台账", certs.map(registerCells))] },
    { file: "2025-10.xlsx", grids: [cnca2016Grid(monthlyRows(certs, 10, monthRows, 10, all))] },
    { file: "2025-11.xlsx", grids: [cnca2016Grid(monthlyRows(certs, 11, monthRows, 11, all))] },
    { file: "2025-12.xlsx", grids: [cnca2016Grid(monthlyRows(certs, 12, monthRows, 12, all))] },
    // A corrected December report: the same 取数截止日期, the same rows, statuses that disagree.
    {
      file: "2025-12 补报.xlsx",
      grids: [cnca2016Grid(monthlyRows(certs, 12, monthRows / 4, 12, ["03", "04"]))],
    },
    { file: "审核组.xlsx", grids: [cncaTeamGrid(teamRows(600))] },
    { file: "审核人员.xlsx", grids: [friendlyGrid("auditors", "审核人员年报", auditorRows(40))] },
  ];
}
