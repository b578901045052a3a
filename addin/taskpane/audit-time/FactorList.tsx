/**
 * The selected profile's adjustment factors (profile data: 001 附录B 注4 and the like) as
 * checkboxes, folded away by default so the result stays in view; a checked factor asks for its
 * percentage. Increase and reduction factors are separate groups, so the sign never has to be
 * typed (though "-10" in a reduction field is read as the same 10 %). Headings cite the profile's
 * own clause.
 */
import { useId } from "react";
import { Checkbox, Input, makeStyles, tokens } from "@fluentui/react-components";
import { getProfile } from "../../../core";
import { usePaneStyles } from "../shell/styles";
import type { FactorEntry } from "./calculate";

const useStyles = makeStyles({
  toggle: {
    appearance: "none",
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} 0`,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    textAlign: "left",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  pct: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: "28px",
  },
  pctInput: { width: "96px", minWidth: 0 },
});

const GROUPS = [
  { direction: "increase", title: "增加审核时间的因素", word: "增加" },
  { direction: "reduce", title: "减少审核时间的因素", word: "减少" },
] as const;

function sumText(pct: number): string {
  return pct > 0 ? `合计 +${pct}%` : pct < 0 ? `合计 −${-pct}%` : "合计 0%";
}

export function FactorList({
  profileId,
  factors,
  totalPct,
  open,
  onToggle,
  onChange,
}: {
  profileId: string;
  factors: Readonly<Record<string, FactorEntry>>;
  /** The core's sum of the ticked factors, when it could compute one. */
  totalPct: number | null;
  /** Folded by default; the pane keeps its result in view while the list is open. */
  open: boolean;
  onToggle: () => void;
  onChange: (id: string, entry: FactorEntry) => void;
}) {
  const pane = usePaneStyles();
  const styles = useStyles();
  const panelId = useId();
  const { adjustFactors } = getProfile(profileId);
  const ticked = adjustFactors.items.filter((f) => factors[f.id]?.checked).length;
  const summary =
    ticked === 0 ? "未选" : `已选 ${ticked} 项${totalPct === null ? "" : `，${sumText(totalPct)}`}`;
  return (
    <div className={pane.section}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={onToggle}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        <span>
          调整因素（{adjustFactors.clause}）：{summary}
        </span>
      </button>
      {/* Hidden by style, not `hidden`: the flex class would override it; kept for aria-controls. */}
      <div id={panelId} className={pane.section} style={open ? undefined : { display: "none" }}>
        {adjustFactors.basis ? <p className={`${pane.text} ${pane.muted}`}>{adjustFactors.basis}</p> : null}
        {GROUPS.map((group) => (
          <fieldset key={group.direction} className={pane.section}>
            <legend className={pane.heading}>
              {group.title}
              <span className={pane.muted}>（{adjustFactors.clause}）</span>
            </legend>
            {adjustFactors.items
              .filter((f) => f.direction === group.direction)
              .map((factor) => {
                const entry = factors[factor.id] ?? { checked: false, pct: "" };
                return (
                  <div key={factor.id} className={styles.item}>
                    <Checkbox
                      label={factor.label}
                      checked={entry.checked}
                      onChange={(_, data) =>
                        onChange(factor.id, { ...entry, checked: data.checked === true })
                      }
                    />
                    {entry.checked ? (
                      <div className={styles.pct}>
                        <span aria-hidden="true">{group.direction === "increase" ? "+" : "−"}</span>
                        <Input
                          className={styles.pctInput}
                          inputMode="decimal"
                          placeholder="如 10"
                          aria-label={`${factor.label}的${group.word}百分比`}
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
      </div>
    </div>
  );
}
