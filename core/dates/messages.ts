import type { MessageTemplate } from "../messages";

/** Wording of this module's problems; codes are prefixed with the module name. */
export const DATE_MESSAGES: Record<string, MessageTemplate> = {
  "date.unreadable": {
    zh: "{field}「{value}」无法识别为日期，应为 Excel 日期或 2026-01-15、2026/1/15、2026年1月15日、20260115 之一",
    en: "{field} \"{value}\" is not a readable date; expected an Excel date or 2026-01-15, 2026/1/15, 2026年1月15日 or 20260115",
  },
};
