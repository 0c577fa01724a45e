/** The CSV export's columns, in order. Their names are stable: spreadsheets and scripts may rely on them. */
export const CALENDAR_CSV_COLUMNS = ['id', 'date', 'time', 'title', 'platform', 'status', 'stage', 'itemId', 'notes'] as const;

/** A calendar entry field a CSV column can feed. */
export type CalendarCsvField = (typeof CALENDAR_CSV_COLUMNS)[number];

/** Which CSV column (0-based index into the columns) feeds which field; an absent field is not imported. */
export type CalendarCsvMapping = Partial<Record<CalendarCsvField, number>>;
