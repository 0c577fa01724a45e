import { parseItemKey } from '../../../../../content-kit';
import type { CalendarEventDetails } from './calendar-events';
import { toggleFilter } from './calendar-view-state';
import type { CkCalendarView } from './ck-calendar-view';

const ENTRY_ACTION_COMMANDS: Record<Exclude<CalendarEventDetails['ck-calendar-entry-action']['action'], 'close'>, string> = {
  'open-item': 'studio.calendar.openLinkedItem',
  'choose-item': 'studio.calendar.linkItem',
  'unlink-item': 'studio.calendar.unlinkItem',
  'new-draft': 'studio.calendar.createDraftItem',
  duplicate: 'studio.calendar.duplicateEntry',
  delete: 'studio.calendar.deleteEntry',
};
const detail = <N extends keyof CalendarEventDetails>(event: Event) => (event as CustomEvent<CalendarEventDetails[N]>).detail;

/**
 * What the calendar does with its parts' events: a toolbar button, a filter, a day or an entry chosen, dragged or
 * edited, an import or a sequence confirmed. Changes of data go through `studio.calendar.*` commands (undo, checks,
 * notifications live there); changes of view (cursor, mode, filter) are made on the view itself.
 */
export function calendarViewListeners(view: CkCalendarView) {
  return {
    command(event: Event) {
      void view.run(detail<'ck-calendar-command'>(event).command);
    },
    filter(event: Event) {
      const { group, value } = detail<'ck-calendar-filter-toggle'>(event);
      if (!group) view.filter = {};
      else if (value === null) {
        const next = { ...view.filter };
        delete next[group];
        view.filter = next;
      } else view.filter = toggleFilter(view.filter, group, value);
    },
    nodes(event: Event) {
      view.nodeLayer = detail<'ck-calendar-nodes-toggle'>(event).on;
    },
    daySelect(event: Event) {
      const { date, focus } = detail<'ck-calendar-day-select'>(event);
      view.cursor = date;
      view.pickedDay = date;
      if (focus) void view.focusCursor();
    },
    dayCreate(event: Event) {
      void view.run('studio.calendar.newEntry', { date: detail<'ck-calendar-day-create'>(event).date });
    },
    dayMore(event: Event) {
      view.mode = 'week';
      view.cursor = detail<'ck-calendar-day-more'>(event).date;
      void view.focusCursor();
    },
    entryOpen(event: Event) {
      const { key, focusPanel } = detail<'ck-calendar-entry-open'>(event);
      void view.openEntry(key, focusPanel);
    },
    entryFocus(event: Event) {
      const { key, date } = detail<'ck-calendar-entry-focus'>(event);
      view.focusKey = key;
      if (view.mode !== 'agenda') view.cursor = date;
    },
    entryDrop(event: Event) {
      const { key, date, copy } = detail<'ck-calendar-entry-drop'>(event);
      const row = view.model?.row(key);
      if (!row || (!copy && row.entry.date === date)) return;
      void view.run(copy ? 'studio.calendar.duplicateEntry' : 'studio.calendar.moveEntry', { key, date });
    },
    scrollDate(event: Event) {
      view.cursor = detail<'ck-calendar-scroll-date'>(event).date;
    },
    entryChange(event: Event) {
      void view.run('studio.calendar.updateEntry', detail<'ck-calendar-entry-change'>(event));
    },
    entrySubmit(event: Event) {
      void view.run('studio.calendar.createEntry', detail<'ck-calendar-entry-submit'>(event));
    },
    entryAction(event: Event) {
      const { key, action } = detail<'ck-calendar-entry-action'>(event);
      if (action === 'close') {
        void view.closePanel();
        return;
      }
      const command = ENTRY_ACTION_COMMANDS[action];
      if (command && key && parseItemKey(key)) void view.run(command, { key });
    },
    importConfirm(event: Event) {
      void view.run('studio.calendar.importRows', detail<'ck-calendar-import-confirm'>(event));
    },
    importClose() {
      view.importOpen = false;
      view.focusToolbarButton('calendar-import-csv');
    },
    sequenceAnchor(event: Event) {
      if (view.sequenceApply) view.sequenceApply = { ...view.sequenceApply, anchor: detail<'ck-calendar-sequence-anchor'>(event).anchor };
    },
    sequenceConfirm(event: Event) {
      void view.run('studio.calendar.applySequence', detail<'ck-calendar-sequence-confirm'>(event));
    },
    sequenceClose() {
      view.sequenceApply = null;
      view.focusToolbarButton('calendar-apply-sequence');
    },
  };
}
