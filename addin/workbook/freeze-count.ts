/**
 * The row and column counts `Workbook.freezePanes` accepts, checked the same way by Excel's door
 * and the workbench's: a whole number inside the sheet, else one Chinese message, never a frozen
 * pane somewhere the caller did not mean.
 */
import { WorkbookError } from "./errors";

export function freezeCount(value: number, limit: number, what: "行" | "列"): number {
  if (!Number.isInteger(value) || value < 0 || value >= limit)
    throw new WorkbookError(
      "invalidAddress",
      `冻结窗格失败：冻结的${what}数应为 0 到 ${limit - 1} 的整数，收到「${String(value)}」`,
    );
  return value;
}
