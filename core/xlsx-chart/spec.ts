/**
 * What a chart needs, checked once: the chart request of the workbook door (`ChartSpec` in
 * addin/workbook/workbook.ts, same shape; core cannot import the add-in) and the values of its
 * source range, so a file written outside Excel shows the numbers before any recalculation.
 */
import { fail } from "../problem";
import { AddressError, columnCount, parseCell, parseRange, rowCount, type RangeRef } from "../sheet/a1";

export interface ChartRequest {
  kind: "column" | "line";
  /** A1 range holding the data, header row first, categories in the first column. */
  source: string;
  title: string;
  /** A1 of the chart's top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
}

export interface ChartSeries {
  name: string;
  /** null where the cell holds no number: drawn as a gap, never as 0. */
  values: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** A cell of the source range as written to the sheet. */
export type ChartCell = string | number | boolean | null | undefined;

export interface ChartLayout {
  source: RangeRef;
  /** Zero-based cell corners of the anchor (DrawingML counts from 0); `to` is exclusive. */
  from: { column: number; row: number };
  to: { column: number; row: number };
}

const CLAUSE = "本工具约定";

function parse<T>(address: string, read: (a: string) => T): T {
  try {
    return read(address);
  } catch (error) {
    if (error instanceof AddressError) fail("xlsxChart.badAddress", CLAUSE, { address });
    throw error;
  }
}

/** Parses and checks the request's addresses: the source needs a header row and a category column. */
export function chartLayout(request: ChartRequest): ChartLayout {
  const source = parse(request.source, parseRange);
  if (rowCount(source) < 2 || columnCount(source) < 2)
    fail("xlsxChart.sourceTooSmall", CLAUSE, {
      source: request.source,
      rows: rowCount(source),
      columns: columnCount(source),
    });
  const start = parse(request.topLeft, parseCell);
  const end = parse(request.bottomRight, parseCell);
  const top = Math.min(start.row, end.row);
  const bottom = Math.max(start.row, end.row);
  const left = Math.min(start.column, end.column);
  const right = Math.max(start.column, end.column);
  // The chart covers both corner cells, as Excel's setPosition(start, end) does.
  return { source, from: { column: left - 1, row: top - 1 }, to: { column: right, row: bottom } };
}

function label(cell: ChartCell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell);
}

/** Reads the source block (header row first, categories in the first column) as chart data. */
export function chartDataFromRows(request: ChartRequest, rows: readonly (readonly ChartCell[])[]): ChartData {
  const { source } = chartLayout(request);
  const width = columnCount(source);
  if (rows.length !== rowCount(source) || rows.some((row) => row.length !== width))
    fail("xlsxChart.dataMismatch", CLAUSE, {
      given: rows.length,
      givenColumns: rows[0]?.length ?? 0,
      source: request.source,
      rows: rowCount(source),
      columns: width,
    });
  const [header = [], ...body] = rows;
  return {
    categories: body.map((row) => label(row[0])),
    series: header.slice(1).map((name, index) => ({
      name: label(name),
      values: body.map((row) => {
        const value = row[index + 1];
        return typeof value === "number" && Number.isFinite(value) ? value : null;
      }),
    })),
  };
}
