/**
 * Audit teams across the monthly report and the team sheet (DOMAIN §9.1 "team", 004 5.4.4): every
 * audit has team rows, a leader, a full-time auditor, someone competent in the activity's business
 * scope, no more trainees than qualified auditors; nobody is on two audits at once. Team rows are
 * linked to activities by 证书号 (and by dates when one certificate has several activities);
 * everything is indexed once, so the cost grows with the rows, not their square.
 */
import { maskId } from "../ids";
import { toIso } from "../dates/civil";
import { activityParams, isAudit } from "./activity";
import { notRun, sheetsOf, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import { OK, type ParsedSheet } from "./read";

interface RowRef {
  sheet: ParsedSheet;
  i: number;
}

interface Activity extends RowRef {
  certNo: string;
  activity: string | undefined;
  start: number | undefined;
  end: number | undefined;
}

/** The two-digit major categories of a list of business-scope codes (004 附录A). */
function majors(codes: readonly string[] | undefined): Set<string> {
  return new Set((codes ?? []).map((c) => c.slice(0, 2)));
}

interface Member {
  trainee: boolean;
  expert: boolean;
  auditor: boolean;
  leader: boolean;
  fullTime: boolean;
}

/** A member's standing from 资格类型 and 审核组成员角色 (004 5.4.4.2–3: experts and trainees are not auditors). */
function memberOf(m: RowRef): Member {
  const q = m.sheet.str("qualification", m.i);
  const r = m.sheet.str("role", m.i);
  const trainee = q === "实习审核员" || r === "实习审核员";
  const expert = q === "技术专家" || r === "技术专家";
  const auditor =
    !trainee &&
    !expert &&
    (q === "审核员" || q === "高级审核员" || (q === undefined && (r === "组长" || r === "组员")));
  return { trainee, expert, auditor, leader: r === "组长", fullTime: m.sheet.str("fullTime", m.i) === "是" };
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

function memberDates(m: RowRef): { start: number; end: number } | null {
  const start = m.sheet.num("teamStart", m.i);
  const end = m.sheet.num("teamEnd", m.i);
  const s = start ?? end;
  const e = end ?? start;
  return s === undefined || e === undefined || e < s ? null : { start: s, end: e };
}

/** Whether a monthly row is an audit that needs a team: a number, and an activity that is an audit (or none given). */
function needsTeam(sheet: ParsedSheet, i: number): boolean {
  const activity = sheet.str("activity", i);
  return sheet.str("certNo", i) !== undefined && (activity === undefined || isAudit(activity));
}

export function checkTeams(ctx: CheckContext): void {
  const monthly = sheetsOf(ctx, "monthly");
  const teams = sheetsOf(ctx, "team");
  if (teams.length === 0) {
    // No team sheet: one note per monthly sheet with an audit, and no index of its rows.
    for (const sheet of monthly)
      for (let i = 0; i < sheet.rows.length; i++)
        if (needsTeam(sheet, i)) {
          ctx.sink.add("TEAM-SHEET-ABSENT", sheet.name, 0, 0, {});
          break;
        }
    return;
  }
  const activities: Activity[] = [];
  for (const sheet of monthly) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const certNo = sheet.str("certNo", i);
      const activity = sheet.str("activity", i);
      if (certNo === undefined || !needsTeam(sheet, i)) continue;
      activities.push({
        sheet,
        i,
        certNo,
        activity,
        start: sheet.num("auditStart", i),
        end: sheet.num("auditEnd", i),
      });
    }
  }
  const byCert = new Map<string, RowRef[]>();
  for (const sheet of teams) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const certNo = sheet.str("certNo", i);
      if (certNo === undefined) continue;
      const list = byCert.get(certNo) ?? [];
      list.push({ sheet, i });
      byCert.set(certNo, list);
    }
  }
  const activitiesByCert = new Map<string, Activity[]>();
  for (const a of activities) {
    const list = activitiesByCert.get(a.certNo) ?? [];
    list.push(a);
    activitiesByCert.set(a.certNo, list);
  }
  if (monthly.length > 0) {
    for (const a of activities)
      checkTeam(
        ctx,
        a,
        membersOf(a, byCert.get(a.certNo) ?? [], (activitiesByCert.get(a.certNo)?.length ?? 0) > 1),
      );
    checkOrphans(ctx, teams, activitiesByCert);
  } else {
    // A team sheet alone: its certificates' teams can still be checked, without scope or activity.
    for (const [certNo, members] of byCert) {
      const first = members[0];
      if (first)
        checkTeam(
          ctx,
          { sheet: first.sheet, i: first.i, certNo, activity: undefined, start: undefined, end: undefined },
          members,
        );
    }
  }
  checkOverlaps(ctx, teams, activitiesByCert);
}

