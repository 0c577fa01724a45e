import type { CalendarEntry } from '../schema/kit-schema';
import { compareEntries } from './compare-entries';

/** A sorted copy: by date, all-day first, then by time (see `compareEntries`). The input is left as it was. */
export function sortEntries<T extends CalendarEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareEntries);
}
