/**
 * The panes and the hash route that names one ("#/audit-time"). A hash, not history.pushState:
 * office.js replaces window.history.pushState/replaceState with null in the task pane.
 */
export const PANES = [
  { id: "audit-time", label: "审核时间" },
  { id: "validation", label: "报表校验" },
  { id: "statistics", label: "年报统计" },
  { id: "rules", label: "规则" },
  { id: "settings", label: "设置" },
] as const;

export type PaneId = (typeof PANES)[number]["id"];

export const DEFAULT_PANE: PaneId = "audit-time";

const IDS = new Set<string>(PANES.map((p) => p.id));

/** The pane a hash names; anything else (empty, unknown, garbage) is the default pane. */
export function paneFromHash(hash: string): PaneId {
  const id = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return IDS.has(id) ? (id as PaneId) : DEFAULT_PANE;
}

export function hashOf(pane: PaneId): string {
  return `#/${pane}`;
}

/** The neighbour a navigation key moves to (WAI-ARIA tabs: arrows wrap, Home/End jump). */
export function paneAfterKey(current: PaneId, key: string): PaneId | null {
  const index = PANES.findIndex((p) => p.id === current);
  const last = PANES.length - 1;
  const target =
    key === "ArrowRight" || key === "ArrowDown"
      ? (index + 1) % PANES.length
      : key === "ArrowLeft" || key === "ArrowUp"
        ? (index + last) % PANES.length
        : key === "Home"
          ? 0
          : key === "End"
            ? last
            : -1;
  return target < 0 ? null : (PANES[target]?.id ?? null);
}
