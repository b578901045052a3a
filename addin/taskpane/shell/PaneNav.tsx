/**
 * Navigation between panes as WAI-ARIA tabs: one tab in the Tab order (roving tabindex), arrow
 * keys / Home / End move focus, Enter or Space opens the focused pane, a click opens it too.
 * Our own keyboard handling rather than Fluent's TabList, whose arrow keys come from tabster and
 * cannot be tested without a layout engine. The five tabs share one line even in a 320 px pane:
 * they split the width between them, with narrow padding, and never wrap.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { PANES, paneAfterKey, type PaneId } from "./routes";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "nowrap",
    minWidth: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    border: "none",
    backgroundColor: "transparent",
    flex: "1 1 auto",
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -3px 0 ${tokens.colorCompoundBrandStroke}`,
  },
});

export function tabId(pane: PaneId): string {
  return `certdesk-tab-${pane}`;
}

export function panelId(pane: PaneId): string {
  return `certdesk-pane-${pane}`;
}

export function PaneNav({ current, onSelect }: { current: PaneId; onSelect: (pane: PaneId) => void }) {
  const styles = useStyles();
  const buttons = useRef(new Map<PaneId, HTMLButtonElement>());
  const [focusable, setFocusable] = useState<PaneId>(current);
  useEffect(() => setFocusable(current), [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, pane: PaneId) => {
    if (event.key === "Enter" || event.key === " ") {
      // Handled here so the browser's own click does not follow.
      event.preventDefault();
      onSelect(pane);
      return;
    }
    const next = paneAfterKey(pane, event.key);
    if (!next) return;
    event.preventDefault();
    setFocusable(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label="功能" aria-orientation="horizontal" className={styles.list}>
      {PANES.map((pane) => (
        <button
          key={pane.id}
          ref={(element) => {
            if (element) buttons.current.set(pane.id, element);
            else buttons.current.delete(pane.id);
          }}
          type="button"
          role="tab"
          id={tabId(pane.id)}
          aria-selected={pane.id === current}
          aria-controls={panelId(pane.id)}
          tabIndex={pane.id === focusable ? 0 : -1}
          className={mergeClasses(styles.tab, pane.id === current && styles.selected)}
          onClick={() => onSelect(pane.id)}
          onFocus={() => setFocusable(pane.id)}
          onKeyDown={(event) => onKeyDown(event, pane.id)}
        >
          {pane.label}
        </button>
      ))}
    </div>
  );
}
