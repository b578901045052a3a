/** The one thing a clerk must not miss: 可以上报 or 不可上报, in large type and colour, with the counts. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../core";

const useStyles = makeStyles({
  banner: {
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  ok: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    borderLeftColor: tokens.colorPaletteGreenBorderActive,
    color: tokens.colorPaletteGreenForeground2,
  },
  blocked: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    borderLeftColor: tokens.colorPaletteRedBorderActive,
    color: tokens.colorPaletteRedForeground2,
  },
  label: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightBold,
  },
  detail: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
});

export function VerdictBanner({ verdict, rows }: { verdict: Verdict; rows: number }) {
  const styles = useStyles();
  return (
    <div
      role="status"
      aria-live="polite"
      data-verdict={verdict.canUpload ? "ok" : "blocked"}
      className={mergeClasses(styles.banner, verdict.canUpload ? styles.ok : styles.blocked)}
    >
      <span className={styles.label}>
        {verdict.canUpload ? "✔" : "✘"} {verdict.label}
      </span>
      <span className={styles.detail}>
        {verdict.detail}（共 {rows} 行数据）
      </span>
    </div>
  );
}
