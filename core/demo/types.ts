/**
 * The demo workbook a trainer inserts (DOMAIN §1: demonstrate the rules live in Excel), as plain
 * data: sheets of cells, where a computed cell carries both its `=CERT.*` call and the value the
 * core gives for it. Excel writes the call (the custom functions recompute it); a host without the
 * custom functions (the browser workbench) writes the value, computed by the same core calls.
 */

/** An argument of a CERT call: a cell on the same sheet, a text or a number. */
export type DemoArg = { ref: string } | { text: string } | { number: number } | { bool: boolean };

/** The custom functions the demo uses (DOMAIN §11), without the CERT. namespace. */
export type DemoFunction = "AUDITDAYS" | "ONSITEDAYS" | "EXPLAIN" | "RISK" | "SAMPLESITES";

export interface DemoFormula {
  fn: DemoFunction;
  args: DemoArg[];
  /** What the core computes for these arguments: the value the cell shows. */
  value: number | string;
}

export type DemoCell = string | number | boolean | null | DemoFormula;

/** A chart over cells of the same sheet (the shape of the workbook door's ChartSpec). */
export interface DemoChart {
  kind: "column" | "line";
  source: string;
  title: string;
  topLeft: string;
  bottomRight: string;
}

export interface DemoSheet {
  /** Wanted name; the host may add a suffix when it is taken. */
  name: string;
  /** Rectangular: every row has the same length. */
  rows: DemoCell[][];
  /** A1 ranges shown bold (titles and headers). */
  bold: string[];
  /**
   * A1 ranges to format as text before the values go in, so Excel keeps a scope code such as
   * "03.01.02" or "29.01" as typed instead of reading it as a date or a number.
   */
  text: string[];
  chart?: DemoChart;
}

export interface DemoPlan {
  profile: string;
  sheets: DemoSheet[];
}

export function isFormula(cell: DemoCell): cell is DemoFormula {
  return typeof cell === "object" && cell !== null;
}
