/**
 * Writes the example workbooks (examples/README.md describes them):
 *   examples/monthly-clean.xlsx    获证组织基本信息月报 + 审核组成员 for October 2026, no errors
 *   examples/monthly-2026-10.xlsx  the same report with a few deliberate errors
 * Run: node cli/bin/run-ts.cjs scripts/make-examples.ts
 *
 * Everything is fictional but shaped like the real thing: organisations in real districts with
 * USCCs and ID numbers that pass their checksums (core/ids), audit person-days from the rules
 * (core/audit-time, the standard time of DOMAIN §9.1), certificate numbers by 001 App. C
 * (core/certno), teams whose leaders are full-time and competent in the activity's scope, and no
 * auditor on two audits at once. A seeded generator makes every run write the same content.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { auditDays, auditDaysMinimum } from "../core/audit-time";
import { makeCertNo } from "../core/certno";
import { addYears, fromYmd, toYmd, weekday, type EpochDay } from "../core/dates/civil";
import { idCheckChar, orgCodeCheckChar, usccCheckChar, USCC_CHARSET } from "../core/ids";
import { templateColumns } from "../core/validation/specs";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "examples");
const CB = "CNCA-R-2021-812";

// ── deterministic randomness ─────────────────────────────────────────────────────────────────
let seed = 20261031;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

// ── places, industries, people ────────────────────────────────────────────────────────────────
interface Place {
  division: string;
  city: string;
  district: string;
  postcode: string;
  area: string;
}
const PLACES: Place[] = [
  { division: "310115", city: "上海", district: "上海市浦东新区", postcode: "200120", area: "021" },
  { division: "310104", city: "上海", district: "上海市徐汇区", postcode: "200030", area: "021" },
  { division: "440305", city: "深圳", district: "深圳市南山区", postcode: "518057", area: "0755" },
  { division: "440304", city: "深圳", district: "深圳市福田区", postcode: "518048", area: "0755" },
  { division: "330106", city: "杭州", district: "浙江省杭州市西湖区", postcode: "310012", area: "0571" },
  { division: "320106", city: "南京", district: "江苏省南京市鼓楼区", postcode: "210008", area: "025" },
  { division: "110108", city: "北京", district: "北京市海淀区", postcode: "100080", area: "010" },
  { division: "110105", city: "北京", district: "北京市朝阳区", postcode: "100020", area: "010" },
  { division: "420106", city: "武汉", district: "湖北省武汉市武昌区", postcode: "430061", area: "027" },
  { division: "510107", city: "成都", district: "四川省成都市武侯区", postcode: "610041", area: "028" },
  { division: "370202", city: "青岛", district: "山东省青岛市市南区", postcode: "266071", area: "0532" },
  { division: "350203", city: "厦门", district: "福建省厦门市思明区", postcode: "361001", area: "0592" },
  { division: "430104", city: "长沙", district: "湖南省长沙市岳麓区", postcode: "410013", area: "0731" },
  { division: "610113", city: "西安", district: "陕西省西安市雁塔区", postcode: "710061", area: "029" },
  { division: "120116", city: "天津", district: "天津市滨海新区", postcode: "300450", area: "022" },
  { division: "500112", city: "重庆", district: "重庆市渝北区", postcode: "401120", area: "023" },
  { division: "340104", city: "合肥", district: "安徽省合肥市蜀山区", postcode: "230031", area: "0551" },
  { division: "320506", city: "苏州", district: "江苏省苏州市吴中区", postcode: "215104", area: "0512" },
  { division: "330212", city: "宁波", district: "浙江省宁波市鄞州区", postcode: "315100", area: "0574" },
  { division: "440106", city: "广州", district: "广东省广州市天河区", postcode: "510620", area: "020" },
];
const ROADS = [
  "科技路",
  "创新大道",
  "建设路",
  "人民路",
  "中山路",
  "学府路",
  "高新大道",
  "滨江路",
  "长江路",
  "光明街",
  "软件园路",
  "金融街",
];

interface Industry {
  scope: string;
  industry: string;
  word: string;
  wordEn: string;
  coverage: string;
  risk: "高" | "中" | "低";
}
/** Scope codes of 004 表A.1 with the default risk of DOMAIN §3.8. */
const INDUSTRIES: Industry[] = [
  {
    scope: "29.07",
    industry: "批发和零售业",
    word: "贸易",
    wordEn: "Trading",
    coverage: "电子产品及配件的批发和零售",
    risk: "低",
  },
  {
    scope: "29.12",
    industry: "批发和零售业",
    word: "供应链管理",
    wordEn: "Supply Chain",
    coverage: "日用百货的批发和零售",
    risk: "低",
  },
  {
    scope: "19.05",
    industry: "制造业",
    word: "电子科技",
    wordEn: "Electronic Technology",
    coverage: "电子元器件的设计、生产和销售",
    risk: "中",
  },
  {
    scope: "33.02",
    industry: "信息传输、软件和信息技术服务业",
    word: "软件",
    wordEn: "Software",
    coverage: "计算机应用软件的开发和技术服务",
    risk: "中",
  },
  {
    scope: "34.01",
    industry: "科学研究和技术服务业",
    word: "工程设计",
    wordEn: "Engineering Design",
    coverage: "建设工程设计和工程咨询服务",
    risk: "中",
  },
  {
    scope: "03.05",
    industry: "制造业",
    word: "食品",
    wordEn: "Foods",
    coverage: "糕点、饮料的生产和销售",
    risk: "高",
  },
  {
    scope: "12.01",
    industry: "制造业",
    word: "化工",
    wordEn: "Chemical",
    coverage: "水性涂料的生产和销售",
    risk: "高",
  },
  {
    scope: "28.01",
    industry: "建筑业",
    word: "建设工程",
    wordEn: "Construction Engineering",
    coverage: "房屋建筑工程和市政公用工程施工",
    risk: "高",
  },
  {
    scope: "32.02",
    industry: "租赁和商务服务业",
    word: "融资租赁",
    wordEn: "Financial Leasing",
    coverage: "融资租赁服务",
    risk: "中",
  },
  {
    scope: "35.04",
    industry: "租赁和商务服务业",
    word: "管理咨询",
    wordEn: "Management Consulting",
    coverage: "企业管理咨询服务",
    risk: "中",
  },
  {
    scope: "37.02",
    industry: "教育",
    word: "教育科技",
    wordEn: "Education Technology",
    coverage: "职业技能培训服务",
    risk: "低",
  },
  {
    scope: "30.01",
    industry: "住宿和餐饮业",
    word: "酒店管理",
    wordEn: "Hotel Management",
    coverage: "酒店住宿和餐饮服务",
    risk: "低",
  },
  {
    scope: "18.01",
    industry: "制造业",
    word: "机械",
    wordEn: "Machinery",
    coverage: "通用机械设备的生产和销售",
    risk: "中",
  },
  {
    scope: "31.01",
    industry: "交通运输、仓储和邮政业",
    word: "物流",
    wordEn: "Logistics",
    coverage: "普通货物道路运输和仓储服务",
    risk: "中",
  },
  {
    scope: "38.01",
    industry: "卫生和社会工作",
    word: "健康管理",
    wordEn: "Health Management",
    coverage: "养老机构运营和护理服务",
    risk: "高",
  },
];
const TRADE_NAMES = [
  "华鑫",
  "恒通",
  "瑞丰",
  "博远",
  "德信",
  "嘉禾",
  "睿达",
  "宏图",
  "天成",
  "金桥",
  "安泰",
  "汇智",
  "鼎盛",
  "致远",
  "同创",
  "明德",
  "海纳",
  "正和",
  "远航",
  "新锐",
  "永安",
  "合力",
  "华章",
  "创源",
  "中衡",
  "启明",
  "泰和",
  "云帆",
  "卓越",
  "信达",
];
const TRADE_PINYIN = [
  "Huaxin",
  "Hengtong",
  "Ruifeng",
  "Boyuan",
  "Dexin",
  "Jiahe",
  "Ruida",
  "Hongtu",
  "Tiancheng",
  "Jinqiao",
  "Antai",
  "Huizhi",
  "Dingsheng",
  "Zhiyuan",
  "Tongchuang",
  "Mingde",
  "Haina",
  "Zhenghe",
  "Yuanhang",
  "Xinrui",
  "Yongan",
  "Heli",
  "Huazhang",
  "Chuangyuan",
  "Zhongheng",
  "Qiming",
  "Taihe",
  "Yunfan",
  "Zhuoyue",
  "Xinda",
];
const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "林",
  "罗",
  "高",
  "郑",
  "梁",
  "谢",
  "宋",
  "唐",
  "许",
  "韩",
  "冯",
  "邓",
  "曹",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "志强",
  "晓东",
  "海燕",
  "文博",
  "思远",
  "雨涵",
  "子轩",
  "嘉怡",
  "浩然",
];

