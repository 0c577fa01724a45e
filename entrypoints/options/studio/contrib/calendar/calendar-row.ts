import type { CalendarEntry } from '../../../../../content-kit';

/** One calendar entry as the studio shows it: the entry and the kit it belongs to (entry ids are unique only within a kit). */
export interface CalendarRow {
  /** `kitId/entryId`, unique across kits (neither id may hold a slash). */
  readonly key: string;
  readonly kitId: string;
  readonly entry: CalendarEntry;
}
