/**
 * A bench-like workbook generated from a fixed seed (bench/validate.ts's register, a few thousand
 * rows), with faults sown at fixed rates across every check the hot paths touch: codes with bad
 * check characters, typos, full-width and invisible characters, numbers that lost their zeros,
 * dates in every accepted form and some unreadable, duplicates, wrong cycles, sub-certificates
 * without their main one, expired certificates reported valid, audit time below the table, and
 * team, status and auditor sheets beside it. Cells are typed as the xlsx reader hands them over
 * (text, numbers, Date objects at UTC midnight, error values).
 * The findings on it are compared with a fixture made once by the code before the speed work
 * (equivalence.test.ts), so a faster check that changes any finding fails.
 */
import { auditDays } from "../../../core/audit-time";
import { makeCertNo } from "../../../core/certno";
import { addYears, fromYmd, toYmd, type EpochDay } from "../../../core/dates/civil";
import { idCheckChar } from "../../../core/ids";
import type { CellValue, SheetGrid } from "../../../core/validation";
import { randomUscc, seeded, type Seeded } from "../../../bench/random";
import { CERT, cncaGrid, TEAM } from "./cnca/fixtures";
import { grid, type Row } from "./fixtures";

const DIVISIONS = ["310115", "440305", "330106", "320106", "110108", "420106", "510107", "370202"];
const SCOPES = [
  { scope: "29.07", risk: "低", coverage: "电子产品及配件的批发和零售所涉及的合规管理活动" },
  { scope: "19.05", risk: "中", coverage: "电子元器件的设计、生产和销售所涉及的合规管理活动" },
  { scope: "33.02", risk: "中", coverage: "计算机应用软件的开发和技术服务所涉及的合规管理活动" },
  { scope: "03.05", risk: "高", coverage: "糕点、饮料的生产和销售所涉及的合规管理活动" },
  { scope: "28.01", risk: "高", coverage: "房屋建筑工程施工所涉及的合规管理活动" },
];
const ACTIVITIES = [
  { label: "0301 第一次监督审核", type: "surveillance", issueYear: 2025 },
  { label: "0302 第二次监督审核", type: "surveillance", issueYear: 2024 },
  { label: "01 初次认证", type: "initial", issueYear: 2026 },
  { label: "02 再认证", type: "recertification", issueYear: 2026 },
];

const utc = (day: EpochDay): Date => {
  const { y, m, d } = toYmd(day);
  return new Date(Date.UTC(y, m - 1, d));
};

function idNumber(rng: Seeded, division: string): string {
  const birth = toYmd(fromYmd(1960, 1, 1) + Math.floor(rng.next() * 14000));
  const body = `${division}${birth.y}${String(birth.m).padStart(2, "0")}${String(birth.d).padStart(2, "0")}${String(Math.floor(rng.next() * 1000)).padStart(3, "0")}`;
  return body + idCheckChar(body);
}

/** Full-width forms of ASCII letters and digits (NFKC turns them back). */
const fullWidth = (text: string): string =>
  text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

type Fault = (row: Row, rng: Seeded, previous: Row | undefined) => void;

