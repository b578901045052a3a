/**
 * 演示 练习 and 演示 答案: a few exercises under the chosen profile, and on a separate sheet their
 * answers — the `=CERT.*` call with its value, and the calculation record the core gives, so a
 * trainee can check each step and its clause.
 */
import { auditDays, onsiteMinimum, renderRecord } from "../audit-time";
import { formatProblem } from "../problem";
import { sampleSites } from "../sampling";
import type { RuleProfile } from "../profiles/schema";
import { auditDaysCall, onsiteCall, sampleCall, type AuditArgs } from "./calls";
import { riskFor } from "./examples";
import { SheetGrid } from "./grid";
import type { DemoFormula, DemoSheet } from "./types";

export const EXERCISE_SHEET = "演示 练习";
export const ANSWER_SHEET = "演示 答案";

interface Exercise {
  question: string;
  answer: DemoFormula;
  unit: string;
  record: string;
}

function riskWords(profile: RuleProfile, level: "高" | "中" | "低"): string {
  return profile.risk.use === "adjust" ? `，${level}风险` : "";
}

function auditExercise(
  question: string,
  args: AuditArgs,
  factors?: Array<{ id: string; pct: number }>,
): Exercise {
  // The record of a case with factors is the core's own, factor steps included (CERT.EXPLAIN takes only a sum).
  const input = factors
    ? { employees: args.employees, risk: args.risk, type: args.type, profile: args.profile, factors }
    : args;
  return {
    question,
    answer: auditDaysCall(args),
    unit: "人日",
    record: renderRecord(auditDays(input).steps),
  };
}

function reductionFactors(profile: RuleProfile): Array<{ id: string; label: string; pct: number }> {
  const reduce = profile.adjustFactors.items.filter((f) => f.direction === "reduce").slice(0, 2);
  return reduce.map((f, i) => ({ id: f.id, label: f.label, pct: i === 0 ? 15 : 10 }));
}

function exercisesFor(profile: RuleProfile): Exercise[] {
  const id = profile.id;
  const base: AuditArgs = {
    employees: 180,
    risk: riskFor(profile, "高"),
    type: "初次",
    adjustPct: 0,
    profile: id,
  };
  const list: Exercise[] = [
    auditExercise(
      `某组织有效人数 180 人${riskWords(profile, "高")}，初次认证（第一阶段 + 第二阶段）需要多少审核人日？`,
      base,
    ),
    auditExercise("同一组织的监督审核需要多少人日？", { ...base, type: "监督" }),
    auditExercise("同一组织的再认证需要多少人日？", { ...base, type: "再认证" }),
  ];
  const initial = list[0]?.answer.value as number;
  list.push({
    question: "第 1 题的初次认证中，现场审核至少多少人日？",
    answer: onsiteCall(initial, id),
    unit: "人日",
    record: renderRecord([...auditDays(base).steps, ...onsiteMinimum(initial, id).steps]),
  });
  const factors = reductionFactors(profile);
  if (factors.length === 2) {
    const total = -factors.reduce((sum, f) => sum + f.pct, 0);
    list.push(
      auditExercise(
        `有效人数 1000 人${riskWords(profile, "中")}，记录的调整因素为「${factors[0]?.label}」−${factors[0]?.pct}% 和「${factors[1]?.label}」−${factors[1]?.pct}%，初次认证多少人日？`,
        { employees: 1000, risk: riskFor(profile, "中"), type: "初次", adjustPct: total, profile: id },
        factors.map((f) => ({ id: f.id, pct: f.pct })),
      ),
    );
  }
  if (profile.stages)
    list.push(
      auditExercise("有效人数 100 人，第一阶段审核多少人日？", {
        employees: 100,
        risk: "",
        type: "一阶段",
        adjustPct: 0,
        profile: id,
      }),
    );
  const last = profile.table.rows[profile.table.rows.length - 1]?.upTo ?? 10700;
  const big = Math.round(last * 1.12);
  list.push(
    auditExercise(
      `有效人数 ${big} 人（超过表中最大的 ${last} 人）${riskWords(profile, "中")}，初次认证多少人日？`,
      { employees: big, risk: riskFor(profile, "中"), type: "初次", adjustPct: 0, profile: id },
    ),
  );
  const sampled = sampleSites({ sites: 25, type: "监督", similar: true });
  list.push({
    question: "一个组织有 25 个相似场所，监督审核至少抽取多少个场所（中心职能另外每次都审核）？",
    answer: sampleCall(25, "监督", true),
    unit: "个场所",
    // The sampling record's lines are its message table's step texts (sampling/messages.ts).
    record: sampled.steps
      .map((s) => formatProblem({ code: s.id, clause: s.clause, params: s.values }))
      .join("；"),
  });
  return list;
}

export function exerciseSheets(profile: RuleProfile): DemoSheet[] {
  const exercises = exercisesFor(profile);
  const questions = new SheetGrid(EXERCISE_SHEET, 3);
  questions.add([`练习：按规则 ${profile.id}（${profile.name}）计算`], { bold: true });
  questions.add([`答案和计算记录见工作表「${ANSWER_SHEET}」。`]);
  questions.blank();
  questions.add(["题号", "题目", "你的答案"], { bold: true });
  exercises.forEach((e, i) => questions.add([i + 1, e.question, null]));

  const answers = new SheetGrid(ANSWER_SHEET, 4);
  answers.add([`答案：规则 ${profile.id}（${profile.name}）`], { bold: true });
  answers.blank();
  answers.add(["题号", "答案", "单位", "计算记录（含条款）"], { bold: true });
  exercises.forEach((e, i) => answers.add([i + 1, e.answer, e.unit, e.record]));
  return [questions.build(), answers.build()];
}
