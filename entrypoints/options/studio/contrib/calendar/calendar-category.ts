/** The palette's prefix for the calendar's commands. */
export const CALENDAR_CATEGORY = { zh: '日历', en: 'Calendar' };
