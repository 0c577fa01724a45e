import type { CalendarEntry, EntryPlatform } from '../schema/kit-schema';
import { entriesOn } from './entries-on';
import { todayIn } from './today-in';

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
