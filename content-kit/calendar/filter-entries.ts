import type { CalendarEntry, EntryPlatform, EntryStatus, Stage } from '../schema/kit-schema';

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
