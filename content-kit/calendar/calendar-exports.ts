// The calendar's public API, re-exported by content-kit/index.ts.
export { dateParts, formatDate, dayNumber, dateFromDayNumber, addDays, addMonths, daysBetween, daysInMonth, weekday, monthGrid, weekRange } from './date-math';
export { todayIn, zoneOffset, zoneTransitions, type ZoneTransition, instantOf } from './zone-time';
export { compareEntries, sortEntries, entriesOn, entriesForPlatformToday, filterEntries, type CalendarFilter, uniqueId } from './calendar-entries';
export { applyPlan, type ApplyPlanOptions } from './apply-plan';
export { CALENDAR_LABELS, entryWord } from './calendar-labels';
export { escapeIcsText, foldIcsLine, icsUid } from './ics-text';
export { vtimezoneLines } from './vtimezone-lines';
export { calendarToIcs, type CalendarToIcsOptions } from './calendar-to-ics';
export { entriesToMarkdownAgenda } from './entries-to-markdown-agenda';
export { CALENDAR_CSV_COLUMNS, type CalendarCsvField, type CalendarCsvMapping, csvCell, calendarToCsv, type CalendarToCsvOptions } from './calendar-csv';
export { parseCsvRecords, type CsvRecords } from './parse-csv-records';
export { csvHeaderField, looseDate, looseTime, suggestCsvMapping } from './csv-mapping';
export {
  parseCalendarCsv,
  type ParseCalendarCsvOptions,
  type CalendarCsvImport,
  type CalendarCsvRow,
  type CalendarCsvError,
} from './parse-calendar-csv';
export {
  calendarNodes,
  upcomingNode,
  nodeWords,
  dayCaution,
  officialScheduleKnownThrough,
  isOfficialScheduleKnown,
  NODE_YEARS,
  type CalendarNode,
  type DayCaution,
} from './calendar-nodes';
export { NODE_KINDS, NODE_KIND_LABELS, type NodeKind } from './node-tables';
export { nodesToIcs, type NodesToIcsOptions } from './nodes-to-ics';
