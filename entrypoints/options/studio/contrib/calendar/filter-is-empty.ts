import type { CalendarViewFilter } from './calendar-view-filter';

/** Whether a filter lets every entry through. */
export function filterIsEmpty(filter: CalendarViewFilter): boolean {
  return !filter.kits?.length && !filter.platforms?.length && !filter.statuses?.length && !filter.stages?.length;
}
