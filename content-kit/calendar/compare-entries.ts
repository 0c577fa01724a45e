import type { CalendarEntry } from '../schema/kit-schema';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Calendar order: by date, all-day entries before timed ones, then by time, title and id (so ties never shuffle). */
export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return (
    byCodeUnits(a.date, b.date) ||
    (a.time === undefined ? (b.time === undefined ? 0 : -1) : b.time === undefined ? 1 : byCodeUnits(a.time, b.time)) ||
    byCodeUnits(a.title, b.title) ||
    byCodeUnits(a.id, b.id)
  );
}
