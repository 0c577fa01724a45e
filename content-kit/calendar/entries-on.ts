import type { CalendarEntry } from '../schema/kit-schema';
import { sortEntries } from './sort-entries';

/** The entries on one `YYYY-MM-DD` date, all-day first, then by time. */
export function entriesOn<T extends CalendarEntry>(entries: readonly T[], date: string): T[] {
  return sortEntries(entries.filter((e) => e.date === date));
}