const personName = (): string => pick(SURNAMES) + pick(GIVEN) + (random() < 0.4 ? pick(GIVEN) : "");

function uscc(division: string): string {
  let body = "MA";
  while (body.length < 8) body += USCC_CHARSET.charAt(between(0, USCC_CHARSET.length - 1));
  const orgCode = body + orgCodeCheckChar(body);
  const seventeen = `91${division}${orgCode}`;
  return seventeen + usccCheckChar(seventeen);
}

function idNumber(division: string, birthYear: number, male: boolean): string {
  const birth = toYmd(fromYmd(birthYear, 1, 1) + between(0, 364));
  const digits = `${division}${birthYear}${String(birth.m).padStart(2, "0")}${String(birth.d).padStart(2, "0")}`;
  const seq = between(0, 49) * 2 + 1 + (male ? 0 : 1) + between(0, 4) * 100;
  const body = `${digits}${String(seq % 1000).padStart(3, "0")}`;
  return body + idCheckChar(body);
}

// ── auditors ──────────────────────────────────────────────────────────────────────────────────
type Qualification = "高级审核员" | "审核员" | "实习审核员" | "技术专家";
interface Person {
  name: string;
  id: string;
  qualification: Qualification;
  fullTime: boolean;
  majors: string[];
  busy: [EpochDay, EpochDay][];
}

