/**
 * The trainer's calculator: headcount, risk and audit type under the chosen profile, and every
 * step of the core's calculation record as its own numbered line with its clause — the same steps
 * the audit-time pane and CERT.EXPLAIN render, shown one by one so a class can follow them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { renderStep } from "../../../core";
import type { AuditOutcome } from "../audit-time/calculate";
import { AuditInputs, type AuditInputValues } from "../audit-time/AuditInputs";
import { Notice } from "../shell/Notice";
import { usePaneStyles } from "../shell/styles";

export type CalculatorForm = AuditInputValues;

const useStyles = makeStyles({
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
      <AuditInputs
        values={form}
        labels={{ employees: "演示人数", risk: "演示风险或代码", type: "演示审核类型" }}
        onChange={onChange}
      />
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
