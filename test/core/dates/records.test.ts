/** Every date record renders in both languages with no placeholder left, and every code has both texts. */
import {
  deadline,
  DEADLINE_KINDS,
  decisionDue,
  latestExpiry,
  ncVerificationDue,
  recertApplicationDue,
  stage2Window,
  surveillanceDue,
  suspensionEnd,
  type DateStep,
} from "../../../core/dates";
import { fromYmd } from "../../../core/dates/civil";
import { DATE_MESSAGES } from "../../../core/dates/messages";
import { formatProblem } from "../../../core/problem";
import { RULES } from "./rules";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("zh and en of every date message use the same placeholders", () => {
  for (const [code, { zh, en }] of Object.entries(DATE_MESSAGES)) {
    expect([code, placeholders(zh).filter((p) => !p!.endsWith("En"))]).toEqual([
      code,
      placeholders(en)
        .map((p) => p!.replace(/En$/, ""))
        .sort(),
    ]);
  }
});

test("every step of every date result renders fully", () => {
  const day = fromYmd(2025, 9, 30);
  const steps: DateStep[] = [];
  for (const rules of Object.values(RULES)) {
    steps.push(...latestExpiry(day, day, rules.validity).steps);
    steps.push(...surveillanceDue(day, 3, rules.surveillance).steps);
    steps.push(...stage2Window(day, rules.stageGap).steps);
    for (const kind of ["initial", "surveillance", "recertification"])
      steps.push(...ncVerificationDue(kind, day, day + 90, rules.ncVerification).steps);
    steps.push(
      ...suspensionEnd(day, rules.suspensionMaxMonths).steps,
      ...recertApplicationDue(day, rules.recertApplicationMonthsBeforeExpiry).steps,
    );
    steps.push(...decisionDue(day, rules.decisionAfterAuditMaxMonths).steps);
  }
  for (const kind of DEADLINE_KINDS) steps.push(...deadline(day, kind).steps);
  const ids = new Set(steps.map((s) => s.id));
  expect(ids.size).toBeGreaterThanOrEqual(15);
  for (const s of steps) {
    for (const lang of ["zh", "en"] as const) {
      const text = formatProblem({ code: s.id, clause: s.clause, params: s.values }, lang);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
});
