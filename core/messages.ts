/**
 * The one place all wording is looked up. Each module keeps its own table beside its code
 * (`<module>/messages.ts`) so modules stay small; this file merges them. A test checks that every
 * code thrown anywhere in core/ has an entry here in both languages.
 */
import { INPUT_MESSAGES, INPUT_FIELD_LABELS } from "./input/messages";
import { DATE_MESSAGES } from "./dates/messages";
import { AUDIT_TIME_MESSAGES } from "./audit-time/messages";
import { PROFILE_MESSAGES } from "./profiles/messages";
import { SAMPLING_MESSAGES } from "./sampling/messages";
import { CERTNO_MESSAGES } from "./certno/messages";
import { ID_MESSAGES } from "./ids/messages";
import { XLSX_CHART_MESSAGES } from "./xlsx-chart/messages";
import { STATS_MESSAGES } from "./statistics/messages";

export interface MessageTemplate {
  zh: string;
  en: string;
}

export const MESSAGES: Readonly<Record<string, MessageTemplate>> = {
  ...INPUT_MESSAGES,
  ...DATE_MESSAGES,
  ...AUDIT_TIME_MESSAGES,
  ...PROFILE_MESSAGES,
  ...SAMPLING_MESSAGES,
  ...CERTNO_MESSAGES,
  ...ID_MESSAGES,
  ...XLSX_CHART_MESSAGES,
  ...STATS_MESSAGES,
};

/** Names of input fields as shown in messages (`{field}` placeholders). */
export const FIELD_LABELS: Readonly<Record<string, MessageTemplate>> = {
  ...INPUT_FIELD_LABELS,
};