const MAJORS = [...new Set(INDUSTRIES.map((i) => i.scope.slice(0, 2)))];

function makePeople(): Person[] {
  const people: Person[] = [];
  const add = (qualification: Qualification, fullTime: boolean, majors: string[]): void => {
    const place = pick(PLACES);
    people.push({
      name: personName(),
      id: idNumber(place.division, between(1966, 1994), random() < 0.55),
      qualification,
      fullTime,
      majors,
      busy: [],
    });
  };
  // Every major is covered by at least three full-time leaders-to-be.
  MAJORS.forEach((major, i) => {
    for (let k = 0; k < 3; k++)
      add(k === 0 ? "高级审核员" : "审核员", true, [
        major,
        MAJORS[(i + 3 + k) % MAJORS.length]!,
        MAJORS[(i + 7) % MAJORS.length]!,
      ]);
  });
  for (let k = 0; k < 8; k++) add("审核员", k % 2 === 0, [pick(MAJORS), pick(MAJORS)]);
  for (let k = 0; k < 5; k++) add("实习审核员", true, [pick(MAJORS)]);
  for (let k = 0; k < 4; k++) add("技术专家", false, [pick(MAJORS)]);
  return people;
}

const free = (p: Person, start: EpochDay, end: EpochDay): boolean =>
  p.busy.every(([s, e]) => end < s || start > e);

