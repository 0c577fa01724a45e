import type { CalendarEntry } from '../../../../../content-kit';

/** An entry as it was before a change (absent: it did not exist) and where it stood in the kit's calendar. */
export interface EntrySnapshot {
  entry?: CalendarEntry;
  index: number;
}

/**
 * The calendar with the given entries put back as they were: an entry that did not exist is removed, one that did is
 * replaced, or put back at its old place if it is gone. Entries not named are left alone, so undoing one change keeps
 * everything done since to other entries.
 */
export function restoreEntries(calendar: readonly CalendarEntry[], before: ReadonlyMap<string, EntrySnapshot>): CalendarEntry[] {
  const result = calendar.filter((e) => !before.has(e.id) || before.get(e.id)!.entry !== undefined);
  const missing: [number, CalendarEntry][] = [];
  for (const [id, snapshot] of before) {
    if (!snapshot.entry) continue;
    const at = result.findIndex((e) => e.id === id);
    if (at >= 0) result[at] = snapshot.entry;
    else missing.push([snapshot.index, snapshot.entry]);
  }
  // Lowest index first, so each one lands where it stood once the ones before it are back.
  for (const [index, entry] of missing.sort((a, b) => a[0] - b[0])) result.splice(Math.min(index, result.length), 0, entry);
  return result;
}
