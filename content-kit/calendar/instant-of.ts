import { isDateTimeString } from '../schema/kit-formats';
import { dayNumber } from './day-number';

const PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * Milliseconds since the epoch of a kit date-time (ISO 8601 with an offset or `Z`, seconds optional, `+0800` and `+08`
 * too, which Date.parse does not promise to read). Throws a RangeError for anything else.
 */
export function instantOf(dateTime: string): number {
  const m = PATTERN.exec(dateTime);
  if (!m || !isDateTimeString(dateTime)) throw new RangeError(`not an ISO 8601 date-time with an offset: ${JSON.stringify(dateTime)}`);
  const local = (dayNumber(m[1]!) * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  const fraction = m[5] ? Math.round(Number(m[5]) * 1000) : 0;
  const offset = m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 3600 + Number(m[9] ?? 0) * 60) * 1000;
  return local + fraction - offset;
}
