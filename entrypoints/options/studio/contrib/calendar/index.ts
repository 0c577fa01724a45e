import './ck-calendar-view';
import type { CkCalendarView } from './ck-calendar-view';
import { t } from '../../../../../components/i18n/t';
import { isDateString, todayIn } from '../../../../../content-kit';
import { defineContribution, type StudioContext } from '../../shell/studio-context';
import type { EditorInput } from '../../shell/studio-types';
import type { CalendarHost } from './calendar-host';
import { LOCAL_TIME_ZONE } from './calendar-view-state';
import { createCalendarModel } from './create-calendar-model';
import { registerEntryCommands } from './register-entry-commands';
import { registerSequenceCommands } from './register-sequence-commands';
import { registerTransferCommands } from './register-transfer-commands';
import { registerViewCommands } from './register-view-commands';
import { onChosenLocaleChange } from '../../../../../components/i18n/chosen-locale';

const CALENDAR_ICON = 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M12 14h2M16 14h1M8 17h2M12 17h2';
const INPUT: EditorInput = { type: 'calendar', id: 'main' };
// Set by activate; ready shows the count once the kits are loaded (loading fires no change).
let showToday = () => {};

/**
 * The content calendar: an activity-bar entry and an editor tab showing every kit's entries by month, week or as an
 * agenda, the `studio.calendar.*` commands that edit, move, copy, delete (with undo), plan, import and export them,
 * apply sequences, and a status entry with today's count.
 */
export default defineContribution({
  id: 'calendar',
  activate(studio) {
    const model = createCalendarModel(studio.data);
    let current: CkCalendarView | null = null;

    const host: CalendarHost = {
      model,
      view: () => current,
      async open(options = {}) {
        studio.workbench.openEditor(INPUT, { pinned: true, focus: options.focus !== false });
        const view = current;
        if (!view) throw new Error('The calendar did not open');
        await view.updateComplete;
        return view;
      },
    };

    studio.views.register({ id: 'calendar', title: () => t('calendarTitle'), icon: CALENDAR_ICON, order: 30, command: 'studio.calendar.open' });
    studio.editors.register({
      id: 'calendar',
      icon: CALENDAR_ICON,
      title: () => t('calendarTitle'),
      create(_input, editorHost) {
        const element = document.createElement('ck-calendar-view');
        element.studio = studio;
        element.model = model;
        element.restoreViewState(editorHost.viewState);
        current = element;
        return {
          element,
          focus: () => void element.focusCursor(),
          setVisible: (visible) => {
            if (visible) current = element;
            else if (current === element) current = null;
          },
          viewState: () => element.viewState(),
          flush: async () => element.flush(),
          dispose() {
            element.flush();
            if (current === element) current = null;
          },
        };
      },
    });

    registerViewCommands(studio, host);
    registerEntryCommands(studio, host);
    registerTransferCommands(studio, host);
    registerSequenceCommands(studio, host);

    const todayEntry = studio.status.register({ id: 'calendar.today', alignment: 'right', priority: 50, command: 'studio.calendar.today' }, { text: '', hidden: true });
    showToday = () => {
      const today = todayIn(LOCAL_TIME_ZONE);
      const count = studio.data.kits().reduce((n, kit) => n + (kit.calendar ?? []).filter((e) => e.date === today).length, 0);
      todayEntry.update({ hidden: count === 0, text: t('calendarTodayStatus', count), tooltip: t('calendarTodayTooltip') });
    };
    studio.data.onDidChange(showToday);
    onChosenLocaleChange(() => showToday());
  },

  ready(studio) {
    showToday();
    openFromHash(studio);
    addEventListener('hashchange', () => openFromHash(studio));
  },
});

/** `options.html#calendar` opens the calendar; `#calendar=2026-01-05` opens it on that day. */
function openFromHash(studio: StudioContext) {
  const match = /^#calendar(?:=(\d{4}-\d{2}-\d{2}))?$/.exec(location.hash);
  if (!match) return;
  history.replaceState(null, '', location.pathname);
  const date = match[1] && isDateString(match[1]) ? match[1] : undefined;
  void studio.commands.execute('studio.calendar.open', date ? { date } : undefined).catch(() => undefined);
}
