/**
 * The trainer's calculator: headcount, risk and audit type under the chosen profile, and every
 * step of the core's calculation record as its own numbered line with its clause — the same steps
 * the audit-time pane and CERT.EXPLAIN render, shown one by one so a class can follow them.
 */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { renderStep } from "../../../core";
import type { AuditOutcome } from "../audit-time/calculate";
import { AUDIT_TYPE_OPTIONS } from "../audit-time/type-options";
import { Notice } from "../shell/Notice";
import { usePaneStyles } from "../shell/styles";

export interface CalculatorForm {
  employees: string;
  risk: string;
  type: string;
}

const useStyles = makeStyles({
  inputs: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  clause: { color: tokens.colorNeutralForeground3 },
  days: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function RuleCalculator({
  form,
  outcome,
  onChange,
}: {
  form: CalculatorForm;
  outcome: AuditOutcome;
  onChange: (change: Partial<CalculatorForm>) => void;
}) {
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <div className={pane.section}>
      <div className={styles.inputs}>
        <Field label="演示人数">
          <Input
            className={pane.full}
            inputMode="decimal"
            value={form.employees}
            onChange={(_, d) => onChange({ employees: d.value })}
          />
        </Field>
        <Field label="演示风险或代码">
          <Input className={pane.full} value={form.risk} onChange={(_, d) => onChange({ risk: d.value })} />
        </Field>
        <Field label="演示审核类型">
          <Select className={pane.full} value={form.type} onChange={(_, d) => onChange({ type: d.value })}>
            {AUDIT_TYPE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {outcome.ok ? (
        <section aria-label="逐步计算" aria-live="polite" className={pane.section}>
          <p className={styles.days} data-testid="calculator-days">
            {outcome.result.days} 人日
          </p>
          <ol className={styles.steps}>
            {outcome.steps.map((step, i) => (
              <li key={i}>
                {renderStep(step)}
                <span className={styles.clause}>（{step.clause}）</span>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <Notice message={{ intent: outcome.prompt ? "info" : "error", text: outcome.message }} />
      )}
    </div>
  );
}
