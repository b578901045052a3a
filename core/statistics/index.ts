/**
 * Annual classification statistics and the register self-inspection (DOMAIN §10, §9.1; seeds
 * 000 4.3.5, 002): the public surface the CLI `stats` command and the statistics pane use.
 */
export { annualStatistics } from "./statistics";
export { readStatsSheet, emptyStatsInput } from "./read";
export { recogniseStatsSheet, type Recognised, type NotCounted } from "./recognise";
export { stateAsOf } from "./state";
export { PROVINCE_NAMES, categoryNames, orderedEntries, provinceCodeOf, statsCategoryProfile } from "./names";
export { STATS_CHECKS, STATS_MESSAGES, type StatsCheckId } from "./messages";
export {
  statsSheetPlan,
  statsSheetName,
  type StatsSheetPlan,
  type PlanLink,
  type PlanCell,
} from "./sheet-plan";
export {
  reportTables,
  statusRows,
  type ReportTables,
  type CountTable,
  type NamedCount,
  type StatusRow,
} from "./report-tables";
export { statsTextLines, statsStatusLine, type TextReportOptions } from "./text-report";
export * from "./types";
