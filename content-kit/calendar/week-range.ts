import { addDays } from './add-days';
import { weekday } from './weekday';

/** The Monday-to-Sunday week holding a date: its first and last day and all seven dates. */
export function weekRange(date: string): { start: string; end: string; days: string[] } {
  const start = addDays(date, 1 - weekday(date));
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return { start, end: days[6]!, days };
}
