import type { CalendarEntry, KitItem } from '../schema/kit-schema';
import { CALENDAR_CSV_COLUMNS } from './calendar-csv-columns';
import { csvCell } from './csv-cell';

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
