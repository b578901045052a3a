/**
 * The four tables of the annual classification report (000 4.3.5.2, DOMAIN §10): status (stock of
 * 有效 and 暂停 on the date, flow of 撤销, 注销 and 过期 during the year), valid certificates by major
 * business category (once in each of a certificate's categories), by province (must sum to the
 * total valid) and by scheme. Sub-certificates are left out of every count. What cannot be
 * classified is counted under 无法归类 and listed, never dropped.
 */
import { fromYmd, toIso, yearOf, type EpochDay } from "../dates/civil";
import type { StatsSink } from "./findings";
import type { Merged } from "./merge";
import { categoryNames, provinceCodeOf } from "./names";
import { stateAsOf } from "./state";
import { CERT_STATES, UNCLASSIFIED, type AnnualTables, type RegisterRecord } from "./types";

export interface Tables extends AnnualTables {
  /** Valid (有效) non-sub certificates on the date, for the body-level checks. */
  valid: RegisterRecord[];
  /** 有效 or 暂停 on the date, sub-certificates included (accreditation-mark checks). */
  live: RegisterRecord[];
}

function bump(table: Record<string, number>, key: string): void {
  table[key] = (table[key] ?? 0) + 1;
}

export function buildTables(merged: Merged, year: number, profileId: string, sink: StatsSink): Tables {
  const asOf: EpochDay = fromYmd(year, 12, 31);
  const categories = categoryNames(profileId);
  const lastCategory = [...categories.keys()].sort().at(-1) ?? "";
  const majorsOf = majorsReader(categories);
  const byStatus: Record<string, number> = Object.fromEntries(CERT_STATES.map((s) => [s, 0]));
  const byScope: Record<string, number> = {};
  const byProvince: Record<string, number> = {};
  const byScheme: Record<string, number> = {};
  const excluded = { subCertificates: 0, notYetIssued: 0, endedBeforeYear: 0 };
  const valid: RegisterRecord[] = [];
  const live: RegisterRecord[] = [];
  let issued = 0;
  let unclassified = merged.withoutNumber.length;

  for (const record of merged.latest.values()) {
    const state = stateAsOf(record, asOf);
    const reported = state.kind === "unclassified" && state.reason !== "missing" ? state.what : null;
    for (const u of record.unreadable)
      if (u.meaning !== reported && u.meaning !== "status")
        sink.add(
          "STATS-VALUE-IGNORED",
          record,
          u.meaning,
          { certNo: record.certNo, field: u.meaning, value: u.value },
          record.certNo,
        );
    if (state.kind === "state" && (state.state === "有效" || state.state === "暂停")) live.push(record);
    if (record.sub) {
      excluded.subCertificates++;
      continue;
    }
    if (record.issueDate !== undefined && record.issueDate <= asOf && yearOf(record.issueDate) === year)
      issued++;
    if (state.kind === "notYetIssued") {
      excluded.notYetIssued++;
      continue;
    }
    if (state.kind === "unclassified") {
      unclassified++;
      if (state.reason === "status")
        sink.add(
          "STATS-STATUS-UNKNOWN",
          record,
          "certStatus",
          { certNo: record.certNo, value: state.value ?? "" },
          record.certNo,
        );
      else if (state.reason === "unreadable")
        sink.add(
          "STATS-VALUE-UNREADABLE",
          record,
          state.what,
          { certNo: record.certNo, field: state.what, value: state.value ?? "" },
          record.certNo,
        );
      else
        sink.add(
          "STATS-DATE-MISSING",
          record,
          state.what,
          { certNo: record.certNo, field: state.what, asOf: toIso(asOf) },
          record.certNo,
        );
      continue;
    }
    if (state.since !== undefined && yearOf(state.since) !== year) {
      // Reached 撤销/注销/过期 before the year: flows count only this year's (DOMAIN §10).
      if (state.since < asOf) excluded.endedBeforeYear++;
      continue;
    }
    bump(byStatus, state.state);
    if (state.state !== "有效") continue;
    valid.push(record);
    countScopes(record, majorsOf, lastCategory, profileId, byScope, sink);
    const province = record.division === undefined ? undefined : provinceCodeOf(record.division);
    if (province) bump(byProvince, province);
    else {
      bump(byProvince, UNCLASSIFIED);
      sink.add(
        "STATS-DIVISION-UNKNOWN",
        record,
        "division",
        { certNo: record.certNo, value: record.division ?? "（空）" },
        record.certNo,
      );
    }
    bump(byScheme, record.scheme ?? UNCLASSIFIED);
  }
  if (unclassified > 0) byStatus[UNCLASSIFIED] = unclassified;
  const totalValid = byStatus["有效"] ?? 0;
  const sum = Object.entries(byProvince)
    .filter(([key]) => key !== UNCLASSIFIED)
    .reduce((total, [, n]) => total + n, 0);
  if (sum !== totalValid)
    sink.add("STATS-PROVINCE-SUM", null, null, { sum, total: totalValid, difference: totalValid - sum });
  return {
    issued,
    totalValid,
    byStatus,
    byScope,
    byProvince,
    byScheme,
    provinceSum: { sum, totalValid, difference: totalValid - sum },
    excluded,
    valid,
    live,
  };
}

interface Majors {
  majors: ReadonlySet<string>;
  unknown: readonly string[];
}

/**
 * The major categories of a scope list and the codes in none. Rows read from one cell text share
 * their list (words.ts scopesOf), so each list is sorted out once, not once per certificate.
 */
function majorsReader(categories: ReadonlyMap<string, string>): (scopes: readonly string[]) => Majors {
  const cache = new Map<readonly string[], Majors>();
  return (scopes) => {
    let value = cache.get(scopes);
    if (value) return value;
    const majors = new Set<string>();
    const unknown: string[] = [];
    for (const code of scopes) {
      const major = /^\d{2}/.exec(code)?.[0];
      if (major !== undefined && categories.has(major)) majors.add(major);
      else unknown.push(code);
    }
    cache.set(scopes, (value = { majors, unknown }));
    return value;
  };
}

/** Once in each major category the certificate's scope codes name (000 4.3.5.2(3)). */
function countScopes(
  record: RegisterRecord,
  majorsOf: (scopes: readonly string[]) => Majors,
  lastCategory: string,
  profileId: string,
  byScope: Record<string, number>,
  sink: StatsSink,
): void {
  const { majors, unknown } = majorsOf(record.scopes);
  for (const major of majors) bump(byScope, major);
  if (unknown.length > 0 || majors.size === 0) {
    if (majors.size === 0) bump(byScope, UNCLASSIFIED);
    sink.add(
      "STATS-SCOPE-UNKNOWN",
      record,
      "scope",
      { certNo: record.certNo, value: unknown.join(";") || "（空）", profile: profileId, last: lastCategory },
      record.certNo,
    );
  }
}
