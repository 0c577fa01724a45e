import type { CalendarHost } from './calendar-host';

/**
 * When the calendar's keys apply (commands' `keyWhen`): single letters and PageUp/PageDown only while the focus is in
 * the calendar's toolbar, filters or days and not in a text field; entry keys (Alt+Arrow, Delete, Ctrl+D) only on a
 * focused entry; undo anywhere in the calendar outside text fields and the import dialog.
 */
export function keyConditions(host: CalendarHost) {
  const focus = () => host.view()?.focusInfo();
  return {
    navigation(): boolean {
      const f = focus();
      return !!f?.inside && !f.typing && (f.area === 'view' || f.area === 'toolbar' || f.area === 'filter');
    },
    entry(): boolean {
      const f = focus();
      return !!f?.entryKey && !f.typing;
    },
    calendar(): boolean {
      const f = focus();
      return !!f?.inside && !f.typing && f.area !== 'dialog';
    },
  };
}
