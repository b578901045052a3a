/**
 * Cells in, cells out: the one adapter every CERT function goes through (DOMAIN §11). Each
 * parameter may be a single value or a range; a range gives a result of the same shape, a single
 * value is used for every cell of the range ("broadcast"), and ranges of different shapes give one
 * #VALUE! saying so. Each element is computed on its own: a bad element becomes an Excel error with
 * the core's Chinese message (formatProblem) and the others are still computed. Nothing is thrown
 * out of a function: an unexpected exception becomes #VALUE! naming it as a bug.
 *
 * Excel passes a matrix parameter as a 2-D array, an omitted optional parameter as null, a blank
 * cell inside a range as "" — the core's coercers treat null and "" as blank (documented defaults
 * for optional parameters, an input error for required ones). Because functions.json allows data
 * types for `any` parameters, a cell may also arrive as a data-type object ({type: "Double",
 * basicValue: 5}, an entity…): the value inside is what the core gets.
 */
import { FIELD_LABELS, InputError, formatProblem } from "../../core";
import { cellError, errorCodeOf, passError, type ErrorKind } from "./cell-error";
import { adapterMessage, type AdapterMessage } from "./messages";

/** What a cell can hold as our result. */
export type CellValue = string | number | boolean;
export type CellResult = CellValue | CustomFunctions.Error;

interface Shape {
  rows: number;
  columns: number;
}

/**
 * Problem codes that mean "the data is not there" rather than "the value is wrong": shown as #N/A
 * (e.g. a year the holiday package does not cover, DOMAIN §7).
 */
const NOT_AVAILABLE_CODES: ReadonlySet<string> = new Set(["date.holidaysNotCovered"]);

/**
 * A problem only the Excel side can have (a percentage-formatted cell, a date Excel cannot show):
 * thrown inside a cell's computation, shown with its adapter message like a core problem.
 */
export class CellProblem extends Error {
  readonly code: AdapterMessage;
  readonly params: Record<string, string | number>;
  constructor(code: AdapterMessage, params: Record<string, string | number>) {
    super(adapterMessage(code, params, "en"));
    this.name = "CellProblem";
    this.code = code;
    this.params = params;
  }
}

/** Data types whose `basicValue` is the plain value the cell shows. */
const PLAIN_DATA_TYPES: ReadonlySet<unknown> = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

/**
 * A cell value as the core reads it: primitives as they are; a data-type object as its plain value
 * (a formatted number → the number, an entity → its text), anything else as a short description so
 * the core's message names it instead of "[object Object]". Excel errors are handled before this.
 */
export function plainValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const basic = record.basicValue;
  if (PLAIN_DATA_TYPES.has(record.type) && basic !== null && typeof basic !== "object") return basic;
  if (typeof record.text === "string") return record.text;
  return `[${typeof record.type === "string" ? record.type : "object"}]`;
}

