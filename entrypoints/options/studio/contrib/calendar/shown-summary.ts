import type { Kit } from '../../../../../content-kit';
import { lowerBound } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import type { CalendarRow } from './calendar-rows';
import type { CalendarMode } from './calendar-view-state';

/** How many of `rows` (sorted by date) fall from `from` to `to`. */
function rowsBetween(rows: readonly CalendarRow[], from: string, to: string): number {
  const start = lowerBound(rows.length, (i) => rows[i]!.entry.date < from);
  const end = lowerBound(rows.length, (i) => rows[i]!.entry.date <= to);
  return end - start;
}

/**
 * The filter bar's count, about what is on screen: the entries of the days in view that the filters let through, of
 * all the entries of those days ("显示 3 / 29 条"), or that the period has none. The agenda shows every date.
 */
export function shownSummary(mode: CalendarMode, rows: readonly CalendarRow[], kits: readonly Kit[], range: { from: string; to: string } | null): string {
  let total = 0;
  for (const kit of kits) for (const entry of kit.calendar ?? []) if (!range || (entry.date >= range.from && entry.date <= range.to)) total++;
  const shown = range ? rowsBetween(rows, range.from, range.to) : rows.length;
  if (!total) return t(mode === 'week' ? 'calendarNoneThisWeek' : mode === 'month' ? 'calendarNoneThisMonth' : 'calendarNoneAtAll');
  return t('calendarShownCount', shown, total);
}
