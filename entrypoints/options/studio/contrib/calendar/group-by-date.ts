import type { CalendarRow } from './calendar-row';

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
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.entry.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
