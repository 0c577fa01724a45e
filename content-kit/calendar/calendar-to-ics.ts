import type { CalendarEntry, EntryStatus, Kit } from '../schema/kit-schema';
import { sortEntries } from './calendar-entries';
import { CALENDAR_LABELS } from './calendar-labels';
import { addDays } from './date-math';
import { escapeIcsText, foldIcsLine, icsUid } from './ics-text';
import { vtimezoneLines } from './vtimezone-lines';
import { instantOf } from './zone-time';

/** Options of `calendarToIcs`. */
export interface CalendarToIcsOptions {
  /** Export these entries (a filtered view) instead of the kit's whole calendar. */
  entries?: readonly CalendarEntry[];
  /** DTSTAMP of every event. Absent: each entry's `updatedAt`, else the kit's, so the same kit always gives the same file. */
  now?: Date | number;
}

const PRODID = '-//Community Kit//Content Calendar//ZH';
const STATUS: Record<EntryStatus, 'CONFIRMED' | 'TENTATIVE'> = { idea: 'TENTATIVE', draft: 'TENTATIVE', scheduled: 'CONFIRMED', published: 'CONFIRMED' };
// SEQUENCE counts minutes since this instant, so a later `updatedAt` is always a higher revision.
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

const compactDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
// TZID is a parameter value: quote it if it ever holds a character that ends one (IANA names never do).
const paramValue = (value: string) => (/[:;,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

/** The wall-clock end of a timed entry: one hour later, on the next day past midnight. */
function endOf(date: string, time: string): { date: string; time: string } {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 60;
  const end = minutes % 1440;
  return { date: minutes >= 1440 ? addDays(date, 1) : date, time: `${String(Math.floor(end / 60)).padStart(2, '0')}${String(end % 60).padStart(2, '0')}` };
}

/**
 * A kit's calendar (or the `entries` of a filtered view) as an iCalendar file (RFC 5545), written without a library.
 *
 * Shape: VCALENDAR with VERSION, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH, X-WR-CALNAME and X-WR-TIMEZONE; one
 * VTIMEZONE for the kit's zone built from Intl (see `vtimezoneLines`); one VEVENT per entry with a stable UID
 * (`icsUid`), DTSTAMP in UTC, an all-day entry as `DTSTART;VALUE=DATE` with an exclusive DTEND the next day, a timed
 * one as `DTSTART;TZID=<zone>` lasting one hour, SUMMARY, DESCRIPTION (notes, then platform, status, stage and the
 * linked item in words), CATEGORIES, STATUS, TRANSP:TRANSPARENT (a post does not make anyone busy), SEQUENCE and
 * LAST-MODIFIED from `updatedAt`, and X-COMMUNITY-KIT-STATUS with the entry's own status. TEXT is escaped (§3.3.11),
 * lines are folded at 75 octets of UTF-8 without splitting a character (§3.1) and every line ends in CRLF, the last too.
 *
 * Checked against (from their public documentation and bug reports; not by importing into each app here):
 * - RFC 5545: VERSION and PRODID present once; VCALENDAR holds at least one component (an empty calendar still gets
 *   its VTIMEZONE); a VTIMEZONE for every TZID used (§3.2.19 MUST); each STANDARD/DAYLIGHT has DTSTART, TZOFFSETFROM
 *   and TZOFFSETTO; DTEND has DTSTART's value type; DTSTAMP is UTC; a VALUE=DATE DTEND is exclusive.
 * - Outlook ([MS-OXCICAL], [MS-STANOICAL] and Outlook bug reports): a TZID without a VTIMEZONE is rejected or read as
 *   floating time, hence the VTIMEZONE. Outlook keeps one standard and one daylight rule per zone: it reads the
 *   STANDARD and DAYLIGHT with the latest DTSTART and, without an RRULE, turns each DTSTART into "nth weekday of the
 *   month" — which our DTSTARTs (real transitions) give. A zone with no DAYLIGHT has a fixed offset. TZNAME is
 *   ignored. Known limit: a "last Sunday" rule is read as the 4th Sunday when the latest year's last Sunday is the 4th.
 * - Google Calendar: needs PRODID and VERSION to import; all-day events as VALUE=DATE with DTEND the next day (an equal
 *   DTEND shows nothing or two days); it resolves IANA TZIDs itself and reads X-WR-TIMEZONE as the calendar's zone.
 * - Apple Calendar: refuses a calendar without VERSION or PRODID, keeps X-WR-CALNAME as the new calendar's name, and
 *   matches events by UID (so UIDs are kept to A-Z a-z 0-9 _ . - % and never change between exports).
 */
export function calendarToIcs(kit: Kit, options: CalendarToIcsOptions = {}): string {
  const timeZone = kit.timezone ?? 'Asia/Shanghai';
  const words = CALENDAR_LABELS[kit.locale && !kit.locale.toLowerCase().startsWith('zh') ? 'en' : 'zh'];
  const entries = sortEntries(options.entries ?? kit.calendar ?? []);
  const items = new Map(kit.items.map((item) => [item.id, item.title]));
  const now = options.now === undefined ? undefined : new Date(options.now).getTime();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(kit.name)}`,
    `X-WR-TIMEZONE:${escapeIcsText(timeZone)}`,
  ];

  const years = new Set<number>();
  for (const e of entries) {
    if (e.time === undefined) continue;
    years.add(Number(e.date.slice(0, 4)));
    years.add(Number(endOf(e.date, e.time).date.slice(0, 4)));
  }
  // An empty VCALENDAR is not valid iCalendar (it needs one component): the zone stands in for the missing events.
  if (!entries.length) years.add(new Date(now ?? instantOf(kit.updatedAt)).getUTCFullYear());
  if (years.size) lines.push(...vtimezoneLines(timeZone, years));

  for (const e of entries) {
    const changed = instantOf(e.updatedAt ?? kit.updatedAt);
    lines.push('BEGIN:VEVENT', `UID:${icsUid(kit.id, e.id)}`, `DTSTAMP:${utcStamp(now ?? changed)}`);
    if (e.time === undefined) {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(e.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`);
    } else {
      const end = endOf(e.date, e.time);
      const tz = paramValue(timeZone);
      lines.push(`DTSTART;TZID=${tz}:${compactDate(e.date)}T${e.time.replace(':', '')}00`, `DTEND;TZID=${tz}:${compactDate(end.date)}T${end.time}00`);
    }
    lines.push(`SUMMARY:${escapeIcsText(e.title)}`);
    const facts = [
      e.platform ? `${words.platformLabel}${words.colon}${words.platform[e.platform]}` : '',
      `${words.statusLabel}${words.colon}${words.status[e.status]}`,
      e.stage ? `${words.stageLabel}${words.colon}${words.stage[e.stage]}` : '',
      e.itemId ? `${words.itemLabel}${words.colon}${items.get(e.itemId) ?? e.itemId}` : '',
    ].filter(Boolean);
    lines.push(`DESCRIPTION:${escapeIcsText([e.notes, facts.join('\n')].filter(Boolean).join('\n\n'))}`);
    const categories = [e.platform && words.platform[e.platform], e.stage && words.stage[e.stage]].filter((c): c is string => !!c);
    if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeIcsText).join(',')}`);
    lines.push(
      `STATUS:${STATUS[e.status]}`,
      'TRANSP:TRANSPARENT',
      `SEQUENCE:${Math.min(2_147_483_647, Math.max(0, Math.floor((changed - SEQUENCE_EPOCH) / 60_000)))}`,
    );
    if (e.updatedAt) lines.push(`LAST-MODIFIED:${utcStamp(changed)}`);
    lines.push(`X-COMMUNITY-KIT-STATUS:${e.status}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
