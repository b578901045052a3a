/**
 * The cases the demo works through, chosen per profile from its own data: risk words only where
 * the profile adjusts by risk, stage rows only where it splits stages, and one headcount above
 * the table's last row to show the progression (DOMAIN §3.2).
 */
import type { RuleProfile } from "../profiles/schema";
import type { AuditArgs } from "./calls";

/** The risk a case gives: the word where risk changes the time, blank where the profile ignores it. */
export function riskFor(profile: RuleProfile, level: "高" | "中" | "低"): string {
  return profile.risk.use === "adjust" ? level : "";
}

export function workedCases(profile: RuleProfile): AuditArgs[] {
  const id = profile.id;
  const last = profile.table.rows[profile.table.rows.length - 1]?.upTo ?? 10700;
  const cases: AuditArgs[] = [
    { employees: 180, risk: riskFor(profile, "高"), type: "初次", adjustPct: 0, profile: id },
    { employees: 180, risk: riskFor(profile, "高"), type: "监督", adjustPct: 0, profile: id },
    { employees: 180, risk: riskFor(profile, "高"), type: "再认证", adjustPct: 0, profile: id },
  ];
  if (profile.stages)
    cases.push(
      { employees: 100, risk: "", type: "一阶段", adjustPct: 0, profile: id },
      { employees: 100, risk: "", type: "二阶段", adjustPct: 0, profile: id },
    );
  cases.push(
    {
      employees: 100,
      risk: profile.risk.use === "adjust" && profile.categories.items.length > 0 ? "03.01.02" : "",
      type: "初次",
      adjustPct: -10,
      profile: id,
    },
    { employees: 18, risk: riskFor(profile, "低"), type: "初次", adjustPct: 0, profile: id },
    { employees: 1000, risk: riskFor(profile, "中"), type: "初次", adjustPct: -20, profile: id },
    // Above the last row: the progression the record states.
    {
      employees: Math.round(last * 1.12),
      risk: riskFor(profile, "中"),
      type: "初次",
      adjustPct: 0,
      profile: id,
    },
  );
  return cases;
}

/**
 * Headcounts for the headcount-to-days chart: each band's first and last person, so a step table
 * shows its stairs and a linear one its bends, up to the band that holds about 1 200 people (the
 * bands beyond would squeeze the first ones into nothing on a category axis).
 */
export function chartHeadcounts(profiles: readonly RuleProfile[], upTo = 1200): number[] {
  const points = new Set<number>([1]);
  for (const profile of profiles) {
    const { table } = profile;
    if (table.start) points.add(table.start.employees);
    for (const row of table.rows) {
      if (row.upTo > upTo) break;
      points.add(row.upTo);
      if (table.shape === "step") points.add(row.upTo + 1);
    }
  }
  return [...points].filter((n) => n <= upTo).sort((a, b) => a - b);
}

/** One profile per distinct time table (HG-HY and HG-ZGLY share 附录B's numbers): the chart's series. */
export function distinctTables(chosen: RuleProfile, all: readonly RuleProfile[]): RuleProfile[] {
  const seen = new Set<string>();
  const out: RuleProfile[] = [];
  for (const p of [chosen, ...all]) {
    const key = JSON.stringify([
      p.table.shape,
      p.table.start ?? null,
      p.table.rows.map((r) => [r.upTo, r.days]),
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
