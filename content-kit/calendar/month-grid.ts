import { addDays } from './add-days';
import { daysInMonth } from './days-in-month';
import { formatDate } from './format-date';
import { weekday } from './weekday';

/**
 * The studio's month view: always 6 weeks of 7 `YYYY-MM-DD` dates, Monday first, starting with the Monday on or
 * before the 1st (leading days of the previous month) and filling up with the next month's days.
 * A day belongs to the month when it starts with the `YYYY-MM` prefix.
 */
export function monthGrid(year: number, month: number): string[][] {
  daysInMonth(year, month);
  const first = formatDate(year, month, 1);
  const start = addDays(first, 1 - weekday(first));
  // Six rows keep the grid the same height whichever weekday the month starts on.
  return Array.from({ length: 6 }, (_, week) => Array.from({ length: 7 }, (_, day) => addDays(start, week * 7 + day)));
}
