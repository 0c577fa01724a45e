import type { CalendarEntry, EntryPlatform, EntryStatus, Stage } from '../schema/kit-schema';
import { todayIn } from './zone-time';

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

/** A sorted copy: by date, all-day first, then by time (see `compareEntries`). The input is left as it was. */
export function sortEntries<T extends CalendarEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareEntries);
}

/** The entries on one `YYYY-MM-DD` date, all-day first, then by time. */
export function entriesOn<T extends CalendarEntry>(entries: readonly T[], date: string): T[] {
  return sortEntries(entries.filter((e) => e.date === date));
}

/**
 * What the sidebar shows on top: today's entries for the platform being written on, where "today" is the date in the
 * kit's time zone at `now` (a manager in Shanghai posting at 00:30 sees the new day's plan, whatever the computer's zone).
 */
export function entriesForPlatformToday<T extends CalendarEntry>(
  entries: readonly T[],
  platform: EntryPlatform,
  now: Date | number,
  timeZone = 'Asia/Shanghai',
): T[] {
  return entriesOn(
    entries.filter((e) => e.platform === platform),
    todayIn(timeZone, now),
  );
}

/** What the studio's calendar filters on; an absent or empty list lets everything through. `'none'` matches an absent field. */
export interface CalendarFilter {
  platforms?: readonly (EntryPlatform | 'none')[];
  statuses?: readonly EntryStatus[];
  stages?: readonly (Stage | 'none')[];
  /** First date shown, inclusive. */
  from?: string;
  /** Last date shown, inclusive. */
  to?: string;
}

const allows = <T extends string>(list: readonly T[] | undefined, value: T) => !list?.length || list.includes(value);

/** The entries a filter lets through, in their original order. */
export function filterEntries<T extends CalendarEntry>(entries: readonly T[], filter: CalendarFilter): T[] {
  return entries.filter(
    (e) =>
      allows(filter.platforms, e.platform ?? 'none') &&
      allows(filter.statuses, e.status) &&
      allows(filter.stages, e.stage ?? 'none') &&
      (filter.from === undefined || e.date >= filter.from) &&
      (filter.to === undefined || e.date <= filter.to),
  );
}

const MAX_ID = 64;

/**
 * An id following the kit id rule (1–64 of A-Z a-z 0-9 _ . -) made from `base`, not in `taken`, and added to `taken`:
 * `base` itself when free, else `base-2`, `base-3` … (shortened to fit 64 characters).
 */
export function uniqueId(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, MAX_ID) || 'entry';
  let id = clean;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = clean.slice(0, MAX_ID - suffix.length) + suffix;
  }
  taken.add(id);
  return id;
}
