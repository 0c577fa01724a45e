import { formatDate } from './format-date';
import { zoneClock } from './zone-clock';

/**
 * The `YYYY-MM-DD` date it is in an IANA time zone at an instant (default: now). 2026-01-04T17:00Z is already
 * 2026-01-05 in Asia/Shanghai, whatever zone the computer is set to.
 */
export function todayIn(timeZone: string, now: Date | number = Date.now()): string {
  const { year, month, day } = zoneClock(timeZone, typeof now === 'number' ? now : now.getTime());
  return formatDate(year, month, day);
}
