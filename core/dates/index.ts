/** Dates (DOMAIN §6, §7): civil dates, the profile's date rules, lifecycle limits, working days, deadlines. */
export * from "./civil";
export * from "./rules-schema";
export type { DateResult, DateStep } from "./steps";
export {
  latestExpiry,
  surveillanceDue,
  stage2Window,
  ncVerificationDue,
  suspensionEnd,
  recertApplicationDue,
  decisionDue,
  type DateWindow,
  type NcAuditKind,
} from "./lifecycle";
export { latestExpiryFor, surveillanceDueFor } from "./profile-dates";
export {
  isWorkday,
  addWorkdays,
  walkWorkdays,
  describeDay,
  coveredYears,
  type DayInfo,
  type DayKind,
  type WorkdayWalk,
} from "./workdays";
export { parseReportMonth, type ReportMonth } from "./report-month";
export { WorkCalendar, type CalendarSource, type CalendarYear, type SpecialDay } from "./calendar";
export { packageCalendar, holidayVintage, type HolidayVintage } from "./package-calendar";
export {
  readCalendarTable,
  calendarFromSheets,
  CALENDAR_SHEET,
  CALENDAR_COLUMNS,
  type CalendarEntry,
  type CalendarFinding,
  type CalendarTableOptions,
  type CalendarTableResult,
} from "./calendar-table";
export {
  deadline,
  parseDeadlineKind,
  DEADLINE_KINDS,
  DEADLINE_RULES,
  type Deadline,
  type DeadlineKind,
  type DeadlineOptions,
} from "./deadlines";
