import { isDateString } from '../schema/kit-formats';

/** The numeric parts of a `YYYY-MM-DD` date (month and day 1-based). Throws a RangeError for anything but a real date. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  if (!isDateString(date)) throw new RangeError(`not a real date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** `YYYY-MM-DD` from numeric parts (month and day 1-based); it does not check that the date exists. */
export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days from 1970-01-01 to a `YYYY-MM-DD` date (negative before it), in the proleptic Gregorian calendar.
 * Pure integer arithmetic (H. Hinnant's days_from_civil): no Date object, so no time zone and no two-digit-year quirk.
 */
export function dayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` date a number of days after 1970-01-01 (the inverse of `dayNumber`, H. Hinnant's civil_from_days). */
export function dateFromDayNumber(days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`date outside years 0000–9999: day ${days}`);
  return formatDate(year, month, day);
}

/** The date `days` after (or, when negative, before) a `YYYY-MM-DD` date; month ends, leap years and year ends roll over. */
export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}

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

/** Whole days from `from` to `to` (negative when `to` is earlier); 2026-01-31 → 2026-03-01 is 29. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Number of days in a month (1-based) of the proleptic Gregorian calendar: February 2028 has 29. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`no such month: ${year}-${month}`);
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 Monday … 7 Sunday (weeks start on Monday, as calendars in China show them). */
export function weekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

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

/** The Monday-to-Sunday week holding a date: its first and last day and all seven dates. */
export function weekRange(date: string): { start: string; end: string; days: string[] } {
  const start = addDays(date, 1 - weekday(date));
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return { start, end: days[6]!, days };
}
