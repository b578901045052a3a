/**
 * "Fill a table": the user selects a table (with or without its header row), says which columns
 * hold headcount, risk and type and which column receives the result, and the pane writes one
 * `=CERT.AUDITDAYS(B2,C2,D2)` per row — cell references, never copied values — in one block.
 * Pure: reads a Selection, returns the block to write or a Chinese message.
 */
import { isBlank, type CellValue, columnName, formatCell, parseRange } from "../../../core";
import type { Selection } from "../../workbook/workbook";
import { auditDaysFormula, type FormulaArg } from "./formula";

export interface SelectedTable {
  sheet: string;
  address: string;
  top: number;
  left: number;
  /** Rectangular: every row has `width` cells (blank cells are null). */
  rows: CellValue[][];
  width: number;
  /** Whether the first row looks like a header row (the user may override). */
  headerLikely: boolean;
}

export interface TableColumn {
  /** 1-based sheet column. */
  column: number;
  letter: string;
  label: string;
  /** Non-blank cells below the header (or in all rows without one). */
  filled: number;
}

export type TableRead = { ok: true; table: SelectedTable } | { ok: false; message: string };

const HELP = "请选中整个表格区域（可含标题行），其中包括有效人数列和一个用于写入公式的输出列（可为空列）。";

const isText = (v: CellValue) => typeof v === "string" && !isBlank(v) && !/^\s*[-+]?\d+(\.\d+)?\s*$/.test(v);
const isNumberLike = (v: CellValue) =>
  typeof v === "number" || (typeof v === "string" && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v));

/**
 * A header row is text only, and some column turns from text in the first row to a number in the
 * second (人数 → 180); a first row of plain data (甲公司, 180, 高) does not.
 */
export function looksLikeHeader(rows: readonly CellValue[][]): boolean {
  const [first, second] = rows;
  if (!first || !second) return false;
  const filled = first.filter((v) => !isBlank(v));
  if (filled.length === 0 || !filled.every(isText)) return false;
  return first.some((v, i) => isText(v) && isNumberLike(second[i] ?? null));
}

export function readTable(selection: Selection): TableRead {
  const { address } = selection;
  if (selection.rowCount * selection.columnCount === 1) {
    return { ok: false, message: `所选的是单个单元格 ${address}，不是表格。${HELP}` };
  }
  const valuesWidth = Math.max(0, ...selection.values.map((row) => row.length));
  if (selection.values.every((row) => row.every((v) => isBlank(v)))) {
    return { ok: false, message: `所选区域 ${address} 没有数据。${HELP}` };
  }
  // Values stop at the sheet's last used column; keep one blank column beyond it when selected.
  const width = Math.min(selection.columnCount, valuesWidth + (selection.columnCount > valuesWidth ? 1 : 0));
  if (width < 2) return { ok: false, message: `所选区域 ${address} 只有一列。${HELP}` };
  const ref = parseRange(address);
  const rows = selection.values.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
  return {
    ok: true,
    table: {
      sheet: selection.sheet,
      address,
      top: ref.top,
      left: ref.left,
      rows,
      width,
      headerLikely: looksLikeHeader(rows),
    },
  };
}

function dataRows(table: SelectedTable, header: boolean): CellValue[][] {
  return header ? table.rows.slice(1) : table.rows;
}

export function tableColumns(table: SelectedTable, header: boolean): TableColumn[] {
  const data = dataRows(table, header);
  return Array.from({ length: table.width }, (_, i) => {
    const column = table.left + i;
    const letter = columnName(column);
    const title = header ? table.rows[0]?.[i] : null;
    const name = title !== null && title !== undefined && !isBlank(title) ? `：${String(title).trim()}` : "";
    return {
      column,
      letter,
      label: `${letter} 列${name}`,
      filled: data.filter((row) => !isBlank(row[i] ?? null)).length,
    };
  });
}

/** Column numbers chosen by the user; null risk/type/adjust means "use the pane's value" / none. */
export interface FillChoice {
  header: boolean;
  employees: number;
  risk: number | null;
  type: number | null;
  adjust: number | null;
  output: number;
}

