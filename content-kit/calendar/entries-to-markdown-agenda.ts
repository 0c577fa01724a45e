import type { CalendarEntry, Kit } from '../schema/kit-schema';
import { sortEntries } from './calendar-entries';
import { CALENDAR_LABELS } from './calendar-labels';
import { weekday } from './date-math';

// Kit text is untrusted: inline Markdown marks in a title are escaped so it cannot become a link, heading or HTML.
const inline = (text: string) => text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');

/**
 * A kit's calendar (or the given entries) as a Markdown agenda: a heading per date with its weekday, then one list
 * line per entry with its time (or "all day"), title, platform, status and stage in words, and the notes below it.
 * Chinese words unless the kit's locale is another language.
 */
export function entriesToMarkdownAgenda(kit: Kit, entries?: readonly CalendarEntry[]): string {
  const t = CALENDAR_LABELS[kit.locale && !kit.locale.toLowerCase().startsWith('zh') ? 'en' : 'zh'];
  const sorted = sortEntries(entries ?? kit.calendar ?? []);
  const out = [`# ${inline(kit.name)} · ${t.calendar}`, ''];
  if (!sorted.length) out.push(`*${t.noEntries}*`, '');
  let date = '';
  sorted.forEach((e, i) => {
    if (e.date !== date) {
      date = e.date;
      out.push(`## ${date} ${t.weekdays[weekday(date) - 1]}`, '');
    }
    const facts = [e.time ?? t.allDay, `**${inline(e.title)}**`, e.platform && t.platform[e.platform], t.status[e.status], e.stage && t.stage[e.stage]];
    out.push(`- ${facts.filter(Boolean).join(' · ')}`);
    if (e.notes?.trim()) for (const line of e.notes.trim().split(/\r\n|\r|\n/)) out.push(line.trim() ? `  ${line}` : '');
    if (sorted[i + 1]?.date !== date) out.push('');
  });
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
