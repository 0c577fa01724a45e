import type { CalendarEntry, EntryStatus } from '../schema/kit-schema';
import { sortEntries, uniqueId } from './calendar-entries';
import { addDays, daysBetween, dateParts } from './date-math';

/** Options of `applyPlan`. */
export interface ApplyPlanOptions {
  /** Ids already used in the target calendar: no new entry takes one of them. */
  existingIds: Iterable<string>;
  /** Put before each source id to make the new one; defaults to the start date, as `20260301-`. */
  idPrefix?: string;
  /** Ids of the target kit's items: an `itemId` not among them is dropped so the result stays a valid kit. Absent: kept. */
  itemIds?: Iterable<string>;
  /** When given, every new entry gets this as its `updatedAt`. */
  now?: Date | number;
}

// A plan describes work still to do: what the source had already published is scheduled again.
const RESET: Record<EntryStatus, EntryStatus> = { idea: 'idea', draft: 'draft', scheduled: 'scheduled', published: 'scheduled' };

/**
 * A calendar applied as a plan: copies of `entries` shifted so the earliest date lands on `startDate`, every other
 * entry keeping its distance in days and its time. Each copy gets a new id that collides neither with `existingIds`
 * nor with another copy, so adding the result never overwrites anything. Published entries become scheduled.
 * Returns the new entries sorted by date and time; throws a RangeError when `startDate` is not a real date.
 */
export function applyPlan(entries: readonly CalendarEntry[], startDate: string, options: ApplyPlanOptions): CalendarEntry[] {
  dateParts(startDate);
  if (!entries.length) return [];
  const earliest = entries.reduce((min, e) => (e.date < min ? e.date : min), entries[0]!.date);
  const shift = daysBetween(earliest, startDate);
  const taken = new Set(options.existingIds);
  const items = options.itemIds ? new Set(options.itemIds) : undefined;
  const prefix = options.idPrefix ?? `${startDate.replace(/-/g, '')}-`;
  const updatedAt = options.now === undefined ? undefined : new Date(options.now).toISOString();
  return sortEntries(
    entries.map((source) => {
      const copy: CalendarEntry = { ...source, id: uniqueId(`${prefix}${source.id}`, taken), date: addDays(source.date, shift), status: RESET[source.status] };
      delete copy.updatedAt;
      if (items && copy.itemId !== undefined && !items.has(copy.itemId)) delete copy.itemId;
      if (updatedAt) copy.updatedAt = updatedAt;
      return copy;
    }),
  );
}
