import { dateParts } from './date-parts';

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
