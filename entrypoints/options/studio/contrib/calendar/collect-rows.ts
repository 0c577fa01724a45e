import { compareEntries, filterEntries, type Kit } from '../../../../../content-kit';
import type { CalendarRow } from './calendar-row';
import type { CalendarViewFilter } from './calendar-view-filter';
import { entryKey } from './entry-key';

const rowCache = new WeakMap<Kit, CalendarRow[]>();

/** A kit's entries as rows, built once per stored kit object (the studio replaces the object on every change). */
function rowsOf(kit: Kit): CalendarRow[] {
  let rows = rowCache.get(kit);
  if (!rows) {
    rows = (kit.calendar ?? []).map((entry) => ({ key: entryKey(kit.id, entry.id), kitId: kit.id, entry }));
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