// ── activities ────────────────────────────────────────────────────────────────────────────────
type ActivityCode = "01" | "0101" | "0102" | "02" | "0301" | "0302";
const ACTIVITY_LABELS: Record<ActivityCode, string> = {
  "01": "01 初次认证",
  "0101": "0101 初次认证第一阶段",
  "0102": "0102 初次认证第二阶段",
  "02": "02 再认证",
  "0301": "0301 第一次监督审核",
  "0302": "0302 第二次监督审核",
};
const AUDIT_TYPE: Record<ActivityCode, string> = {
  "01": "initial",
  "0101": "stage1",
  "0102": "stage2",
  "02": "recertification",
  "0301": "surveillance",
  "0302": "surveillance",
};

interface Org {
  name: string;
  nameEn: string;
  uscc: string;
  place: Place;
  address: string;
  phone: string;
  legalRep: string;
  capital: number;
  employees: number;
  industry: Industry;
}

interface Member {
  person: Person;
  role: "组长" | "组员" | "技术专家" | "实习审核员";
  /** The ID as written; a number only where an error is injected. */
  idCell: string | number;
}

interface Activity {
  org: Org;
  scheme: "HG" | "SR";
  code: ActivityCode;
  start: EpochDay;
  end: EpochDay;
  days: number;
  certNo: string;
  issue: EpochDay;
  expiry: EpochDay;
  accreditation: "00" | "01";
  team: Member[];
}

const seqs = new Map<string, number>();
function nextCertNo(scheme: "HG" | "SR", year: number, cycle: number, accreditation: string): string {
  const key = `${scheme}${year}`;
  const seq = (seqs.get(key) ?? between(10, 40)) + between(1, 9);
  seqs.set(key, seq);
  return makeCertNo({ cbCode: CB, year, seq, cycle, accreditation, scheme });
}

const usedNames = new Set<string>();
function makeOrg(industry: Industry): Org {
  let name = "";
  let nameEn = "";
  let place = PLACES[0]!;
  do {
    place = pick(PLACES);
    const t = between(0, TRADE_NAMES.length - 1);
    const form = random() < 0.25 ? "股份有限公司" : "有限公司";
    name = `${place.city}${TRADE_NAMES[t]}${industry.word}${form}`;
    nameEn =
      `${place.city === "北京" ? "Beijing" : ""}${TRADE_PINYIN[t]} ${industry.wordEn} Co., Ltd.`.trim();
  } while (usedNames.has(name));
  usedNames.add(name);
  const employees = pick([12, 18, 23, 36, 48, 60, 75, 96, 130, 168, 240, 320, 560, 880, 1300]);
  return {
    name,
    nameEn,
    uscc: uscc(place.division),
    place,
    address: `${place.district}${pick(ROADS)}${between(1, 999)}号`,
    phone: `${place.area}-${between(5, 8)}${String(between(0, 9999999)).padStart(7, "0")}`,
    legalRep: personName(),
    capital: pick([100, 200, 500, 1000, 2000, 5000, 10000]),
    employees,
    industry,
  };
}

/** October 2026 working days (1–7 October is the National Day holiday). */
const OCT_WORKDAYS = Array.from({ length: 31 }, (_, i) => fromYmd(2026, 10, i + 1)).filter(
  (d) => toYmd(d).d >= 8 && weekday(d) !== 0 && weekday(d) !== 6,
);

function standardDays(org: Org, scheme: "HG" | "SR", code: ActivityCode): number {
  return auditDays({
    employees: org.employees,
    risk: scheme === "HG" ? org.industry.risk : undefined,
    type: AUDIT_TYPE[code],
    profile: scheme === "HG" ? "HG-HY" : "SR-GGBZ",
  }).days;
}

