import { dayNumber } from './day-number';

/** Whole days from `from` to `to` (negative when `to` is earlier); 2026-01-31 → 2026-03-01 is 29. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
