/**
 * Checks on the audit teams and auditors (DOMAIN §9.1 team across stages, auditors annual, body
 * level): more than 180 on-site days a year (001 3.9), the same person on two audits at once,
 * no stage-1 auditor in stage 2 (001 5.4.4.1), more than 50 valid certificates per qualified
 * auditor (001 3.10). People are matched by ID number (masked in every message), else by name.
 */
import { fromYmd, toIso, type EpochDay } from "../dates/civil";
import { maskId } from "../ids";
import type { StatsSink } from "./findings";
import { whereOf } from "./merge";
import type { AuditorRecord, TeamRecord } from "./types";

const YEAR_LIMIT = 180;
const PER_AUDITOR = 50;

function personKey(t: { idNo?: string; name: string }): string {
  return t.idNo ?? `name:${t.name}`;
}

function shownId(t: { idNo?: string }): string {
  return t.idNo ? maskId(t.idNo) : "无证件号";
}

/** Distinct on-site days of each person in the year, from the team rows' audit dates. */
export function checkYearDays(
  team: readonly TeamRecord[],
  auditors: readonly AuditorRecord[],
  year: number,
  sink: StatsSink,
): void {
  const first = fromYmd(year, 1, 1);
  const last = fromYmd(year, 12, 31);
  const days = new Map<string, { record: TeamRecord; days: Set<EpochDay> }>();
  for (const t of team) {
    if (t.start === undefined || t.end === undefined || t.end < t.start) continue;
    const key = personKey(t);
    let entry = days.get(key);
    if (!entry) days.set(key, (entry = { record: t, days: new Set() }));
    for (let d = Math.max(t.start, first); d <= Math.min(t.end, last); d++) entry.days.add(d);
  }
  for (const { record, days: set } of days.values())
    if (set.size > YEAR_LIMIT)
      sink.add("STATS-AUDITOR-OVER-180", record, "name", {
        name: record.name,
        id: shownId(record),
        year,
        days: set.size,
      });
  for (const a of auditors)
    if (a.totalDays !== undefined && a.totalDays > YEAR_LIMIT)
      sink.add("STATS-AUDITOR-OVER-180", a, "totalDays", {
        name: a.name,
        id: shownId(a),
        year,
        days: a.totalDays,
      });
}

/** The same person on two audits of different certificates whose dates overlap. */
export function checkOverlaps(team: readonly TeamRecord[], sink: StatsSink): void {
  const byPerson = new Map<string, TeamRecord[]>();
  for (const t of team) {
    if (t.start === undefined || t.end === undefined || t.certNo === undefined) continue;
    const key = personKey(t);
    const list = byPerson.get(key);
    if (list) list.push(t);
    else byPerson.set(key, [t]);
  }
  for (const rows of byPerson.values()) {
    if (rows.length < 2) continue;
    rows.sort((a, b) => (a.start as number) - (b.start as number));
    // Sweep: compare each audit with the one reaching furthest so far.
    let reach = rows[0] as TeamRecord;
    for (let i = 1; i < rows.length; i++) {
      const t = rows[i] as TeamRecord;
      if ((t.start as number) <= (reach.end as number) && t.certNo !== reach.certNo)
        sink.add(
          "STATS-AUDITOR-OVERLAP",
          t,
          "name",
          {
            name: t.name,
            id: shownId(t),
            from: toIso(t.start as number),
            to: toIso(Math.min(t.end as number, reach.end as number)),
            certNo: t.certNo ?? "",
            otherCertNo: reach.certNo ?? "",
            other: whereOf(reach),
          },
          t.certNo,
        );
      if ((t.end as number) > (reach.end as number)) reach = t;
    }
  }
}

const STAGE1 = /^(0101|一阶段|第一阶段|初次认证第一阶段|stage1)$/i;
const STAGE2 = /^(0102|二阶段|第二阶段|初次认证第二阶段|stage2)$/i;

/** At least one stage-1 auditor takes part in stage 2 (001 5.4.4.1, 004 5.4.4.1). Returns certificates checked. */
export function checkStages(team: readonly TeamRecord[], sink: StatsSink): number {
  const byCert = new Map<string, { one: TeamRecord[]; two: TeamRecord[] }>();
  for (const t of team) {
    if (t.certNo === undefined || t.stage === undefined) continue;
    const stage = STAGE1.test(t.stage) ? "one" : STAGE2.test(t.stage) ? "two" : null;
    if (!stage) continue;
    let entry = byCert.get(t.certNo);
    if (!entry) byCert.set(t.certNo, (entry = { one: [], two: [] }));
    entry[stage].push(t);
  }
  let checked = 0;
  for (const [certNo, { one, two }] of byCert) {
    if (one.length === 0 || two.length === 0) continue;
    checked++;
    const first = new Set(one.map(personKey));
    if (two.some((t) => first.has(personKey(t)))) continue;
    sink.add(
      "STATS-STAGE1-NOT-IN-STAGE2",
      two[0] as TeamRecord,
      "name",
      { certNo, stage1: one.map((t) => t.name).join("、"), stage2: two.map((t) => t.name).join("、") },
      certNo,
    );
  }
  return checked;
}

const QUALIFIED = /^(01|02|05|06|07|高级审核员|审核员|主任审核员|高级审查员|审查员)$/;

/** Qualified auditors: the count given, else the auditors sheet, else distinct qualified team members. */
export function auditorCount(
  given: number | undefined,
  team: readonly TeamRecord[],
  auditors: readonly AuditorRecord[],
): { count: number; source: string; sourceEn: string } | null {
  if (given !== undefined) return { count: given, source: "按所给人数", sourceEn: "as given" };
  if (auditors.length > 0) {
    const people = new Set(auditors.map(personKey));
    return { count: people.size, source: "审核人员年报", sourceEn: "auditors annual report" };
  }
  const people = new Set(
    team.filter((t) => t.qualification && QUALIFIED.test(t.qualification)).map(personKey),
  );
  return people.size > 0
    ? { count: people.size, source: "审核组成员中的审核员", sourceEn: "qualified team members" }
    : null;
}

export function checkPerAuditor(
  valid: number,
  auditors: { count: number; source: string; sourceEn: string },
  sink: StatsSink,
): void {
  if (valid <= PER_AUDITOR * auditors.count) return;
  sink.add("STATS-CERTS-PER-AUDITOR", null, null, {
    valid,
    auditors: auditors.count,
    source: auditors.source,
    sourceEn: auditors.sourceEn,
    ratio: (valid / auditors.count).toFixed(1),
  });
}
