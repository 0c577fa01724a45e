import type { CalendarEntry } from '../../../../../content-kit';
import type { CalendarFilterGroup } from './calendar-view-state';
import type { EntryDraft, EntryPatch } from './create-calendar-model';

/** What the entry panel's buttons ask for. */
export type EntryAction = 'open-item' | 'choose-item' | 'unlink-item' | 'new-draft' | 'duplicate' | 'delete' | 'close';

/** Every event the calendar's elements send up, with its detail; declared once here. */
export interface CalendarEventDetails {
  /** The cursor moved to a day (arrow keys, a click); `focus` asks for the day cell to take focus. */
  'ck-calendar-day-select': { date: string; focus: boolean };
  /** A click on a day's free space, or Enter on a day: start a new entry there. */
  'ck-calendar-day-create': { date: string };
  /** Show every entry of a day (the month cell's "+N more"). */
  'ck-calendar-day-more': { date: string };
  /** An entry was chosen (click, Enter): open it in the entry panel. */
  'ck-calendar-entry-open': { key: string; focusPanel: boolean };
  /** An entry took the keyboard focus (the one Alt+Arrow, Delete … act on). */
  'ck-calendar-entry-focus': { key: string; date: string };
  /** An entry was dropped on a day; `copy` when Ctrl or Alt was held (duplicate there instead of moving). */
  'ck-calendar-entry-drop': { key: string; date: string; copy: boolean };
  /** The agenda scrolled: the date of its first visible line. */
  'ck-calendar-scroll-date': { date: string };
  /** The entry panel changed fields of an entry. */
  'ck-calendar-entry-change': { key: string; patch: EntryPatch };
  /** The entry panel's new-entry form was submitted. */
  'ck-calendar-entry-submit': { kitId: string; draft: EntryDraft };
  /** A button of the entry panel. */
  'ck-calendar-entry-action': { key: string | null; action: EntryAction };
  /** A filter value was switched on or off; `value` null clears the group (or every group when `group` is null). */
  'ck-calendar-filter-toggle': { group: CalendarFilterGroup | null; value: string | null };
  /** The CSV import was confirmed: these valid rows go into this kit. */
  'ck-calendar-import-confirm': { kitId: string; entries: CalendarEntry[] };
  'ck-calendar-import-close': Record<string, never>;
  /** A toolbar button: run this `studio.calendar.*` command. */
  'ck-calendar-command': { command: string };
  /** The 节点 layer was switched on or off. */
  'ck-calendar-nodes-toggle': { on: boolean };
  /** The apply-a-sequence dialog's anchor day changed. */
  'ck-calendar-sequence-anchor': { anchor: string };
  /** The apply-a-sequence dialog was confirmed. */
  'ck-calendar-sequence-confirm': { kitId: string; sequenceId: string; anchor: string };
  'ck-calendar-sequence-close': Record<string, never>;
}

export type CalendarEventName = keyof CalendarEventDetails;

/** A typed calendar event; it crosses shadow roots so the calendar view hears its parts. */
export function calendarEvent<N extends CalendarEventName>(name: N, detail: CalendarEventDetails[N]): CustomEvent<CalendarEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

type CalendarEventMap = { [N in CalendarEventName]: CustomEvent<CalendarEventDetails[N]> };

declare global {
  interface HTMLElementEventMap extends CalendarEventMap {}
}
