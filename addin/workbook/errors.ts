/**
 * Failures of the workbook door as messages a user can act on (STYLE.md trap: never
 * `catch { console.log }`). Office errors carry a `code` (Excel.ErrorCodes); we translate the ones
 * a user can cause and keep Office's own text for the rest, so nothing is swallowed.
 */
export type WorkbookErrorCode =
  | "sheetNotFound"
  | "cellEditMode"
  | "protected"
  | "invalidSelection"
  | "tooLarge"
  | "notRectangular"
  | "invalidAddress"
  | "notInExcel"
  | "office";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** Office's error code when the failure came from Excel. */
  readonly officeCode: string | undefined;
  constructor(code: WorkbookErrorCode, message: string, officeCode?: string) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.officeCode = officeCode;
  }
}

interface OfficeLikeError {
  code: string;
  message?: string;
}

function isOfficeError(error: unknown): error is OfficeLikeError {
  return (
    typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
  );
}

/** What the user was doing, named in the message: 「读取工作表「月报」」. */
export function toWorkbookError(error: unknown, doing: string): Error {
  if (error instanceof WorkbookError) return error;
  if (!isOfficeError(error)) return error instanceof Error ? error : new Error(String(error));
  const office = error.message ? `（Excel：${error.message}）` : "";
  switch (error.code) {
    case "ItemNotFound":
      return new WorkbookError(
        "sheetNotFound",
        `${doing}失败：找不到该工作表或单元格，可能已被重命名或删除${office}`,
        error.code,
      );
    case "InvalidOperationInCellEditMode":
      return new WorkbookError(
        "cellEditMode",
        `${doing}失败：Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试`,
        error.code,
      );
    case "AccessDenied":
      return new WorkbookError(
        "protected",
        `${doing}失败：工作表或工作簿受保护，请先撤销保护${office}`,
        error.code,
      );
    case "InvalidSelection":
      return new WorkbookError(
        "invalidSelection",
        `${doing}失败：请只选择一个连续的单元格区域（不要选择多个区域、图表或图形）`,
        error.code,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new WorkbookError(
        "tooLarge",
        `${doing}失败：一次传输的数据超过 Excel 的限制，请缩小选择区域后重试`,
        error.code,
      );
    default:
      return new WorkbookError(
        "office",
        `${doing}失败：${error.message ?? error.code}（${error.code}）`,
        error.code,
      );
  }
}
