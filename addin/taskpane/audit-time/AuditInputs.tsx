/**
 * The calculator's input rows — headcount, risk or scope code, audit type — two a row, as both the
 * audit-time pane and the rules pane's step-by-step calculator ask for them. Each gives its own
 * labels (the trainer's read 演示…); a pane's further fields (the profile) follow in the same grid.
 */
import type { ReactNode } from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { TextField } from "../shell/TextField";
import { usePaneStyles } from "../shell/styles";
import { AUDIT_TYPE_OPTIONS } from "./type-options";

export interface AuditInputValues {
  employees: string;
  risk: string;
  type: string;
}

const useStyles = makeStyles({
  /** Two inputs a row: a 320 px pane keeps about 290 px, enough for two 140 px fields. */
  inputs: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    // Inputs line up even where a label wraps onto two lines.
    alignItems: "end",
    minWidth: 0,
  },
});

export interface AuditInputsProps {
  values: AuditInputValues;
  labels: Readonly<AuditInputValues>;
  placeholders?: Readonly<Partial<Pick<AuditInputValues, "employees" | "risk">>>;
  onChange(change: Partial<AuditInputValues>): void;
  children?: ReactNode;
}

export function AuditInputs({ values, labels, placeholders = {}, onChange, children }: AuditInputsProps) {
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <div className={styles.inputs}>
      <TextField
        label={labels.employees}
        inputMode="decimal"
        placeholder={placeholders.employees}
        value={values.employees}
        onChange={(employees) => onChange({ employees })}
      />
      <TextField
        label={labels.risk}
        placeholder={placeholders.risk}
        value={values.risk}
        onChange={(risk) => onChange({ risk })}
      />
      <Field label={labels.type}>
        <Select className={pane.full} value={values.type} onChange={(_, d) => onChange({ type: d.value })}>
          {AUDIT_TYPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {children}
    </div>
  );
}