/** One fault per entry; a faulty row gets one or two of them. */
const MONTHLY_FAULTS: Fault[] = [
  (r) => (r.uscc = `${String(r.uscc).slice(0, 17)}${String(r.uscc).endsWith("0") ? "1" : "0"}`),
  (r) => (r.uscc = `${String(r.uscc).slice(0, 10)}O${String(r.uscc).slice(11)}`),
  (r) => (r.uscc = fullWidth(String(r.uscc))),
  (r) => (r.uscc = `\u200B${String(r.uscc)}`),
  (r) => (r.uscc = String(r.uscc).toLowerCase()),
  (r) => (r.uscc = ` ${String(r.uscc).slice(0, 6)}-${String(r.uscc).slice(6)} `),
  (r) => (r.uscc = String(r.uscc).slice(0, 9)),
  (r) => (r.uscc = "91999999MA1FL7Q28X"),
  (r) => (r.uscc = 913101150000000),
  (r) => (r.orgName = `${String(r.orgName)}\u3000`),
  (r) => (r.orgName = `${String(r.orgName)}\u00A0`),
  (r) => (r.orgName = null),
  (r) => (r.orgName = { error: "#N/A" }),
  (r) => (r.division = 310115),
  (r) => (r.division = "999999"),
  (r) => (r.division = "3101"),
  (r) => (r.postcode = 200120),
  (r) => (r.country = 156),
  (r) => (r.employees = "96"),
  (r) => (r.employees = "九十六"),
  (r) => (r.employees = -3),
  (r) => (r.capital = "1,000"),
  (r) => (r.risk = "极高"),
  (r) => (r.risk = " 高 "),
  (r) => (r.activity = 301),
  (r) => (r.activity = "第一次监督"),
  (r) => (r.activity = "04 变更"),
  (r) => (r.activity = "99"),
  (r) => (r.scope = 3.05),
  (r) => (r.scope = "29.07；03.05"),
  (r) => (r.scope = "XX.1"),
  (r) => (r.auditDays = Number(r.auditDays) - 2),
  (r) => (r.auditDays = "5.5"),
  (r) => (r.auditDays = 0),
  (r) => (r.auditEnd = utc(fromYmd(2026, 10, 1))),
  (r) => (r.auditStart = "2026/10/09"),
  (r) => (r.auditStart = 46304),
  (r) => (r.auditStart = "20261012"),
  (r) => (r.auditStart = "2026-13-01"),
  (r) => (r.auditEnd = "明天"),
  (r) => (r.issueDate = utc(fromYmd(2026, 10, 2))),
  (r) => (r.expiryDate = utc(fromYmd(2030, 12, 31))),
  (r) => (r.expiryDate = utc(fromYmd(2026, 10, 30))),
  (r) => (r.expiryDate = r.issueDate ?? null),
  (r, _, p) => {
    if (!p) return;
    r.certNo = p.certNo ?? null;
    r.activity = p.activity ?? null;
  },
  (r) => (r.certNo = `${String(r.certNo)}-2`),
  (r) => (r.certNo = String(r.certNo).replace("R0", "R1")),
  (r) => (r.certNo = String(r.certNo).replace("HG", "QQ")),
  (r) => (r.certNo = String(r.certNo).replace("HG", "EMS")),
  (r) => (r.certNo = `0812${String(r.certNo).slice(4, 9)}`),
  (r) => (r.certNo = ` ${String(r.certNo).toLowerCase()}`),
  (r) => (r.certNo = fullWidth(String(r.certNo))),
  (r) => (r.certNo = 81226),
  (r) => (r.subCert = "子证书"),
  (r) => (r.certStatus = "02 暂停"),
  (r) => (r.certStatus = "作废"),
  (r) => (r.accreditation = 0),
  (r) => (r.renewed = "是"),
  (r) => (r.multiSite = "TRUE"),
  (r) => (r.coverage = ""),
  (r) => (r.scheme = "GB/T 35770-2022"),
  (r) => (r.scheme = "环境管理体系"),
  (r) => (r.phone = true),
];

