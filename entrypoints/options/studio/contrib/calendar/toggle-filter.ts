import type { CalendarFilterGroup, CalendarViewFilter } from './calendar-view-filter';

/** The filter with one value of a group switched on or off; an emptied group lets everything through again. */
export function toggleFilter(filter: CalendarViewFilter, group: CalendarFilterGroup, value: string): CalendarViewFilter {
  const list = (filter[group] ?? []) as readonly string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const result = { ...filter, [group]: next } as CalendarViewFilter;
  if (!next.length) delete result[group];
  return result;
}
