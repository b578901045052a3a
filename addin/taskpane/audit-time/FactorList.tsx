/**
 * The adjustment factors (001 附录B 注4) as checkboxes; a checked factor asks for its percentage.
 * Increase and reduction factors are separate groups, so the sign is never typed.
 */
import { Checkbox, Input, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../shell/styles";
import type { FactorEntry } from "./calculate";
import { ADJUST_FACTORS, FACTORS_CLAUSE, type FactorDirection } from "./factors";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  pct: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: "28px",
  },
  pctInput: { width: "88px", minWidth: 0 },
});

const GROUPS: Array<{ direction: FactorDirection; title: string }> = [
  { direction: "increase", title: "增加审核时间的因素" },
  { direction: "reduce", title: "减少审核时间的因素" },
];

export function FactorList({
  factors,
  onChange,
}: {
  factors: Readonly<Record<string, FactorEntry>>;
  onChange: (id: string, entry: FactorEntry) => void;
}) {
  const pane = usePaneStyles();
  const styles = useStyles();
  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group.direction} className={pane.section}>
          <legend className={pane.heading}>
            {group.title}
            <span className={pane.muted}>（{FACTORS_CLAUSE}）</span>
          </legend>
          {ADJUST_FACTORS.filter((f) => f.direction === group.direction).map((factor) => {
            const entry = factors[factor.id] ?? { checked: false, pct: "" };
            return (
              <div key={factor.id} className={styles.item}>
                <Checkbox
                  label={factor.label}
                  checked={entry.checked}
                  onChange={(_, data) => onChange(factor.id, { ...entry, checked: data.checked === true })}
                />
                {entry.checked ? (
                  <div className={styles.pct}>
                    <span aria-hidden="true">{group.direction === "increase" ? "+" : "−"}</span>
                    <Input
                      className={styles.pctInput}
                      inputMode="decimal"
                      aria-label={`${factor.label}的${group.direction === "increase" ? "增加" : "减少"}百分比`}
                      value={entry.pct}
                      onChange={(_, data) => onChange(factor.id, { ...entry, pct: data.value })}
                    />
                    <span>%</span>
                  </div>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
