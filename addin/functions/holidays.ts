/**
 * The optional `[holidays]` range of CERT.WORKDAY and CERT.DEADLINE, as Excel's own WORKDAY takes
 * one: two columns (日期, 类型 休|班; a third, 名称, and a header row are allowed), read by the
 * core's one calendar-table reader. A table with an error gives one #VALUE! naming the row of the
 * range; warnings (an entry disagreeing with the package for a year it covers) cannot show in a
 * cell, and the package's schedule is used for that year, as the warning would say.
 */
import { packageCalendar, readCalendarTable, type WorkCalendar, isBlank, formatProblem } from "../../core";
import { asMatrix, plainValue } from "./adapter";
import { cellError, errorCodeOf } from "./cell-error";
import { adapterMessage } from "./messages";

export type HolidayCalendar = { calendar: WorkCalendar } | { error: CustomFunctions.Error };

const SOURCE = { zh: "节假日表区域", en: "the holidays range" };

/** The last table read, by its cells' text: recalculation hands the same range over and over. */
let last: { key: string; calendar: WorkCalendar } | null = null;

export function holidayCalendar(holidays: unknown): HolidayCalendar {
  const matrix = asMatrix(holidays);
  if (matrix.every((row) => row.every((cell) => isBlank(cell)))) return { calendar: packageCalendar() };
  const columns = matrix[0]?.length ?? 0;
  if (columns < 2 || columns > 3)
    return { error: cellError("invalidValue", adapterMessage("holidaysShape", { columns })) };
  const grid: unknown[][] = [];
  for (const row of matrix) {
    const cells: unknown[] = [];
    for (const cell of row) {
      const code = errorCodeOf(cell);
      if (code !== null)
        return {
          error: cellError("invalidValue", adapterMessage("inputIsError", { field: SOURCE.zh, value: code })),
        };
      cells.push(plainValue(cell));
    }
    grid.push(cells);
  }
  const key = JSON.stringify(grid);
  if (last?.key === key) return { calendar: last.calendar };
  const result = readCalendarTable(grid, { source: SOURCE });
  if (result.calendar === null) {
    const errors = result.findings.filter((f) => f.severity === "error");
    return { error: cellError("invalidValue", errors.map((f) => formatProblem(f.problem, "zh")).join("；")) };
  }
  last = { key, calendar: result.calendar };
  return { calendar: result.calendar };
}
