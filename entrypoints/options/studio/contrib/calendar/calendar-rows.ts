import type { CalendarEntry } from '../../../../../content-kit';
import { compareEntries, filterEntries, type Kit, itemKey, lowerBound } from '../../../../../content-kit';
import type { CalendarViewFilter } from './calendar-view-state';

/** One calendar entry as the studio shows it: the entry and the kit it belongs to (entry ids are unique only within a kit). */
export interface CalendarRow {
  /** `kitId/entryId`, unique across kits (neither id may hold a slash). */
  readonly key: string;
  readonly kitId: string;
  readonly entry: CalendarEntry;
}

const rowCache = new WeakMap<Kit, CalendarRow[]>();

/** A kit's entries as rows, built once per stored kit object (the studio replaces the object on every change). */
function rowsOf(kit: Kit): CalendarRow[] {
  let rows = rowCache.get(kit);
  if (!rows) {
    rows = (kit.calendar ?? []).map((entry) => ({ key: itemKey(kit.id, entry.id), kitId: kit.id, entry }));
    rowCache.set(kit, rows);
  }
  return rows;
}

/**
 * The entries of every kit that the filter lets through, in calendar order (date, all-day first, time, title; then
 * by kit so equal entries of two kits never swap places between renders).
 */
export function collectRows(kits: readonly Kit[], filter: CalendarViewFilter = {}): CalendarRow[] {
  const shownKits = filter.kits?.length ? new Set(filter.kits) : undefined;
  const rows: CalendarRow[] = [];
  for (const kit of kits) {
    if (shownKits && !shownKits.has(kit.id)) continue;
    const kitRows = rowsOf(kit);
    if (!filter.platforms?.length && !filter.statuses?.length && !filter.stages?.length) {
      rows.push(...kitRows);
      continue;
    }
    const kept = new Set(filterEntries(kitRows.map((r) => r.entry), filter));
    for (const row of kitRows) if (kept.has(row.entry)) rows.push(row);
  }
  return rows.sort((a, b) => compareEntries(a.entry, b.entry) || (a.kitId < b.kitId ? -1 : a.kitId > b.kitId ? 1 : 0));
}

/**
 * Rows grouped by date, keeping their order, for the dates from `start` to `end` inclusive (all dates when absent).
 * `rows` must already be sorted by date (collectRows does this), so a range costs a binary search, not a scan.
 */
export function groupByDate(rows: readonly CalendarRow[], start?: string, end?: string): Map<string, CalendarRow[]> {
  const days = new Map<string, CalendarRow[]>();
  let i = start === undefined ? 0 : firstOnOrAfter(rows, start);
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (end !== undefined && row.entry.date > end) break;
    let list = days.get(row.entry.date);
    if (!list) days.set(row.entry.date, (list = []));
    list.push(row);
  }
  return days;
}

/** The index of the first row on or after a date (rows sorted by date). */
function firstOnOrAfter(rows: readonly CalendarRow[], date: string): number {
  return lowerBound(rows.length, (i) => rows[i]!.entry.date < date);
}
