// The calendar's public API, re-exported by content-kit/index.ts.
export { dateParts } from './date-parts';
export { formatDate } from './format-date';
export { dayNumber } from './day-number';
export { dateFromDayNumber } from './date-from-day-number';
export { addDays } from './add-days';
export { addMonths } from './add-months';
export { daysBetween } from './days-between';
export { daysInMonth } from './days-in-month';
export { weekday } from './weekday';
export { monthGrid } from './month-grid';
export { weekRange } from './week-range';
export { todayIn } from './today-in';
export { zoneOffset } from './zone-offset';
export { zoneTransitions, type ZoneTransition } from './zone-transitions';
export { instantOf } from './instant-of';
export { compareEntries } from './compare-entries';
export { sortEntries } from './sort-entries';
export { entriesOn } from './entries-on';
export { entriesForPlatformToday } from './entries-for-platform-today';
export { filterEntries, type CalendarFilter } from './filter-entries';
export { uniqueId } from './unique-id';
export { applyPlan, type ApplyPlanOptions } from './apply-plan';
export { CALENDAR_LABELS } from './calendar-labels';
export { escapeIcsText } from './escape-ics-text';
export { foldIcsLine } from './fold-ics-line';
export { icsUid } from './ics-uid';
export { vtimezoneLines } from './vtimezone-lines';
export { calendarToIcs, type CalendarToIcsOptions } from './calendar-to-ics';
export { entriesToMarkdownAgenda } from './entries-to-markdown-agenda';
export { CALENDAR_CSV_COLUMNS, type CalendarCsvField, type CalendarCsvMapping } from './calendar-csv-columns';
export { csvCell } from './csv-cell';
export { calendarToCsv, type CalendarToCsvOptions } from './calendar-to-csv';
export { parseCsvRecords, type CsvRecords } from './parse-csv-records';
export { csvHeaderField } from './csv-header-field';
export { entryWord } from './entry-word';
export { looseDate } from './loose-date';
export { looseTime } from './loose-time';
export { suggestCsvMapping } from './suggest-csv-mapping';
export {
  parseCalendarCsv,
  type ParseCalendarCsvOptions,
  type CalendarCsvImport,
  type CalendarCsvRow,
  type CalendarCsvError,
} from './parse-calendar-csv';
