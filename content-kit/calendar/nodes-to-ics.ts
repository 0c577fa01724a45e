import type { CalendarNode } from './calendar-nodes';
import { addDays } from './date-math';
import { escapeIcsText, foldIcsLine, icsUid } from './ics-text';
import { NODE_KIND_LABELS } from './node-tables';
import { vtimezoneLines } from './vtimezone-lines';

/** Options of `nodesToIcs`. */
export interface NodesToIcsOptions {
  /** DTSTAMP of every event (RFC 5545 requires one): when the file is written. */
  now: Date | number;
  /** The calendar's name in the app that imports it; default 节点日历. */
  name?: string;
}

const compactDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/**
 * 节点 as an iCalendar file (RFC 5545) to import into a calendar app: one all-day VEVENT per node (`DTSTART;VALUE=DATE`
 * and the exclusive DTEND the next day), its name as SUMMARY, its kind in Chinese as CATEGORIES, TRANSP:TRANSPARENT
 * (a node does not make anyone busy), and a UID made of date, kind and name, so importing a newer file updates events
 * instead of doubling them. Lines are escaped, folded at 75 octets and end in CRLF. A file without nodes carries the
 * Asia/Shanghai VTIMEZONE, since a VCALENDAR must hold one component.
 */
export function nodesToIcs(nodes: readonly CalendarNode[], options: NodesToIcsOptions): string {
  const stamp = utcStamp(new Date(options.now).getTime());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Community Kit//Nodes//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name ?? '节点日历')}`,
  ];
  if (!nodes.length) lines.push(...vtimezoneLines('Asia/Shanghai', [new Date(options.now).getUTCFullYear()]));
  for (const node of nodes)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsUid('nodes', `${compactDate(node.date)}-${node.kind}-${node.name}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(node.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(node.date, 1))}`,
      `SUMMARY:${escapeIcsText(node.name)}`,
      `CATEGORIES:${escapeIcsText(NODE_KIND_LABELS[node.kind].zh)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
