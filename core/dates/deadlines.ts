/**
 * Reporting deadlines (DOMAIN §7; 000 4.3, 004 9). The rules are data: each kind says how its
 * deadline is counted and cites its clause; `deadline` only applies them.
 */
import { fail } from "../problem";
import { showValue, toWord } from "../input/coerce";
import { addMonths, fromYmd, toIso, toYmd, yearOf, type EpochDay } from "./civil";
import type { CalendarYear, WorkCalendar } from "./calendar";
import { packageCalendar } from "./package-calendar";
import { checkDay, checkResult, step, type DateStep } from "./steps";
import { addWorkdays, walkWorkdays } from "./workdays";

type Rule =
  | { count: "nextMonthDay"; day: number }
  | { count: "calendarDays"; days: number }
  | { count: "workdays"; days: number }
  | { count: "nextYearDate"; month: number; day: number };

interface DeadlineRule {
  rule: Rule;
  clause: string;
  report: { zh: string; en: string };
  /** Other words a user may type for the kind (Chinese report names). */
  aliases: string[];
}

export const DEADLINE_RULES = {
  monthly: {
    rule: { count: "nextMonthDay", day: 5 },
    clause: "000 4.3.3.2",
    report: { zh: "获证组织基本信息月报", en: "certified organisations monthly report (CNCA)" },
    aliases: ["获证组织基本信息月报", "月报", "cnca月报"],
  },
  "cnas-monthly": {
    rule: { count: "nextMonthDay", day: 10 },
    clause: "000 4.3.2.2、4.3.4.2",
    report: {
      zh: "认证机构信息（变更）月报、初评/再认证未通过月报",
      en: "CNAS monthly reports (body changes, failed audits)",
    },
    aliases: [
      "cnas月报",
      "认证机构信息月报",
      "认证机构信息（变更）月报",
      "未通过月报",
      "初评/再认证未通过月报",
    ],
  },
  result: {
    rule: { count: "nextMonthDay", day: 10 },
    clause: "004 9.3",
    report: { zh: "认证结果信息", en: "certification results" },
    aliases: ["认证结果", "颁证", "认证结果信息"],
  },
  status: {
    rule: { count: "workdays", days: 2 },
    clause: "000 4.3.8.3、004 9.4",
    report: {
      zh: "证书暂停/撤销/注销/恢复信息",
      en: "certificate suspension / withdrawal / cancellation / restoration",
    },
    aliases: ["证书状态", "状态变更", "证书状态变更", "暂停", "撤销", "注销", "恢复"],
  },
  plan: {
    rule: { count: "calendarDays", days: -3 },
    clause: "004 9.2",
    report: { zh: "审核计划", en: "audit plan" },
    aliases: ["审核计划", "计划"],
  },
  major: {
    rule: { count: "calendarDays", days: 10 },
    clause: "000 4.3.8",
    report: { zh: "重大变化/重大事故报告", en: "major change or accident report" },
    aliases: ["重大变化", "重大事故", "重大事件", "即时信息"],
  },
  annual: {
    rule: { count: "nextYearDate", month: 1, day: 10 },
    clause: "000 4.3.5.2",
    report: { zh: "获证组织信息分类统计年报", en: "annual classification statistics" },
    aliases: ["分类统计年报", "获证组织信息分类统计年报", "年报", "统计年报"],
  },
  auditors: {
    rule: { count: "nextYearDate", month: 3, day: 10 },
    clause: "000 4.3.6.2",
    report: { zh: "审核人员基本信息年报", en: "auditors' annual report" },
    aliases: ["审核人员年报", "审核人员基本信息年报", "审核/检查人员基本信息年报", "人员年报"],
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineKind = keyof typeof DEADLINE_RULES;
export const DEADLINE_KINDS = Object.keys(DEADLINE_RULES) as DeadlineKind[];

export interface Deadline {
  due: EpochDay;
  kind: DeadlineKind;
  clause: string;
  /** Empty when the record was not asked for. */
  steps: DateStep[];
  /** For kinds counted in working days: the years the count went through and where each year's schedule came from. */
  calendarYears?: CalendarYear[];
}

export interface DeadlineOptions {
  /** The working-day calendar (default: the holiday package's). */
  calendar?: WorkCalendar;
  /** Build the calculation record (default true); bulk paths that only show the date turn it off. */
  record?: boolean;
}

/** Kinds already read, by the exact text typed: a column of cells repeats a few spellings. */
const KIND_CACHE = new Map<string, DeadlineKind>();
const KIND_CACHE_LIMIT = 256;

/** A kind from its key (any case) or a report name; unknown words list the kinds. */
export function parseDeadlineKind(value: unknown): DeadlineKind {
  const cached = typeof value === "string" ? KIND_CACHE.get(value) : undefined;
  if (cached !== undefined) return cached;
  const kind = readDeadlineKind(value);
  if (typeof value === "string" && KIND_CACHE.size < KIND_CACHE_LIMIT) KIND_CACHE.set(value, kind);
  return kind;
}

function readDeadlineKind(value: unknown): DeadlineKind {
  const word = toWord(value, "kind", "DOMAIN §7");
  const key = word.toLowerCase().replace(/[\s_]/g, "-");
  const found = DEADLINE_KINDS.find(
    (kind) =>
      kind === key ||
      (DEADLINE_RULES[kind].aliases as readonly string[]).some((a) => a.toLowerCase() === word.toLowerCase()),
  );
  if (found === undefined)
    return fail("date.deadlineKindUnknown", "DOMAIN §7", {
      value: showValue(word),
      kinds: DEADLINE_KINDS.join("、"),
      kindsEn: DEADLINE_KINDS.join(", "),
    });
  return found;
}

function names(days: { name?: { zh: string; en: string } }[], lang: "zh" | "en"): string {
  return [...new Set(days.flatMap((d) => (d.name ? [d.name[lang]] : [])))].join(lang === "zh" ? "、" : ", ");
}

/** "2026 年：chinese-days 1.5.7 数据；2027 年：节假日表「2027.csv」". */
function sourcesText(years: readonly CalendarYear[], lang: "zh" | "en"): string {
  return years
    .map((y) => (lang === "zh" ? `${y.year} 年：${y.source.zh}` : `${y.year}: ${y.source.en}`))
    .join(lang === "zh" ? "；" : "; ");
}

function dueStep(kind: DeadlineKind, event: EpochDay, calendar: WorkCalendar): DateStep {
  const { rule, clause, report } = DEADLINE_RULES[kind] as DeadlineRule;
  const base = { report: report.zh, reportEn: report.en, event: toIso(event) };
  switch (rule.count) {
    case "nextMonthDay": {
      const { y: ey, m: em } = toYmd(event);
      const { y, m } = toYmd(addMonths(fromYmd(ey, em, 1), 1));
      return step("date.step.deadline.nextMonthDay", clause, fromYmd(y, m, rule.day), {
        ...base,
        day: rule.day,
      });
    }
    case "calendarDays":
      return step("date.step.deadline.calendarDays", clause, event + rule.days, {
        ...base,
        sign: rule.days < 0 ? "−" : "+",
        days: Math.abs(rule.days),
      });
    case "workdays": {
      const walk = walkWorkdays(event, rule.days, calendar);
      const years = calendar.yearsBetween(event, walk.day);
      const zh = names(walk.skipped, "zh");
      const en = names(walk.skipped, "en");
      return step("date.step.deadline.workdays", clause, walk.day, {
        ...base,
        days: rule.days,
        skipped: walk.skipped.length,
        holidays: zh === "" ? "" : `（${zh}）`,
        holidaysEn: en === "" ? "" : ` (${en})`,
        makeup: walk.makeup.length === 0 ? "—" : walk.makeup.map((d) => toIso(d.day)).join("、"),
        makeupEn: walk.makeup.length === 0 ? "none" : walk.makeup.map((d) => toIso(d.day)).join(", "),
        calendar: sourcesText(years, "zh"),
        calendarEn: sourcesText(years, "en"),
      });
    }
    case "nextYearDate": {
      const year = yearOf(event);
      return step("date.step.deadline.nextYearDate", clause, fromYmd(year + 1, rule.month, rule.day), {
        ...base,
        year,
        month: rule.month,
        day: rule.day,
      });
    }
  }
}

/** The date alone, for bulk paths: the same rules as dueStep without building its record. */
function dueDate(kind: DeadlineKind, event: EpochDay, calendar: WorkCalendar): EpochDay {
  const { rule } = DEADLINE_RULES[kind] as DeadlineRule;
  switch (rule.count) {
    case "nextMonthDay": {
      const { y: ey, m: em } = toYmd(event);
      const { y, m } = toYmd(addMonths(fromYmd(ey, em, 1), 1));
      return fromYmd(y, m, rule.day);
    }
    case "calendarDays":
      return event + rule.days;
    case "workdays":
      return addWorkdays(event, rule.days, calendar);
    case "nextYearDate":
      return fromYmd(yearOf(event) + 1, rule.month, rule.day);
  }
}

/** The reporting deadline for an event on `eventDate` (DOMAIN §7). */
export function deadline(eventDate: EpochDay, kind: unknown, options: DeadlineOptions = {}): Deadline {
  const which = parseDeadlineKind(kind);
  checkDay(eventDate, "eventDate");
  const calendar = options.calendar ?? packageCalendar();
  const { clause, rule } = DEADLINE_RULES[which] as DeadlineRule;
  if (options.record === false) {
    return { due: checkResult(dueDate(which, eventDate, calendar), clause), kind: which, clause, steps: [] };
  }
  const s = dueStep(which, eventDate, calendar);
  const result: Deadline = { due: s.result, kind: which, clause: s.clause, steps: [s] };
  if (rule.count === "workdays") result.calendarYears = calendar.yearsBetween(eventDate, s.result);
  return result;
}
