import type { CalendarEntry, KitItem } from '../schema/kit-schema';

/** The CSV export's columns, in order. Their names are stable: spreadsheets and scripts may rely on them. */
export const CALENDAR_CSV_COLUMNS = ['id', 'date', 'time', 'title', 'platform', 'status', 'stage', 'itemId', 'notes'] as const;

/** A calendar entry field a CSV column can feed. */
export type CalendarCsvField = (typeof CALENDAR_CSV_COLUMNS)[number];

/** Which CSV column (0-based index into the columns) feeds which field; an absent field is not imported. */
export type CalendarCsvMapping = Partial<Record<CalendarCsvField, number>>;

// Cells a spreadsheet would run as a formula (OWASP CSV injection), and cells that only look escaped because they
// already start with apostrophes: both get one more apostrophe, so import can take exactly one off again.
const FORMULA = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * One CSV cell for Excel: a leading apostrophe in front of anything starting with = + - @ tab or CR (after any
 * apostrophes), then quoted with doubled quotes when it holds a quote, separator, line break or edge whitespace.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return safe !== value || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Options of `calendarToCsv`. */
export interface CalendarToCsvOptions {
  /** The kit's items: adds a last column, `itemTitle`, naming each entry's linked item for people reading the sheet. */
  kitItems?: readonly KitItem[];
}

/**
 * Calendar entries as CSV that Excel opens correctly: a UTF-8 byte-order mark (without it Excel reads Chinese as
 * mojibake), the header `id,date,time,title,platform,status,stage,itemId,notes`, CRLF after every row, quotes doubled,
 * and formula injection escaped with a leading apostrophe (`csvCell`). Entries keep their order; `parseCalendarCsv`
 * reads the result back into the same entries.
 */
export function calendarToCsv(entries: readonly CalendarEntry[], options: CalendarToCsvOptions = {}): string {
  const titles = options.kitItems ? new Map(options.kitItems.map((item) => [item.id, item.title])) : undefined;
  const header: string[] = [...CALENDAR_CSV_COLUMNS];
  if (titles) header.push('itemTitle');
  const rows = [header.map(csvCell).join(',')];
  for (const e of entries) {
    const cells = CALENDAR_CSV_COLUMNS.map((column) => e[column] ?? '');
    if (titles) cells.push(e.itemId === undefined ? '' : (titles.get(e.itemId) ?? ''));
    rows.push(cells.map(csvCell).join(','));
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
