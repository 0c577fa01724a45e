import { isDateTimeString } from '../schema/kit-formats';
import { dayNumber, formatDate } from './date-math';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall clock of an IANA time zone at an instant (ms since the epoch): year, month, day, hour, minute, second.
 * Throws a RangeError for a zone Intl does not know.
 */
export function zoneClock(timeZone: string, instant: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    // One formatter per zone: constructing Intl.DateTimeFormat costs far more than formatting with it.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** A time zone's offset from UTC in seconds at an instant (ms since the epoch): +28800 for Asia/Shanghai. */
export function zoneOffset(timeZone: string, instant: number): number {
  const c = zoneClock(timeZone, instant);
  const wall = dayNumber(formatDate(c.year, c.month, c.day)) * 86_400 + c.hour * 3600 + c.minute * 60 + c.second;
  return wall - Math.floor(instant / 1000);
}

/** A change of a zone's UTC offset: the instant (ms since the epoch) and the offsets in seconds before and after. */
export interface ZoneTransition {
  at: number;
  from: number;
  to: number;
}

// The closest two offset changes in tzdb since 1970 are 7 days apart (America/Boa_Vista, October 2000): a 3-day step sees both.
const STEP = 3 * 86_400_000;

/**
 * Every UTC-offset change of an IANA zone between two instants, found with Intl alone: the offset is sampled every
 * three days and each change is narrowed to the second by bisection.
 */
export function zoneTransitions(timeZone: string, from: number, to: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  let t = Math.floor(from / 1000) * 1000;
  let offset = zoneOffset(timeZone, t);
  while (t < to) {
    const next = Math.min(t + STEP, to);
    if (zoneOffset(timeZone, next) === offset) {
      t = next;
      continue;
    }
    let lo = t / 1000;
    let hi = Math.floor(next / 1000);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zoneOffset(timeZone, mid * 1000) === offset) lo = mid;
      else hi = mid;
    }
    const at = hi * 1000;
    const after = zoneOffset(timeZone, at);
    found.push({ at, from: offset, to: after });
    t = at;
    offset = after;
  }
  return found;
}

/**
 * The `YYYY-MM-DD` date it is in an IANA time zone at an instant (default: now). 2026-01-04T17:00Z is already
 * 2026-01-05 in Asia/Shanghai, whatever zone the computer is set to.
 */
export function todayIn(timeZone: string, now: Date | number = Date.now()): string {
  const { year, month, day } = zoneClock(timeZone, typeof now === 'number' ? now : now.getTime());
  return formatDate(year, month, day);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * Milliseconds since the epoch of a kit date-time (ISO 8601 with an offset or `Z`, seconds optional, `+0800` and `+08`
 * too, which Date.parse does not promise to read). Throws a RangeError for anything else.
 */
export function instantOf(dateTime: string): number {
  const m = DATE_TIME.exec(dateTime);
  if (!m || !isDateTimeString(dateTime)) throw new RangeError(`not an ISO 8601 date-time with an offset: ${JSON.stringify(dateTime)}`);
  const local = (dayNumber(m[1]!) * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  const fraction = m[5] ? Math.round(Number(m[5]) * 1000) : 0;
  const offset = m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 3600 + Number(m[9] ?? 0) * 60) * 1000;
  return local + fraction - offset;
}
