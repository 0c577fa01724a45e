import { dateFromDayNumber, dayNumber, formatDate } from './date-math';
import { zoneOffset, zoneTransitions, type ZoneTransition } from './zone-time';

const DAY = 86_400_000;
const yearStart = (year: number) => dayNumber(formatDate(year, 1, 1)) * DAY;

/** `+0800`, `-0500`, `+0530`, with seconds only when a historical offset has them. */
function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const ss = abs % 60 ? String(abs % 60).padStart(2, '0') : '';
  return `${sign}${hh}${mm}${ss}`;
}

/** Local wall-clock `YYYYMMDDTHHMMSS` of an instant at a given offset. */
function wallClock(instant: number, offsetSeconds: number): string {
  const local = instant + offsetSeconds * 1000;
  const days = Math.floor(local / DAY);
  const rest = (local - days * DAY) / 1000;
  const time = [Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), Math.floor(rest % 60)].map((n) => String(n).padStart(2, '0')).join('');
  return `${dateFromDayNumber(days).replace(/-/g, '')}T${time}`;
}

/** The smallest offset of a year: standard time; anything above it is daylight saving time (north or south). */
function standardOffset(timeZone: string, year: number, cache: Map<number, number>): number {
  let min = cache.get(year);
  if (min === undefined) {
    min = Infinity;
    for (let month = 1; month <= 12; month++)
      for (const day of [1, 15]) min = Math.min(min, zoneOffset(timeZone, dayNumber(formatDate(year, month, day)) * DAY + DAY / 2));
    cache.set(year, min);
  }
  return min;
}

function abbreviation(format: Intl.DateTimeFormat, instant: number): string | undefined {
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  // Intl falls back to "GMT+8" where no abbreviation is in common use; TZNAME is optional, so leave it out then.
  return name && /^[A-Z]{3,5}$/.test(name) ? name : undefined;
}

/**
 * The unfolded content lines of a VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, covering the given years, built
 * from Intl alone: one STANDARD or DAYLIGHT observance per UTC-offset change in those years, plus the observance
 * already in force when the first year begins (the last change in the year before it, or, for a zone without
 * changes such as Asia/Shanghai, a single STANDARD whose TZOFFSETFROM and TZOFFSETTO are equal). No RRULE: each
 * observance's DTSTART is a real transition, in the local time before it.
 */
export function vtimezoneLines(timeZone: string, years: Iterable<number>): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  if (first === undefined) throw new RangeError('vtimezoneLines needs at least one year');
  const changes: ZoneTransition[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    // Two days either side catch a change on New Year's night in any zone (offsets are within ±26 hours).
    changes.push(...zoneTransitions(timeZone, yearStart(sorted[i]!) - 2 * DAY, yearStart(sorted[j]! + 1) + 2 * DAY));
    i = j + 1;
  }
  const coverageStart = yearStart(first) - 2 * DAY;
  const before = zoneTransitions(timeZone, coverageStart - 366 * DAY, coverageStart).at(-1);
  const offset = zoneOffset(timeZone, coverageStart);
  const cache = new Map<number, number>();
  const observances: { start: string; from: number; to: number; at: number }[] = [];
  if (before) observances.push({ start: wallClock(before.at, before.from), ...before });
  else observances.push({ start: `${wallClock(coverageStart, offset).slice(0, 8)}T000000`, from: offset, to: offset, at: coverageStart });
  for (const change of changes) observances.push({ start: wallClock(change.at, change.from), ...change });

  const names = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  for (const o of observances) {
    const year = Number(o.start.slice(0, 4));
    const kind = o.to > standardOffset(timeZone, year, cache) ? 'DAYLIGHT' : 'STANDARD';
    const name = abbreviation(names, o.at);
    lines.push(`BEGIN:${kind}`, `DTSTART:${o.start}`, `TZOFFSETFROM:${offsetText(o.from)}`, `TZOFFSETTO:${offsetText(o.to)}`);
    if (name) lines.push(`TZNAME:${name}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
