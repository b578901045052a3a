/**
 * The open workbook as a simple grid: sheet tabs, an address box and the cells of the sheet on
 * screen, read from the worker a window at a time (a 20 000-row sheet draws only what is visible).
 * Selecting here is the workbench's selection; a finding's 定位 selects and scrolls to its cell.
 * Arrow keys move the selection when the grid has focus.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { Input, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, formatCell, formatRange, parseRange, MAX_COLUMNS, MAX_ROWS } from "../../core";
import type { BookClient } from "./book-client";
import type { GridWindow } from "./book";
import type { ViewStore } from "./view-store";

const ROW_H = 24;
const COL_W = 96;
const HEAD_W = 48;
/** Columns drawn; report sheets have at most 59. */
const MAX_DRAWN_COLUMNS = 80;
const OVERSCAN = 10;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  tabs: { overflowX: "auto", minWidth: 0 },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  address: { width: "9em" },
  where: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground3,
  },
  viewport: {
    position: "relative",
    overflow: "auto",
    height: "clamp(200px, 55vh, 900px)",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: { position: "absolute", left: 0, display: "flex", height: `${ROW_H}px` },
  cell: {
    boxSizing: "border-box",
    width: `${COL_W}px`,
    flexShrink: 0,
    height: `${ROW_H}px`,
    lineHeight: `${ROW_H - 1}px`,
    padding: "0 4px",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    cursor: "cell",
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    position: "sticky",
    zIndex: 1,
  },
  rowHead: { width: `${HEAD_W}px`, left: 0 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

export function SheetGrid({ client, view }: { client: BookClient; view: ViewStore }) {
  const styles = useStyles();
  const state = useSyncExternalStore(view.subscribe, view.get);
  const sheet = state.sheets.find((s) => s.name === state.active) ?? null;
  const viewport = useRef<HTMLDivElement>(null);
  const [win, setWin] = useState<GridWindow | null>(null);
  const [addressText, setAddressText] = useState("");
  const seq = useRef(0);
  const columns = Math.min(MAX_DRAWN_COLUMNS, Math.max(sheet?.columnCount ?? 0, 8));
  const rows = Math.max(sheet?.rowCount ?? 0, 20);

  const fetchWindow = useCallback(() => {
    const box = viewport.current;
    if (!box || !sheet) return;
    const first = Math.max(1, Math.floor(box.scrollTop / ROW_H) - OVERSCAN);
    const count = Math.ceil(box.clientHeight / ROW_H) + 2 * OVERSCAN;
    const mine = ++seq.current;
    client.call("window", sheet.name, first, 1, count, columns).then(
      (w) => mine === seq.current && setWin(w),
      () => undefined, // the sheet went away while scrolling; the next state change redraws
    );
  }, [client, sheet, columns]);

  useEffect(fetchWindow, [fetchWindow, state.version]);

  const selected = state.selection?.sheet === sheet?.name ? state.selection : null;
  const ref = selected ? safeRange(selected.address) : null;
  useEffect(() => setAddressText(selected?.address ?? ""), [selected?.address]);

  // Bring the selection into view inside the grid (the page itself does not scroll).
  useLayoutEffect(() => {
    const box = viewport.current;
    if (!box || !ref) return;
    const top = ref.top * ROW_H;
    const left = HEAD_W + (ref.left - 1) * COL_W;
    if (top < box.scrollTop + ROW_H || top + ROW_H > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 2);
    if (left < box.scrollLeft + HEAD_W || left + COL_W > box.scrollLeft + box.clientWidth)
      box.scrollLeft = Math.max(0, left - HEAD_W - COL_W);
    fetchWindow();
  }, [selected?.sheet, selected?.address]);

  const select = (row: number, column: number) => {
    if (!sheet) return;
    view.update({ selection: { sheet: sheet.name, address: formatCell(row, column) } });
  };

  const onKey = (event: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move || !sheet) return;
    event.preventDefault();
    const at = ref ?? { top: 1, left: 1 };
    select(
      Math.min(MAX_ROWS, Math.max(1, at.top + move[0])),
      Math.min(MAX_COLUMNS, Math.max(1, at.left + move[1])),
    );
  };

  const goTo = () => {
    if (!sheet) return;
    const parsed = safeRange(addressText.trim().toUpperCase());
    if (parsed) view.update({ selection: { sheet: sheet.name, address: formatRange(parsed) } });
    else setAddressText(selected?.address ?? "");
  };

  if (state.sheets.length === 0)
    return <p className={styles.empty}>尚未打开工作簿：点「打开工作簿」或把 .xlsx 文件拖到此页。</p>;

  const isSelected = (r: number, c: number) =>
    ref !== null && r >= ref.top && r <= ref.bottom && c >= ref.left && c <= ref.right;

  return (
    <section className={styles.root} aria-label="工作表内容">
      <div className={styles.tabs}>
        <TabList
          size="small"
          aria-label="工作表"
          selectedValue={state.active ?? undefined}
          onTabSelect={(_, data) => view.update({ active: String(data.value) })}
        >
          {state.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.bar}>
        <Input
          className={styles.address}
          size="small"
          aria-label="单元格地址"
          value={addressText}
          placeholder="如 B2"
          onChange={(_, data) => setAddressText(data.value)}
          onKeyDown={(event) => event.key === "Enter" && goTo()}
          onBlur={goTo}
        />
        <span className={styles.where} aria-live="polite" data-testid="grid-selection">
          {selected ? `已选「${selected.sheet}」${selected.address}` : `${sheet?.rowCount ?? 0} 行`}
        </span>
      </div>
      <div
        ref={viewport}
        className={styles.viewport}
        role="grid"
        aria-label={`工作表「${sheet?.name ?? ""}」`}
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        tabIndex={0}
        onKeyDown={onKey}
        onScroll={() => requestAnimationFrame(fetchWindow)}
      >
        <div style={{ height: (rows + 1) * ROW_H, width: HEAD_W + columns * COL_W, position: "relative" }}>
          <div role="row" className={styles.row} style={{ top: 0, position: "sticky", zIndex: 2 }}>
            <div
              role="columnheader"
              className={`${styles.cell} ${styles.head} ${styles.rowHead}`}
              style={{ top: 0 }}
            />
            {Array.from({ length: columns }, (_, i) => (
              <div key={i} role="columnheader" className={`${styles.cell} ${styles.head}`} style={{ top: 0 }}>
                {columnLetters(i + 1)}
              </div>
            ))}
          </div>
          {win && win.sheet === sheet?.name
            ? win.text.map((cells, i) => {
                const r = win.top + i;
                return (
                  <div
                    key={r}
                    role="row"
                    aria-rowindex={r + 1}
                    className={styles.row}
                    style={{ top: r * ROW_H }}
                  >
                    <div role="rowheader" className={`${styles.cell} ${styles.head} ${styles.rowHead}`}>
                      {r}
                    </div>
                    {cells.map((text, c) => {
                      const fill = win.fills[i]?.[c];
                      const on = isSelected(r, c + 1);
                      return (
                        <div
                          key={c}
                          role="gridcell"
                          aria-selected={on}
                          data-cell={formatCell(r, c + 1)}
                          title={text || undefined}
                          className={`${styles.cell} ${on ? styles.selected : ""}`}
                          style={fill?.startsWith("#") ? { backgroundColor: fill } : undefined}
                          onClick={() => select(r, c + 1)}
                        >
                          {text}
                        </div>
                      );
                    })}
                  </div>
                );
              })
            : null}
        </div>
      </div>
    </section>
  );
}

function safeRange(address: string) {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}
