/**
 * Findings grouped by sheet → severity → check, with counts; a finding with a cell is a button
 * that selects the cell. Very long groups list their first findings only and say how many more
 * there are (the 校验结果 sheet lists every one), so a 100 000-row report stays responsive.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../shell/styles";
import { SEVERITY_LABELS, WORKBOOK_LABEL, type FindingItem, type SheetGroup } from "../../../core";

/** Findings shown per check before "另有 N 条". */
export const ITEMS_SHOWN = 200;

const useStyles = makeStyles({
  sheet: {
    margin: 0,
    padding: 0,
    border: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalM, listStyleType: "none" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    background: "none",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  summary: { cursor: "pointer", overflowWrap: "anywhere" },
});

function Item({ item, onSelect }: { item: FindingItem; onSelect(item: FindingItem): void }) {
  const styles = useStyles();
  const text = (
    <>
      <span className={styles.cell}>{item.target || "—"}</span>
      {item.message}
    </>
  );
  if (item.target === "") return <li className={styles.item}>{text}</li>;
  return (
    <li>
      <button
        type="button"
        className={styles.item}
        onClick={() => onSelect(item)}
        title={`定位到「${item.sheet}」${item.target}`}
      >
        {text}
      </button>
    </li>
  );
}

export function FindingList({
  groups,
  onSelect,
}: {
  groups: readonly SheetGroup[];
  onSelect(item: FindingItem): void;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  if (groups.length === 0) return <p className={pane.text}>没有发现问题。</p>;
  return (
    <div className={pane.section}>
      {groups.map((group) => (
        <section
          key={group.sheet}
          className={styles.sheet}
          aria-label={`工作表「${group.sheet || WORKBOOK_LABEL}」的校验结果`}
        >
          <h3 className={pane.heading}>
            {group.sheet || WORKBOOK_LABEL}
            <span className={pane.muted}>
              {" "}
              {(["error", "warning", "info"] as const)
                .filter((s) => group.counts[s] > 0)
                .map((s) => `${SEVERITY_LABELS[s].zh} ${group.counts[s]}`)
                .join(" · ")}
            </span>
          </h3>
          {group.severities.map((severity) => (
            <div key={severity.severity}>
              <p className={`${pane.text} ${styles[severity.severity]}`}>
                {SEVERITY_LABELS[severity.severity].zh}（{severity.count}）
              </p>
              {severity.checks.map((check) => (
                <details key={check.id} open={severity.severity === "error"}>
                  <summary className={styles.summary}>{`${check.id} · ${check.items.length} 处`}</summary>
                  <ul className={styles.list}>
                    {check.items.slice(0, ITEMS_SHOWN).map((item) => (
                      <Item key={item.key} item={item} onSelect={onSelect} />
                    ))}
                    {check.items.length > ITEMS_SHOWN ? (
                      <li className={pane.muted}>
                        另有 {check.items.length - ITEMS_SHOWN} 处未列出，「写入结果表」可查看全部。
                      </li>
                    ) : null}
                  </ul>
                </details>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
