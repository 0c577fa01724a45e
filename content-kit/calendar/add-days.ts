import { dateFromDayNumber } from './date-from-day-number';
import { dayNumber } from './day-number';

/** The date `days` after (or, when negative, before) a `YYYY-MM-DD` date; month ends, leap years and year ends roll over. */
export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}