function monthlyRow(rng: Seeded, i: number): Row {
  const division = rng.pick(DIVISIONS);
  const scope = rng.pick(SCOPES);
  const activity = rng.pick(ACTIVITIES);
  const employees = rng.pick([18, 36, 60, 96, 168, 320, 880]);
  const start = fromYmd(2026, 10, 8) + Math.floor(rng.next() * 18);
  const issue =
    activity.issueYear === 2026
      ? start + 10
      : fromYmd(activity.issueYear, 10, 25) + Math.floor(rng.next() * 30);
  const days = auditDays(
    { employees, risk: scope.risk, type: activity.type, profile: "HG-HY" },
    { record: false },
  ).days;
  return {
    orgName: `第${i + 1}号样例合规科技有限公司`,
    uscc: randomUscc(rng, division),
    industry: "制造业",
    country: "156",
    division,
    address: `上海市浦东新区科技路${(i % 999) + 1}号`,
    postcode: "200120",
    phone: "021-58880000",
    legalRep: rng.pick(["王伟", "李娜", "张强", "刘洋", "陈静"]),
    capital: 1000,
    employees,
    scheme: "合规管理体系",
    activity: activity.label,
    auditStart: utc(start),
    auditEnd: utc(start + 1),
    auditDays: days,
    risk: scope.risk,
    scope: scope.scope,
    renewed: "否",
    accreditation: "00",
    certNo: makeCertNo({
      cbCode: "0812",
      year: activity.issueYear,
      seq: i + 1,
      cycle: activity.type === "recertification" ? 1 : 0,
      accreditation: "00",
      scheme: "HG",
    }),
    subCert: "主证书",
    multiSite: "否",
    coverage: scope.coverage,
    issueDate: utc(issue),
    expiryDate: utc(addYears(issue, 3) - 1),
    certStatus: "01 有效",
  };
}

const TEAM_FAULTS: Fault[] = [
  (r) => (r.idNo = `${String(r.idNo).slice(0, 17)}${String(r.idNo).endsWith("1") ? "2" : "1"}`),
  (r) => (r.idNo = Number(String(r.idNo).slice(0, 15))),
  (r) => (r.idNo = `${String(r.idNo).slice(0, 6)}20991231${String(r.idNo).slice(14)}`),
  (r) => (r.idNo = fullWidth(String(r.idNo))),
  (r) => (r.role = "队长"),
  (r) => (r.teamEnd = "2026-10-01"),
  (r) => (r.certNo = "081226HG99999R001"),
  (r) => (r.expertise = 3.05),
];

const STATUS_FAULTS: Fault[] = [
  (r) => (r.reportedDate = "2026-10-30"),
  (r) => (r.suspendEnd = "2027-06-30"),
  (r) => (r.suspendReason = "企业搬迁"),
  (r) => (r.status = "冻结"),
  (r) => (r.changeDate = null),
  (r) => (r.suspendStart = "2026-09-01"),
  (r, _, p) => {
    if (!p) return;
    r.certNo = p.certNo ?? null;
    r.status = p.status ?? null;
    r.changeDate = p.changeDate ?? null;
  },
];

function faulty(rng: Seeded, row: Row, faults: Fault[], rate: number, previous: Row | undefined): Row {
  if (!rng.chance(rate)) return row;
  rng.pick(faults)(row, rng, previous);
  if (rng.chance(0.25)) rng.pick(faults)(row, rng, previous);
  return row;
}

export interface GeneratedWorkbooks {
  /** The friendly layout: monthly, team, status and auditor sheets. */
  friendly: SheetGrid[];
  /** CNCA's upload layout (cnca-2016): certificates and team. */
  cnca: SheetGrid[];
}