function staff(activity: Activity, people: Person[]): void {
  const { start, end } = activity;
  const major = activity.org.industry.scope.slice(0, 2);
  const available = (p: Person): boolean => free(p, start, end) && !activity.team.some((m) => m.person === p);
  const qualified = (p: Person): boolean => p.qualification === "审核员" || p.qualification === "高级审核员";
  const any = (test: (p: Person) => boolean): Person | undefined => {
    const candidates = people.filter((p) => test(p) && available(p));
    return candidates.length > 0 ? pick(candidates) : undefined;
  };
  const leader = any((p) => p.fullTime && qualified(p) && p.majors.includes(major));
  if (!leader) throw new Error(`no leader free for ${activity.org.name} ${activity.code}`);
  activity.team.push({ person: leader, role: "组长", idCell: leader.id });
  const auditors = Math.max(1, Math.ceil(activity.days / 3)) - 1;
  for (let k = 0; k < auditors; k++) {
    const member = any(qualified);
    if (member) activity.team.push({ person: member, role: "组员", idCell: member.id });
  }
  if (random() < 0.2) {
    const trainee = any((p) => p.qualification === "实习审核员");
    if (trainee) activity.team.push({ person: trainee, role: "实习审核员", idCell: trainee.id });
  }
  if (random() < 0.15) {
    const expert = any((p) => p.qualification === "技术专家");
    if (expert) activity.team.push({ person: expert, role: "技术专家", idCell: expert.id });
  }
  for (const m of activity.team) m.person.busy.push([start, end]);
}

/** A start day for an audit of `length` calendar days that ends by Friday of the same week. */
function startFor(length: number, notBefore: EpochDay, notAfter: EpochDay): EpochDay {
  const options = OCT_WORKDAYS.filter((d) => d >= notBefore && d <= notAfter && weekday(d) + length - 1 <= 5);
  return pick(options.length > 0 ? options : OCT_WORKDAYS.filter((d) => weekday(d) === 1));
}

function makeActivities(people: Person[]): Activity[] {
  const plan: { scheme: "HG" | "SR"; code: ActivityCode }[] = [
    ...Array.from({ length: 9 }, () => ({ scheme: "HG" as const, code: "01" as const })),
    ...Array.from({ length: 13 }, () => ({ scheme: "HG" as const, code: "0301" as const })),
    ...Array.from({ length: 9 }, () => ({ scheme: "HG" as const, code: "0302" as const })),
    ...Array.from({ length: 7 }, () => ({ scheme: "HG" as const, code: "02" as const })),
    ...Array.from({ length: 4 }, () => ({ scheme: "SR" as const, code: "0301" as const })),
    ...Array.from({ length: 2 }, () => ({ scheme: "SR" as const, code: "02" as const })),
    ...Array.from({ length: 2 }, () => ({ scheme: "SR" as const, code: "01" as const })),
  ];
  const activities: Activity[] = [];
  const day = (y: number, m: number, d: number): EpochDay => fromYmd(y, m, d);

  // Two SR organisations audited in both stages this month (003 A.1 stage columns; 004 5.6.1 gap ≥ 5 days).
  for (let k = 0; k < 2; k++) {
    const org = makeOrg(pick(INDUSTRIES));
    const accreditation = "00";
    const certNo = nextCertNo("SR", 2026, 0, accreditation);
    const d1 = standardDays(org, "SR", "0101");
    const d2 = standardDays(org, "SR", "0102");
    const s1 = startFor(1, day(2026, 10, 8), day(2026, 10, 9));
    const s2 = startFor(Math.ceil(d2 / 2), s1 + 7, day(2026, 10, 23));
    const issue = s2 + Math.ceil(d2 / 2) - 1 + 6;
    const base = {
      org,
      scheme: "SR" as const,
      certNo,
      issue,
      expiry: addYears(issue, 3) - 1,
      accreditation: accreditation as "00",
    };
    const stage1: Activity = {
      ...base,
      code: "0101",
      start: s1,
      end: s1 + Math.ceil(d1 / 2) - 1,
      days: d1,
      team: [],
    };
    const stage2: Activity = {
      ...base,
      code: "0102",
      start: s2,
      end: s2 + Math.ceil(d2 / 2) - 1,
      days: d2,
      team: [],
    };
    staff(stage1, people);
    staff(stage2, people);
    activities.push(stage1, stage2);
  }

  for (const { scheme, code } of plan) {
    const org = makeOrg(pick(INDUSTRIES));
    const days = standardDays(org, scheme, code);
    const length = Math.min(5, Math.max(1, Math.ceil(days / Math.max(1, Math.ceil(days / 3)))));
    const accreditation: "00" | "01" = scheme === "HG" && random() < 0.5 ? "01" : "00";
    let start: EpochDay;
    let certNo: string;
    let issue: EpochDay;
    if (code === "01" || code === "02") {
      // The decision and the certificate follow the audit within the month.
      start = startFor(length, day(2026, 10, 8), day(2026, 10, 20));
      issue = start + length - 1 + between(5, 9);
      certNo = nextCertNo(scheme, 2026, code === "01" ? 0 : 1, accreditation);
    } else {
      start = startFor(length, day(2026, 10, 8), day(2026, 10, 30));
      // 1st surveillance within 12 months of issue (004 5.4.1.4): issued in the last days of Oct or in Nov 2025.
      issue = code === "0301" ? day(2025, 10, 20) + between(0, 35) : day(2024, 10, 20) + between(0, 35);
      certNo = nextCertNo(scheme, toYmd(issue).y, 0, accreditation);
    }
    const activity: Activity = {
      org,
      scheme,
      code,
      start,
      end: start + length - 1,
      days,
      certNo,
      issue,
      expiry: addYears(issue, 3) - 1,
      accreditation,
      team: [],
    };
    staff(activity, people);
    activities.push(activity);
  }
  return activities.sort((a, b) => a.start - b.start || a.org.name.localeCompare(b.org.name, "zh"));
}

