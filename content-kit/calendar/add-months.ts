import { dateParts } from './date-parts';
import { daysInMonth } from './days-in-month';
import { formatDate } from './format-date';

/** The same day `months` later (or earlier), clamped to the month's end: 2026-01-31 + 1 month is 2026-02-28. */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) throw new RangeError(`date outside years 0000–9999: ${date} + ${months} months`);
  return formatDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}
