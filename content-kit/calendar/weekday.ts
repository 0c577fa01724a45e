import { dayNumber } from './day-number';

/** ISO weekday of a `YYYY-MM-DD` date: 1 Monday … 7 Sunday (weeks start on Monday, as calendars in China show them). */
export function weekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
