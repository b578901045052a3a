/**
 * Wording of the problems only the cell adapter can have (shapes of ranges, values that are already
 * Excel errors, a bug caught at the cell). Everything about the values themselves comes from the
 * core's message tables via formatProblem.
 */
import type { MessageTemplate } from "../../core";

export const ADAPTER_MESSAGES = {
  shapeMismatch: {
    zh: "各参数的区域大小不一致：{shapes}。请使用相同大小的区域，或单个值（单个值会用于区域的每一格）（本工具约定）",
    en: "The ranges have different sizes: {shapes}. Use ranges of the same size, or single values (a single value is used for every cell of a range) (本工具约定)",
  },
  notColumn: {
    zh: "{field}应为单个值或单列区域（每行返回一行结果），实为 {rows} 行×{columns} 列（本工具约定）",
    en: "{field} must be a single value or a one-column range (one result row per row), got {rows} rows × {columns} columns (本工具约定)",
  },
  inputIsError: {
    zh: "{field}是错误值 {value}，请先修正该单元格",
    en: "{field} is the error value {value}; fix that cell first",
  },
  holidaysShape: {
    zh: "节假日表区域应为两列（日期、类型 休/班）或三列（再加名称），实为 {columns} 列（本工具约定）",
    en: "The holidays range must have two columns (date, type 休/班) or three (plus a name), got {columns} (本工具约定)",
  },
  adjustFraction: {
    zh: '调整百分比「{value}」按百分点填写：-10 表示减少 10%。单元格若为百分比格式，-10% 在 Excel 中存为 -0.1，会被误读为减少 0.1%；请改填 -10。确为不足 1 个百分点的调整请以文字输入（如 "0.5"）（本工具约定）',
    en: 'Adjustment percent {value} is read in percent points: -10 means a 10 % reduction. A cell formatted as a percentage stores -10% as -0.1, which would read as a 0.1 % reduction; enter -10 instead. For an adjustment under one percent point, enter it as text (e.g. "0.5") (本工具约定)',
  },
  dateOutOfRange: {
    zh: "结果日期 {date} 超出 Excel 可显示的日期范围（1900-03-01 至 9999-12-31）（本工具约定）",
    en: "The resulting date {date} is outside the dates Excel can show (1900-03-01 to 9999-12-31) (本工具约定)",
  },
  internal: {
    zh: "计算出错（程序缺陷，请报告）：{message}",
    en: "Calculation failed (a bug, please report it): {message}",
  },
} satisfies Record<string, MessageTemplate>;

export type AdapterMessage = keyof typeof ADAPTER_MESSAGES;

export function adapterMessage(
  code: AdapterMessage,
  params: Record<string, string | number>,
  lang: "zh" | "en" = "zh",
): string {
  return ADAPTER_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