/** The workbooks of `rows` monthly rows (team, status and CNCA sheets scale with it), from `seed`. */
export function generatedWorkbooks(rows: number, seed = 2026): GeneratedWorkbooks {
  // The same workbook on every run: the benches' seeded generator.
  const rng = seeded(seed);
  const monthly: Row[] = [];
  const team: Row[] = [];
  for (let i = 0; i < rows; i++) {
    const row = faulty(rng, monthlyRow(rng, i), MONTHLY_FAULTS, 0.1, monthly.at(-1));
    monthly.push(row);
    if (typeof row.certNo === "string") {
      const start = row.auditStart instanceof Date ? row.auditStart : utc(fromYmd(2026, 10, 8));
      for (const role of ["组长", "组员"]) {
        const member: Row = {
          certNo: row.certNo,
          name: rng.pick(["李四", "王五", "赵六", "孙七"]),
          idNo: idNumber(rng, rng.pick(DIVISIONS)),
          qualification: role === "组长" ? "高级审核员" : "审核员",
          role,
          fullTime: role === "组长" ? "是" : rng.pick(["是", "否"]),
          expertise: typeof row.scope === "string" ? row.scope.slice(0, 5) : "03.05",
          teamStart: start,
          teamEnd: row.auditEnd as CellValue,
        };
        team.push(faulty(rng, member, TEAM_FAULTS, 0.1, team.at(-1)));
      }
    }
  }
  const status: Row[] = [];
  for (let i = 0; i < Math.ceil(rows / 10); i++) {
    const changed = fromYmd(2026, 9, 1) + Math.floor(rng.next() * 50);
    const row: Row = {
      certNo: `081225HG${String(50000 + i).padStart(5, "0")}R000`,
      orgName: `第${i + 1}号暂停样例有限公司`,
      issueDate: "2025-03-01",
      expiryDate: "2028-02-29",
      status: "暂停",
      changeDate: utc(changed),
      suspendReason: "不能按照规定的时间间隔接受监督审核",
      suspendStart: utc(changed),
      suspendEnd: utc(changed + 120),
      reportedDate: utc(changed + 3),
    };
    status.push(faulty(rng, row, STATUS_FAULTS, 0.2, status.at(-1)));
  }
  const auditors: Row[] = [];
  for (let i = 0; i < Math.ceil(rows / 20); i++) {
    const idNo = idNumber(rng, rng.pick(DIVISIONS));
    const row: Row = {
      name: `审核员${i + 1}`,
      sex: Number(idNo.charAt(16)) % 2 === 1 ? "男" : "女",
      birth: `${idNo.slice(6, 10)}-${idNo.slice(10, 12)}`,
      education: "本科",
      employment: rng.pick(["专职", "兼职"]),
      residence: "南京",
      idNo,
      field: "HG",
      expertise: rng.pick(["03.01;29", "28", "19.05、33.02"]),
      totalDays: 120,
      fieldDays: 60,
      duty: "审核",
      hired: "2015-06-01",
    };
    if (rng.chance(0.1)) row.sex = row.sex === "男" ? "女" : "男";
    if (rng.chance(0.1)) row.birth = Number(`${idNo.slice(6, 10)}01`);
    if (rng.chance(0.05)) row.idNo = `${idNo.slice(0, 17)}${idNo.endsWith("1") ? "2" : "1"}`;
    if (rng.chance(0.05)) row.fieldDays = 200;
    auditors.push(row);
  }
  const certs: Row[] = [];
  const cncaTeam: Row[] = [];
  for (let i = 0; i < Math.ceil(rows / 10); i++) {
    const no = `081226HG${String(10000 + i).padStart(5, "0")}R000`;
    const cert: Row = { ...CERT, CERT_NUMBER: no, ORG_NAME: `样例公司${i}`, AUTH_PROJ_CODE: "A010103" };
    if (rng.chance(0.05)) cert.CERT_NUMBER = `${no.slice(0, 8)}${no.slice(9)}`;
    if (rng.chance(0.05)) cert.RELA_PEOP_NUM = "二十";
    if (rng.chance(0.05)) cert.RELA_PEOP_NUM = "880";
    if (rng.chance(0.05)) cert.ORG_NAME = ` ${String(cert.ORG_NAME)}`;
    if (rng.chance(0.05)) cert.ORG_CODE = `${String(cert.ORG_CODE).slice(0, 17)}0`;
    certs.push(cert);
    const people = [idNumber(rng, "320102"), idNumber(rng, "110105")];
    TEAM.forEach((t, k) =>
      cncaTeam.push({
        ...t,
        ID_CODE: people[k === 2 ? 1 : 0] ?? "",
        CERT_NUMBER: rng.chance(0.03) ? "081226HG00001R000" : no,
      }),
    );
  }
  return {
    friendly: [
      grid("monthly", monthly),
      grid("team", team),
      grid("status", status),
      grid("auditors", auditors),
    ],
    cnca: [cncaGrid("cnca-2016", "certificates", certs), cncaGrid("cnca-2016", "team", cncaTeam)],
  };
}
