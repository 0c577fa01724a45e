import { html, nothing, svg, type TemplateResult } from 'lit';
import { CALENDAR_LABELS, type EntryPlatform, type EntryStatus } from '../../../../../content-kit';
import type { CalendarRow } from './calendar-rows';

/** 24×24 outline icons: each platform has its own shape as well as its colour, so colour is never the only cue. */
const PLATFORM_ICONS: Record<EntryPlatform | 'none', string> = {
  // A loudspeaker: public posts.
  weibo: 'M3 10v4h3l5 4V6L6 10H3zM15 9.5a3.5 3.5 0 010 5M17.5 7a7 7 0 010 10',
  // The character 豆 drawn in strokes.
  douban: 'M4 4h16M7 8h10v5H7zM4 19h16M9 14.5l-1.5 4M15 14.5l1.5 4',
  // Two speech bubbles: chats and groups.
  wechat: 'M9.5 4C5.4 4 2 6.7 2 10c0 1.9 1.1 3.5 2.8 4.6L4.2 17l2.9-1.4c.8.2 1.6.4 2.4.4M15.5 9.5c3.6 0 6.5 2.3 6.5 5.2 0 1.5-.8 2.9-2.1 3.8l.4 2.2-2.5-1.3c-.7.2-1.5.3-2.3.3-3.6 0-6.5-2.3-6.5-5.1s2.9-5.1 6.5-5.1z',
  // A map pin: an offline event.
  offline: 'M12 21s-7-6.1-7-11a7 7 0 0114 0c0 4.9-7 11-7 11zM12 12.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5z',
  none: 'M12 8.5a3.5 3.5 0 100 7 3.5 3.5 0 000-7z',
};

const STATUS_ICONS: Record<EntryStatus, string> = {
  idea: 'M9 18h6M10 21h4M12 3a6 6 0 00-3.5 10.9V16h7v-2.1A6 6 0 0012 3z',
  draft: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  scheduled: 'M12 7v5l3 2M12 3a9 9 0 100 18 9 9 0 000-18z',
  published: 'M5 12.5l4.5 4.5L19 7',
};

const LINK_ICON = 'M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1';

/** An outline icon (decorative: the chip's label says the same in words). */
const chipIcon = (path: string, className: string): TemplateResult =>
  html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path}></path>`}</svg>`;

/** How an entry chip is shown. */
export interface EntryChipOptions {
  locale: 'zh' | 'en';
  kitName: string;
  /** The entry open in the entry panel. */
  selected: boolean;
  /** The agenda's wide form: platform, status, stage and kit in words as well. */
  wide?: boolean;
  draggable?: boolean;
}

/** The words a screen reader hears for an entry: title, time, platform, status, stage and kit. */
function entryLabel(row: CalendarRow, locale: 'zh' | 'en', kitName: string): string {
  const words = CALENDAR_LABELS[locale];
  const e = row.entry;
  const parts = [e.title, e.time ?? words.allDay, e.platform ? words.platform[e.platform] : '', words.status[e.status], e.stage ? words.stage[e.stage] : '', kitName];
  return parts.filter(Boolean).join(locale === 'zh' ? '，' : ', ');
}

/**
 * One calendar entry as a focusable, draggable chip with the test contract's hooks (`data-ck="entry"`,
 * `data-entry-id`): platform icon in the platform's colour, time (or "all day"), title, and the status as an icon
 * (and in words in the wide form). Kit text goes in as text only, and the chip clips it to its own box.
 * Its tabindex is fixed at -1: the grid and the list move focus to it (changing tabindex while the focus is in the
 * calendar costs Chrome about half a millisecond per element, which made a month re-render ten times slower).
 */
export function entryChip(row: CalendarRow, options: EntryChipOptions): TemplateResult {
  const e = row.entry;
  const words = CALENDAR_LABELS[options.locale];
  const platform = e.platform ?? 'none';
  const label = entryLabel(row, options.locale, options.kitName);
  return html`<div
    class="entry platform-${platform} status-${e.status} ${e.time ? '' : 'all-day'} ${options.wide ? 'wide' : ''} ${options.selected ? 'selected' : ''}"
    data-ck="entry"
    data-entry-id=${e.id}
    data-kit-id=${row.kitId}
    data-entry-key=${row.key}
    data-date=${e.date}
    data-status=${e.status}
    data-platform=${platform}
    role="button"
    tabindex="-1"
    draggable=${options.draggable === false ? 'false' : 'true'}
    aria-label=${label}
    aria-pressed=${options.selected ? 'true' : 'false'}
    title=${label}
  >
    ${chipIcon(PLATFORM_ICONS[platform], 'platform-icon')}
    <span class="time">${e.time ?? words.allDay}</span>
    <span class="title">${e.title}</span>
    ${options.wide
      ? html`<span class="facts">${[e.platform ? words.platform[e.platform] : '', e.stage ? words.stage[e.stage] : '', options.kitName].filter(Boolean).join(' · ')}</span>
          <span class="status-word">${chipIcon(STATUS_ICONS[e.status], 'status-icon')}${words.status[e.status]}</span>`
      : chipIcon(STATUS_ICONS[e.status], 'status-icon')}
    ${e.itemId ? chipIcon(LINK_ICON, 'linked') : nothing}
  </div>`;
}
