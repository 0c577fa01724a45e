import type { CkCalendarView } from './ck-calendar-view';
import type { CalendarModel } from './create-calendar-model';

/** What the calendar's commands share: the data model and the open calendar tab, if any. */
export interface CalendarHost {
  model: CalendarModel;
  /** The calendar element while its tab is the active one, else null. */
  view(): CkCalendarView | null;
  /** Opens (or shows) the calendar tab and resolves to its element once rendered. */
  open(options?: { focus?: boolean }): Promise<CkCalendarView>;
}