// ── deliberate errors (monthly-2026-10.xlsx only; examples/README.md lists them) ─────────────
interface InjectedError {
  sheet: "monthly" | "team";
  what: string;
}

function injectErrors(activities: Activity[]): InjectedError[] {
  const hg = activities.filter((a) => a.scheme === "HG");
  const errors: InjectedError[] = [];
  const used = new Set<Activity>();
  const take = (filter: (a: Activity) => boolean, what: string): Activity => {
    const found = hg.find((a) => filter(a) && !used.has(a));
    if (!found) throw new Error(`no activity for: ${what}`);
    used.add(found);
    return found;
  };

  const checksum = take((a) => a.code === "0301", "USCC checksum");
  const last = checksum.org.uscc.slice(-1);
  checksum.org.uscc = checksum.org.uscc.slice(0, -1) + (last === "8" ? "9" : "8");
  errors.push({ sheet: "monthly", what: `统一社会信用代码校验位错误：${checksum.org.name}` });

  const short = take((a) => a.code === "01" && a.days >= 5, "days below minimum");
  const minimum = auditDaysMinimum({
    employees: short.org.employees,
    risk: short.org.industry.risk,
    type: "initial",
    profile: "HG-HY",
  }).days;
  short.days = minimum - 1;
  errors.push({ sheet: "monthly", what: `审核人日数 ${short.days} 低于最低 ${minimum}：${short.org.name}` });

  const leaderless = take((a) => a.code === "0302" && a.team.length >= 2, "no leader");
  leaderless.team[0]!.role = "组员";
  errors.push({ sheet: "team", what: `审核组没有组长：${leaderless.certNo}` });

  const cycle = take((a) => a.code === "01", "wrong R-cycle");
  cycle.certNo = cycle.certNo.replace(/R0(\d\d)$/, "R1$1");
  errors.push({ sheet: "monthly", what: `初次认证的证书号为 R1：${cycle.certNo}` });

  const asNumber = take(
    (a) => a.code === "0301" && a.team.some((m) => /\d$/.test(m.person.id)),
    "ID as number",
  );
  const member = asNumber.team.find((m) => /\d$/.test(m.person.id))!;
  member.idCell = Number(member.person.id);
  errors.push({ sheet: "team", what: `身份证件号码存为数字：${asNumber.certNo}` });

  const outside = take((a) => a.code === "0302" && a.end - a.start <= 2, "outside month");
  const shift = outside.start - fromYmd(2026, 9, 22);
  outside.start -= shift;
  outside.end -= shift;
  for (const m of outside.team) m.person.busy.push([outside.start, outside.end]);
  errors.push({ sheet: "monthly", what: `审核日期不在 2026 年 10 月（警告）：${outside.org.name}` });
  return errors;
}

