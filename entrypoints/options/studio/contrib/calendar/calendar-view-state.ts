import type { CalendarFilter } from '../../../../../content-kit';
import { addDays, addMonths, monthGrid, weekRange } from '../../../../../content-kit';

/** The calendar's views, in the order the toolbar shows them. */
export const CALENDAR_MODES = ['month', 'week', 'agenda'] as const;

/** Which view the calendar shows. */
export type CalendarMode = (typeof CALENDAR_MODES)[number];

/** The calendar's filters: content-kit's `CalendarFilter` plus the kits shown (absent or empty: every kit). */
export interface CalendarViewFilter extends Pick<CalendarFilter, 'platforms' | 'statuses' | 'stages'> {
  kits?: readonly string[];
}

/** The filter groups, in the order the filter bar shows them. */
export type CalendarFilterGroup = keyof CalendarViewFilter;

/** Whether a filter lets every entry through. */
export function filterIsEmpty(filter: CalendarViewFilter): boolean {
  return !filter.kits?.length && !filter.platforms?.length && !filter.statuses?.length && !filter.stages?.length;
}

/** The filter with one value of a group switched on or off; an emptied group lets everything through again. */
export function toggleFilter(filter: CalendarViewFilter, group: CalendarFilterGroup, value: string): CalendarViewFilter {
  const list = (filter[group] ?? []) as readonly string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const result = { ...filter, [group]: next } as CalendarViewFilter;
  if (!next.length) delete result[group];
  return result;
}

/** The cursor date after "previous" (−1) or "next" (+1): a month in the month view and agenda, a week in the week view. */
export function stepCursor(mode: CalendarMode, cursor: string, step: number): string {
  return mode === 'week' ? addDays(cursor, 7 * step) : addMonths(cursor, step);
}

/**
 * The dates a view shows around the cursor date: the month view's 6 × 7 grid (Monday first, with the neighbouring
 * months' days), the week view's Monday to Sunday, and nothing for the agenda (it lists entries, not days).
 */
export function viewDays(mode: CalendarMode, cursor: string): string[] {
  if (mode === 'month') return monthGrid(Number(cursor.slice(0, 4)), Number(cursor.slice(5, 7))).flat();
  if (mode === 'week') return weekRange(cursor).days;
  return [];
}

/** The palette's prefix for the calendar's commands. */
export const CALENDAR_CATEGORY = { zh: '日历', en: 'Calendar' };

/** The computer's IANA time zone: "today" in the studio is today where the user sits (the sidebar uses the kit's zone). */
export const LOCAL_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';

/**
 * The day a new entry starts on: the day the user chose while it is in view, else today when it is in view or the
 * period shown is past (never a past date by default), else the first day of the future period shown.
 */
export function newEntryDate(mode: CalendarMode, cursor: string, today: string, picked: string | null): string {
  if (mode === 'agenda') return picked ?? today;
  const days = viewDays(mode, cursor);
  const first = mode === 'month' ? `${cursor.slice(0, 8)}01` : days[0]!;
  const inView = (date: string) => date >= days[0]! && date <= days.at(-1)!;
  if (picked && inView(picked)) return picked;
  return inView(today) || first < today ? today : first;
}