/** The team rows of an activity: all rows of its certificate, narrowed by dates when the certificate has several activities. */
function membersOf(a: Activity, rows: RowRef[], several: boolean): RowRef[] {
  if (!several || a.start === undefined || a.end === undefined) return rows;
  const { start, end } = a;
  return rows.filter((m) => {
    const d = memberDates(m);
    return d === null || overlaps(d.start, d.end, start, end);
  });
}

function checkTeam(ctx: CheckContext, a: Activity, rows: RowRef[]): void {
  const row = a.sheet.rows[a.i] ?? 0;
  const col = a.sheet.col("certNo");
  const names = {
    certNo: a.certNo,
    ...(a.activity ? activityParams(a.activity) : { activity: "审核", activityEn: "audit" }),
  };
  if (rows.length === 0) {
    ctx.sink.add("TEAM-NONE", a.sheet.name, row, col, names);
    return;
  }
  const members = rows.map(memberOf);
  const related = rows.map((m) => `'${m.sheet.name}'!${a1(m.sheet.rows[m.i] ?? 0, m.sheet.col("certNo"))}`);
  if (!members.some((m) => m.leader))
    ctx.sink.add("TEAM-NO-LEADER", a.sheet.name, row, col, names, { related });
  if (!members.some((m) => m.auditor && m.fullTime))
    ctx.sink.add("TEAM-NO-FULLTIME", a.sheet.name, row, col, names, { related });
  // People, not rows, where CNCA's 审核结果信息表 lists a member once per audit stage.
  const person = (k: number): string => {
    const m = rows[k];
    if (!m?.sheet.layout) return `#${k}`;
    return m.sheet.str("idNo", m.i) ?? m.sheet.str("name", m.i) ?? `#${k}`;
  };
  const trainees = new Set(members.flatMap((m, k) => (m.trainee ? [person(k)] : []))).size;
  const auditors = new Set(members.flatMap((m, k) => (m.auditor ? [person(k)] : []))).size;
  if (trainees > auditors)
    ctx.sink.add(
      "TEAM-TOO-MANY-TRAINEES",
      a.sheet.name,
      row,
      col,
      { ...names, trainees, auditors },
      { related },
    );
  checkCompetence(ctx, a, rows, members, related);
}

/** At least one auditor or technical expert whose 专业代码 shares a major category with the scope (004 5.4.4.1(2)). */
function checkCompetence(
  ctx: CheckContext,
  a: Activity,
  rows: RowRef[],
  members: Member[],
  related: string[],
): void {
  const team = rows[0]?.sheet;
  // CNCA's 审核结果信息表 says competence directly: 是否专业审核员 (12) per member.
  if (team?.has("professional")) {
    const professional = rows.some((m, k) => {
      const who = members[k];
      return who !== undefined && (who.auditor || who.expert) && m.sheet.str("professional", m.i) === "是";
    });
    if (!professional)
      ctx.sink.add(
        "TEAM-NO-PROFESSIONAL",
        a.sheet.name,
        a.sheet.rows[a.i] ?? 0,
        a.sheet.col("certNo"),
        { certNo: a.certNo },
        { related },
      );
    return;
  }
  if (a.activity === undefined || a.sheet.state("scope", a.i) !== OK) return;
  const scope = majors(a.sheet.list("scope", a.i));
  if (!team || !team.has("expertise")) {
    if (team)
      notRun(
        ctx,
        a.sheet.name,
        0,
        0,
        { zh: "审核组专业能力", en: "team competence" },
        { zh: `「${team.name}」没有「专业代码」列`, en: `sheet "${team.name}" has no 专业代码 column` },
      );
    return;
  }
  const competent = rows.some((m, k) => {
    const who = members[k];
    if (!who || !(who.auditor || who.expert)) return false;
    for (const major of majors(m.sheet.list("expertise", m.i))) if (scope.has(major)) return true;
    return false;
  });
  if (!competent) {
    ctx.sink.add(
      "TEAM-NO-COMPETENCE",
      a.sheet.name,
      a.sheet.rows[a.i] ?? 0,
      a.sheet.col("scope"),
      { certNo: a.certNo, majors: [...scope].join("、") },
      { related },
    );
  }
}