// ── writing ───────────────────────────────────────────────────────────────────────────────────
const utcDate = (day: EpochDay): Date => {
  const { y, m, d } = toYmd(day);
  return new Date(Date.UTC(y, m - 1, d));
};

function monthlyRow(a: Activity): Record<string, ExcelJS.CellValue> {
  return {
    orgName: a.org.name,
    orgNameEn: a.org.nameEn,
    uscc: a.org.uscc,
    industry: a.org.industry.industry,
    country: "156",
    division: a.org.place.division,
    address: a.org.address,
    postcode: a.org.place.postcode,
    phone: a.org.phone,
    legalRep: a.org.legalRep,
    capital: a.org.capital,
    employees: a.org.employees,
    scheme: a.scheme === "HG" ? "合规管理体系" : "社会责任管理体系",
    activity: ACTIVITY_LABELS[a.code],
    auditStart: utcDate(a.start),
    auditEnd: utcDate(a.end),
    auditDays: a.days,
    risk: a.scheme === "HG" ? a.org.industry.risk : null,
    scope: a.org.industry.scope,
    renewed: "否",
    accreditation: a.accreditation,
    certNo: a.certNo,
    subCert: "主证书",
    multiSite: "否",
    coverage: `${a.org.industry.coverage}所涉及的${a.scheme === "HG" ? "合规" : "社会责任"}管理活动`,
    issueDate: utcDate(a.issue),
    expiryDate: utcDate(a.expiry),
    certStatus: "01 有效",
  };
}

function teamRows(activities: Activity[]): Record<string, ExcelJS.CellValue>[] {
  return activities.flatMap((a) =>
    a.team.map((m) => ({
      certNo: a.certNo,
      name: m.person.name,
      idNo: m.idCell,
      qualification: m.person.qualification,
      role: m.role,
      fullTime: m.person.fullTime ? "是" : "否",
      expertise: m.person.majors.join(";"),
      teamStart: utcDate(a.start),
      teamEnd: utcDate(a.end),
    })),
  );
}

function addReportSheet(
  workbook: ExcelJS.Workbook,
  type: "monthly" | "team",
  title: string,
  rows: Record<string, ExcelJS.CellValue>[],
): void {
  const columns = templateColumns(type);
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.numFmt = c.numberFormat;
    column.width = Math.max(10, Math.min(36, c.header.length * 2 + 4));
    // An ID written as a number keeps the General format, as it does when a clerk types it.
    column.eachCell((cell, r) => {
      if (r > 1 && typeof cell.value === "number" && c.numberFormat === "@") cell.numFmt = "General";
    });
  });
}

async function writeWorkbook(file: string, activities: Activity[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CertDesk examples";
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 2));
  addReportSheet(workbook, "monthly", "获证组织基本信息月报", activities.map(monthlyRow));
  addReportSheet(workbook, "team", "审核组成员", teamRows(activities));
  await workbook.xlsx.writeFile(file);
}

function clone(activities: Activity[]): Activity[] {
  return activities.map((a) => ({ ...a, org: { ...a.org }, team: a.team.map((m) => ({ ...m })) }));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, "package.json"))) throw new Error(`not the repository root: ${ROOT}`);
  const activities = makeActivities(makePeople());
  await writeWorkbook(path.join(OUT_DIR, "monthly-clean.xlsx"), activities);
  const withErrors = clone(activities);
  const errors = injectErrors(withErrors);
  await writeWorkbook(path.join(OUT_DIR, "monthly-2026-10.xlsx"), withErrors);
  console.log(
    `examples/monthly-clean.xlsx: ${activities.length} activities, ${teamRows(activities).length} team rows`,
  );
  console.log(`examples/monthly-2026-10.xlsx: the same with ${errors.length} deliberate errors:`);
  for (const e of errors) console.log(`  [${e.sheet}] ${e.what}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