const GUESS: Array<[keyof Omit<FillChoice, "header" | "output">, RegExp]> = [
  ["employees", /人数|员工|人员/],
  ["risk", /风险|业务范围|范围代码/],
  ["type", /审核类型|审核活动|类型|类别/],
  ["adjust", /调整/],
];

/** A starting choice from header names, else the first numeric column and the first empty column. */
export function guessChoice(table: SelectedTable, header: boolean): Partial<FillChoice> {
  const columns = tableColumns(table, header);
  const data = dataRows(table, header);
  const used = new Set<number>();
  const choice: Partial<FillChoice> = { header };
  if (header) {
    for (const [key, pattern] of GUESS) {
      const hit = columns.find((c) => !used.has(c.column) && pattern.test(c.label));
      if (hit) {
        choice[key] = hit.column;
        used.add(hit.column);
      }
    }
  }
  if (choice.employees === undefined) {
    const numeric = columns.find(
      (c, i) =>
        !used.has(c.column) &&
        c.filled > 0 &&
        data.every((row) => isBlank(row[i] ?? null) || isNumberLike(row[i] ?? null)),
    );
    if (numeric) {
      choice.employees = numeric.column;
      used.add(numeric.column);
    }
  }
  const named = header
    ? columns.find((c) => !used.has(c.column) && /人日|审核时间/.test(c.label))
    : undefined;
  const empty = columns.find((c) => !used.has(c.column) && c.filled === 0);
  const output = named ?? empty;
  if (output) choice.output = output.column;
  return choice;
}

/** The pane's own values, used for risk and type when the table has no such column. */
export interface FixedArgs {
  risk: string;
  type: string;
  profile: string;
}

export type FillPlan =
  | {
      ok: true;
      sheet: string;
      topLeft: string;
      address: string;
      rows: string[][];
      formulas: number;
      overwrites: number;
    }
  | { ok: false; message: string };

export const OUTPUT_HEADER = "审核人日";

export function planFill(table: SelectedTable, choice: FillChoice, fixed: FixedArgs): FillPlan {
  const inputs = [choice.employees, choice.risk, choice.type, choice.adjust].filter(
    (c): c is number => c !== null,
  );
  if (inputs.includes(choice.output)) {
    return {
      ok: false,
      message: `输出列 ${columnName(choice.output)} 不能同时是输入列，请另选一个（可为空）列写入公式。`,
    };
  }
  const outside = [...inputs, choice.output].find((c) => c < table.left || c >= table.left + table.width);
  if (outside !== undefined)
    return { ok: false, message: `${columnName(outside)} 列不在所选区域 ${table.address} 内。` };
  const data = dataRows(table, choice.header);
  if (data.length === 0) return { ok: false, message: `所选区域 ${table.address} 除标题行外没有数据行。` };
  const dataTop = table.top + (choice.header ? 1 : 0);
  const ref = (column: number, row: number): FormulaArg => ({ ref: formatCell(row, column) });
  const formulas = data.map((_, i) => {
    const row = dataTop + i;
    return [
      auditDaysFormula({
        employees: ref(choice.employees, row),
        risk: choice.risk !== null ? ref(choice.risk, row) : { text: fixed.risk },
        type: choice.type !== null ? ref(choice.type, row) : { text: fixed.type },
        adjustPct: choice.adjust !== null ? ref(choice.adjust, row) : undefined,
        profile: fixed.profile,
      }),
    ];
  });
  const outIndex = choice.output - table.left;
  const overwrites = data.filter((row) => !isBlank(row[outIndex] ?? null)).length;
  // The header cell of the output column is named when empty, in the same block.
  const nameHeader = choice.header && isBlank(table.rows[0]?.[outIndex] ?? null);
  const rows = nameHeader ? [[OUTPUT_HEADER], ...formulas] : formulas;
  const start = nameHeader ? table.top : dataTop;
  const letter = columnName(choice.output);
  const end = dataTop + data.length - 1;
  return {
    ok: true,
    sheet: table.sheet,
    topLeft: `${letter}${start}`,
    address: `${letter}${start}:${letter}${end}`,
    rows,
    formulas: formulas.length,
    overwrites,
  };
}
