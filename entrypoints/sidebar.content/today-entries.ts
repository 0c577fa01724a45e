import { itemKey, todayIn, type Platform } from '../../content-kit';
import type { SnapshotEntry } from '../../utils/snapshot/snapshot-types';
import type { TodayEntryView } from './ui/sidebar-view';

/** The calendar entries due today on this platform (each in its kit's time zone), in the order of their times. */
export function todayEntries(calendar: SnapshotEntry[], platform: Platform, now: number): TodayEntryView[] {
  return calendar
    .filter((e) => e.platform === platform && e.date === todayIn(e.timezone, now))
    .sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''))
    .map((e) => ({
      kitId: e.kitId,
      id: e.id,
      title: e.title,
      time: e.time,
      status: e.status,
      itemKey: e.itemId ? itemKey(e.kitId, e.itemId) : undefined,
    }));
}
