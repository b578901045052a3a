/** Layout shared by the panes: one column that fits a 320 px task pane, nothing wider. */
import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Height of the sticky tab bar (PaneNav: 20 px line + 2 × 8 px padding + 1 px border, under the
 * shell header's 4 px top padding), so a pane's own sticky part sits just below it.
 */
export const TAB_BAR_HEIGHT = "41px";

export const usePaneStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: "100%",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  /** Inputs take the pane's width (Fluent's Input has a 250 px minimum of its own). */
  full: {
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  text: {
    margin: 0,
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase300,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});