/** Team rows whose certificate has no audit in the monthly report. */
function checkOrphans(
  ctx: CheckContext,
  teams: ParsedSheet[],
  activitiesByCert: Map<string, Activity[]>,
): void {
  for (const sheet of teams) {
    // A CNCA team sheet's certificate numbers are checked against 证书信息表 by the template rule (cnca/cross.ts).
    if (sheet.layout) continue;
    const reported = new Set<string>();
    for (let i = 0; i < sheet.rows.length; i++) {
      const certNo = sheet.str("certNo", i);
      if (certNo === undefined || activitiesByCert.has(certNo) || reported.has(certNo)) continue;
      reported.add(certNo);
      ctx.sink.add("TEAM-ORPHAN", sheet.name, sheet.rows[i] ?? 0, sheet.col("certNo"), { certNo });
    }
  }
}

interface Stint {
  ref: RowRef;
  certNo: string;
  start: number;
  end: number;
}

/**
 * The same ID number on two audits whose dates overlap: per person, sorted by start, one sweep.
 * A stint overlaps an earlier audit of another certificate exactly when the furthest-reaching
 * earlier stint of a certificate other than its own ends on or after its start; keeping the
 * furthest stint and the furthest stint of any other certificate answers that for every stint
 * (the furthest stint alone misses a second stint of the same certificate, e.g. stage 1 and
 * stage 2 of one audit both overlapping another client's audit).
 */
function checkOverlaps(
  ctx: CheckContext,
  teams: ParsedSheet[],
  activitiesByCert: Map<string, Activity[]>,
): void {
  const byPerson = new Map<string, Stint[]>();
  for (const sheet of teams) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const id = sheet.str("idNo", i);
      const certNo = sheet.str("certNo", i);
      if (id === undefined || certNo === undefined || sheet.state("idNo", i) !== OK) continue;
      const ref = { sheet, i };
      let dates = memberDates(ref);
      if (!dates) {
        const acts = activitiesByCert.get(certNo) ?? [];
        const only = acts.length === 1 ? acts[0] : undefined;
        if (only && only.start !== undefined && only.end !== undefined && only.end >= only.start)
          dates = { start: only.start, end: only.end };
      }
      if (!dates) continue;
      const list = byPerson.get(id) ?? [];
      list.push({ ref, certNo, ...dates });
      byPerson.set(id, list);
    }
  }
  for (const [id, stints] of byPerson) {
    if (stints.length < 2) continue;
    stints.sort((x, y) => x.start - y.start || x.end - y.end);
    /** Furthest-reaching earlier stint, and the furthest of a certificate other than `best`'s. */
    let best: Stint | undefined;
    let other: Stint | undefined;
    for (const s of stints) {
      const reach = best && best.certNo !== s.certNo ? best : other;
      if (reach && s.start <= reach.end) {
        const { sheet, i } = s.ref;
        const prior = reach.ref;
        // One person on many overlapping audits makes thousands: only those listed get their text.
        if (!ctx.sink.wouldList("TEAM-OVERLAP", sheet.name))
          ctx.sink.countPastLimit("TEAM-OVERLAP", sheet.name, 1);
        else
          ctx.sink.add(
            "TEAM-OVERLAP",
            sheet.name,
            sheet.rows[i] ?? 0,
            sheet.col("idNo"),
            {
              name: sheet.str("name", i) ?? "",
              id: maskId(id),
              from: toIso(s.start),
              to: toIso(Math.min(s.end, reach.end)),
              certNo: s.certNo,
              otherCertNo: reach.certNo,
              otherRow: prior.sheet.rows[prior.i] ?? 0,
            },
            {
              related: [
                `${prior.sheet === sheet ? "" : `'${prior.sheet.name}'!`}${a1(prior.sheet.rows[prior.i] ?? 0, prior.sheet.col("idNo"))}`,
              ],
            },
          );
      }
      if (!best || s.end > best.end) {
        if (best && best.certNo !== s.certNo) other = best;
        best = s;
      } else if (best.certNo !== s.certNo && (!other || s.end > other.end)) other = s;
    }
  }
}
