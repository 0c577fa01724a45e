import { dayNumber } from './day-number';
import { formatDate } from './format-date';
import { zoneClock } from './zone-clock';

/** A time zone's offset from UTC in seconds at an instant (ms since the epoch): +28800 for Asia/Shanghai. */
export function zoneOffset(timeZone: string, instant: number): number {
  const c = zoneClock(timeZone, instant);
  const wall = dayNumber(formatDate(c.year, c.month, c.day)) * 86_400 + c.hour * 3600 + c.minute * 60 + c.second;
  return wall - Math.floor(instant / 1000);
}