/** A parameter as a rectangle: Excel's 2-D array, or a lone value / null as 1×1. */
export function asMatrix(arg: unknown): unknown[][] {
  if (!Array.isArray(arg)) return [[arg ?? null]];
  if (arg.length === 0) return [[null]];
  return arg.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

function shapeOf(matrix: unknown[][]): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

const isSingle = (s: Shape): boolean => s.rows === 1 && s.columns === 1;

/** Label of a parameter in messages: 有效人数, or 人日数2 for the second of repeated `days`. */
function fieldLabel(key: string): string {
  const direct = FIELD_LABELS[key]?.zh;
  if (direct) return direct;
  const repeated = /^(\D+)(\d+)$/.exec(key);
  const base = repeated ? FIELD_LABELS[repeated[1] ?? ""] : undefined;
  return base && repeated ? `${base.zh}${repeated[2]}` : key;
}

/** An exception from the core (or a bug) as the cell's error value. */
export function toCellError(error: unknown): CustomFunctions.Error {
  if (error instanceof InputError) {
    const kind: ErrorKind = NOT_AVAILABLE_CODES.has(error.problem.code) ? "notAvailable" : "invalidValue";
    return cellError(kind, formatProblem(error.problem, "zh"));
  }
  if (error instanceof CellProblem)
    return cellError("invalidValue", adapterMessage(error.code, error.params));
  const message = error instanceof Error ? error.message : String(error);
  return cellError("invalidValue", adapterMessage("internal", { message }));
}

/** The error a cell shows when an input element already is an Excel error; null otherwise. */
function inputError(key: string, value: unknown): CustomFunctions.Error | null {
  const code = errorCodeOf(value);
  return code
    ? passError(code, adapterMessage("inputIsError", { field: fieldLabel(key), value: code }))
    : null;
}

/** Runs one element's computation: a core problem or a bug becomes the cell's error, never a throw. */
function evaluate<K extends string>(
  values: Record<K, unknown>,
  compute: (values: Record<K, unknown>) => CellValue,
): CellResult {
  try {
    const result = compute(values);
    if (typeof result === "number" && !Number.isFinite(result)) throw new Error(`result ${result}`);
    return result;
  } catch (error) {
    return toCellError(error);
  }
}

/** The common shape of all parameters, or the message saying why there is none. */
function commonShape(matrices: ReadonlyArray<[string, unknown[][]]>): Shape | string {
  let shape: Shape = { rows: 1, columns: 1 };
  for (const [, matrix] of matrices) {
    const s = shapeOf(matrix);
    if (isSingle(s)) continue;
    if (isSingle(shape)) shape = s;
    else if (s.rows !== shape.rows || s.columns !== shape.columns) {
      const shapes = matrices
        .filter(([, m]) => !isSingle(shapeOf(m)))
        .map(([key, m]) => `${fieldLabel(key)} ${shapeOf(m).rows} 行×${shapeOf(m).columns} 列`)
        .join("，");
      return adapterMessage("shapeMismatch", { shapes });
    }
  }
  return shape;
}

/**
 * Applies `compute` to every element of the parameters' common shape. `args` are named after the
 * core's field labels (employees, risk…) so messages can name them.
 */
export function perCell<K extends string>(
  args: Record<K, unknown>,
  compute: (values: Record<K, unknown>) => CellValue,
): CellResult[][] {
  try {
    const matrices = Object.entries(args).map(([key, arg]): [string, unknown[][]] => [key, asMatrix(arg)]);
    const shape = commonShape(matrices);
    if (typeof shape === "string") return [[cellError("invalidValue", shape)]];
    // Per cell this runs once per parameter, for columns of thousands of cells: plain loops over
    // arrays prepared here, one fresh object per cell, no Object.entries or spreads in the loop.
    const keys = matrices.map(([key]) => key as K);
    const grids = matrices.map(([, matrix]) => matrix);
    const singles = matrices.map(([, matrix]) => isSingle(shapeOf(matrix)));
    const out: CellResult[][] = [];
    for (let r = 0; r < shape.rows; r++) {
      const row: CellResult[] = [];
      for (let c = 0; c < shape.columns; c++) {
        const values = {} as Record<K, unknown>;
        let passed: CustomFunctions.Error | null = null;
        for (let j = 0; j < keys.length; j++) {
          const grid = grids[j] as unknown[][];
          const value = (singles[j] ? grid[0]?.[0] : grid[r]?.[c]) ?? null;
          if (typeof value === "object" && value !== null) {
            // An input that is already an Excel error passes on; a data type gives its plain value.
            passed = inputError(keys[j] as K, value);
            if (passed) break;
            values[keys[j] as K] = plainValue(value);
          } else values[keys[j] as K] = value;
        }
        row.push(passed ?? evaluate(values, compute));
      }
      out.push(row);
    }
    return out;
  } catch (error) {
    return [[toCellError(error)]];
  }
}

/**
 * For functions that return a row per input value (CERTPARSE): a single value or a one-column
 * range in, one row of `width` cells per value out; a bad value fills its row with its error.
 */
export function perRow(
  field: string,
  arg: unknown,
  width: number,
  compute: (value: unknown) => CellValue[],
): CellResult[][] {
  try {
    const matrix = asMatrix(arg);
    const shape = shapeOf(matrix);
    if (shape.columns !== 1) {
      return [
        [cellError("invalidValue", adapterMessage("notColumn", { field: fieldLabel(field), ...shape }))],
      ];
    }
    return matrix.map((row) => {
      const value = row[0] ?? null;
      const passed = inputError(field, value);
      if (passed) return Array<CellResult>(width).fill(passed);
      try {
        const cells = compute(plainValue(value));
        if (cells.length !== width) throw new Error(`expected ${width} cells, got ${cells.length}`);
        return cells;
      } catch (error) {
        return Array<CellResult>(width).fill(toCellError(error));
      }
    });
  } catch (error) {
    return [[toCellError(error)]];
  }
}
