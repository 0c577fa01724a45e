import { isDateString } from '../schema/kit-formats';

/** The numeric parts of a `YYYY-MM-DD` date (month and day 1-based). Throws a RangeError for anything but a real date. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  if (!isDateString(date)) throw new RangeError(`not a real date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
