/**
 * The findings of one column's cells while a sheet is read a block of rows at a time (read.ts),
 * handed to the run's sink once the sheet is read, in the order reading the column alone makes them.
 * A column keeps at most the limit of each check (finding-limits.ts) with its params: a finding past
 * that could never be listed, so it is only counted, runs of them as one entry.
 */
import { FINDING_LIMITS } from "./finding-limits";
import type { CellSink, FindingOptions, FindingSink, Params } from "./findings";
import type { CheckId } from "./messages";

interface Held {
  id: CheckId;
  row: number;
  params: Params;
  options: FindingOptions | undefined;
}

interface Counted {
  id: CheckId;
  count: number;
}

export class ColumnFindings implements CellSink {
  /** Findings made so far, counted ones included (the readers' cache of clean values asks). */
  made = 0;
  private readonly entries: (Held | Counted)[] = [];
  private readonly perCheck = new Map<CheckId, number>();

  add(
    id: CheckId,
    _sheet: string,
    row: number,
    _column: number,
    params: Params = {},
    options?: FindingOptions,
  ): void {
    this.made++;
    const n = (this.perCheck.get(id) ?? 0) + 1;
    this.perCheck.set(id, n);
    if (n <= FINDING_LIMITS.perCheck) {
      this.entries.push({ id, row, params, options });
      return;
    }
    const last = this.entries.at(-1);
    if (last && "count" in last && last.id === id) last.count++;
    else this.entries.push({ id, count: 1 });
  }

  /** Adds the column's findings to `sink`, as if each had been added there when it was made. */
  handTo(sink: FindingSink, sheet: string, column: number): void {
    for (const e of this.entries) {
      if ("count" in e) sink.countPastLimit(e.id, sheet, e.count);
      else sink.add(e.id, sheet, e.row, column, e.params, e.options);
    }
  }
}
