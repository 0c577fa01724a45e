import type { CalendarCsvField, CalendarCsvMapping } from './calendar-csv-columns';
import { csvHeaderField } from './csv-header-field';
import { entryWord } from './entry-word';
import { looseDate } from './loose-date';
import { looseTime } from './loose-time';

const SNIFFERS: [CalendarCsvField, (cell: string) => boolean][] = [
  ['date', (c) => looseDate(c) !== undefined],
  ['time', (c) => looseTime(c) !== undefined],
  ['platform', (c) => entryWord('platform', c) !== undefined],
  ['status', (c) => entryWord('status', c) !== undefined],
  ['stage', (c) => entryWord('stage', c) !== undefined],
];

/**
 * A first guess at which column feeds which field, for the user to confirm: by the header names in English or
 * Chinese first; then, for fields still without a column, by the values of the first rows (dates, times, platform,
 * status and stage words); the first other column holding text becomes the title.
 */
export function suggestCsvMapping(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): CalendarCsvMapping {
  const mapping: CalendarCsvMapping = {};
  const used = new Set<number>();
  header?.forEach((name, column) => {
    const field = csvHeaderField(name);
    if (field && mapping[field] === undefined) {
      mapping[field] = column;
      used.add(column);
    }
  });
  const sample = rows.slice(0, 50);
  const width = Math.max(header?.length ?? 0, ...sample.map((r) => r.length));
  for (const [field, fits] of SNIFFERS) {
    if (mapping[field] !== undefined) continue;
    for (let column = 0; column < width; column++) {
      if (used.has(column)) continue;
      const cells = sample.map((r) => (r[column] ?? '').trim()).filter(Boolean);
      if (cells.length && cells.every(fits)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  if (mapping.title === undefined)
    for (let column = 0; column < width; column++)
      if (!used.has(column) && sample.some((r) => (r[column] ?? '').trim())) {
        mapping.title = column;
        break;
      }
  return mapping;
}
