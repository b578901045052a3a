/**
 * A recognised sheet after reading: its values kept column by column (one array per column, so a
 * 100 000-row sheet costs no object per row), each cell's state, and typed accessors the checks use.
 */
import type { Params } from "./findings";
import type { ColumnSpec, ReportSpec } from "./specs/column";
import type { ReportType } from "./types";

export type ParsedValue = string | number | string[] | undefined;

/** 0 blank, 1 read, 2 present but unreadable (a finding was made). */
export const BLANK = 0;
export const OK = 1;
export const BAD = 2;

export interface ParsedColumn {
  spec: ColumnSpec;
  /** 0-based sheet column. */
  index: number;
  values: ParsedValue[];
  state: Uint8Array;
  /** Dates given as a year and month only (出生年月). */
  monthOnly?: Uint8Array;
  /** Code columns, once checked (codes.ts): 1 where core/ids found the code valid. */
  valid?: Uint8Array;
}

export class ParsedSheet {
  readonly columns = new Map<string, ParsedColumn>();
  /** The CNCA layout the sheet was read in (cnca/adapter.ts); undefined for the friendly layout. */
  layout?: string;
  constructor(
    readonly name: string,
    readonly type: ReportType,
    readonly spec: ReportSpec,
    readonly headerRow: number,
    /** 1-based sheet rows of the data rows, top to bottom. */
    readonly rows: number[],
  ) {}

  has(key: string): boolean {
    return this.columns.has(key);
  }
  str(key: string, i: number): string | undefined {
    const v = this.columns.get(key)?.values[i];
    return typeof v === "string" ? v : undefined;
  }
  num(key: string, i: number): number | undefined {
    const v = this.columns.get(key)?.values[i];
    return typeof v === "number" ? v : undefined;
  }
  list(key: string, i: number): string[] | undefined {
    const v = this.columns.get(key)?.values[i];
    return Array.isArray(v) ? v : undefined;
  }
  state(key: string, i: number): number {
    return this.columns.get(key)?.state[i] ?? BLANK;
  }
  /** 1-based sheet column of a field, 0 when the sheet lacks it. */
  col(key: string): number {
    const c = this.columns.get(key);
    return c ? c.index + 1 : 0;
  }
  header(key: string): string {
    return this.columns.get(key)?.spec.header ?? this.spec.columns.find((c) => c.key === key)?.header ?? key;
  }
  /** Params naming a column, for messages. */
  columnParams(key: string): Params {
    const spec = this.columns.get(key)?.spec ?? this.spec.columns.find((c) => c.key === key);
    return { column: spec?.header ?? key, columnEn: spec?.headerEn ?? key };
  }
}
