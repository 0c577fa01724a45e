/** The calendar's views, in the order the toolbar shows them. */
export const CALENDAR_MODES = ['month', 'week', 'agenda'] as const;

/** Which view the calendar shows. */
export type CalendarMode = (typeof CALENDAR_MODES)[number];
