/**
 * The sheet-choice block of the panes that work on sheets the user picks (报表校验, 年报统计): the
 * workbook's sheets once read (a spinner while reading, a hint when reading failed), the pane's own
 * fields under them, and the pane's run button beside 刷新工作表. Each pane draws its own list
 * (a report type per sheet, a tick per sheet); reading and running stay with the pane.
 */
import type { ReactNode } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { usePaneStyles } from "./styles";

export interface SheetPickerProps<T> {
  legend: string;
  /** null until the sheets have been read. */
  sheets: readonly T[] | null;
  /** An action is running: the buttons are off and, before the first read, a spinner shows. */
  busy: boolean;
  runLabel: string;
  onRun(): void;
  onRefresh(): void;
  /** The pane's own list of the sheets read (never called with an empty list). */
  renderSheets(sheets: readonly T[]): ReactNode;
  /** The pane's fields between the list and the buttons. */
  children?: ReactNode;
}

export function SheetPicker<T>({
  legend,
  sheets,
  busy,
  runLabel,
  onRun,
  onRefresh,
  renderSheets,
  children,
}: SheetPickerProps<T>) {
  const styles = usePaneStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.heading}>{legend}</legend>
      {sheets === null ? (
        busy ? (
          <Spinner size="tiny" label="正在读取工作表…" />
        ) : (
          <p className={`${styles.text} ${styles.muted}`}>尚未读取到工作表，请点「刷新工作表」。</p>
        )
      ) : sheets.length === 0 ? (
        <p className={styles.text}>工作簿中没有工作表。</p>
      ) : (
        renderSheets(sheets)
      )}
      {children}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || sheets === null} onClick={onRun}>
          {runLabel}
        </Button>
        <Button disabled={busy} onClick={onRefresh}>
          刷新工作表
        </Button>
      </div>
    </fieldset>
  );
}
