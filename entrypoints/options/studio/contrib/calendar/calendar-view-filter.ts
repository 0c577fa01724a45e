import type { CalendarFilter } from '../../../../../content-kit';

/** The calendar's filters: content-kit's `CalendarFilter` plus the kits shown (absent or empty: every kit). */
export interface CalendarViewFilter extends Pick<CalendarFilter, 'platforms' | 'statuses' | 'stages'> {
  kits?: readonly string[];
}

/** The filter groups, in the order the filter bar shows them. */
export type CalendarFilterGroup = keyof CalendarViewFilter;
