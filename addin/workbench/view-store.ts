/**
 * What the page shows besides the panes: the open file, its sheets, the sheet on screen, the
 * selected range, and a version that changes whenever the book does (the grid then re-reads).
 * A tiny external store for useSyncExternalStore; no React here.
 */
import type { SheetInfo } from "../workbook/workbook";

export interface ViewState {
  fileName: string | null;
  sheets: SheetInfo[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
  version: number;
}

export class ViewStore {
  private state: ViewState = { fileName: null, sheets: [], active: null, selection: null, version: 0 };
  private readonly listeners = new Set<() => void>();

  get = (): ViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)): void {
    const patch = typeof change === "function" ? change(this.state) : change;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** The book changed: the grid re-reads what it shows. */
  touched(sheets?: SheetInfo[]): void {
    this.update((s) => ({ version: s.version + 1, ...(sheets ? { sheets } : {}) }));
  }
}
