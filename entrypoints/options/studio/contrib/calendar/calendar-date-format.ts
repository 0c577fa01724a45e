/** The calendar's date formats: a full date, a short month and day, a month title, weekday names, a week range. */
export type CalendarDateStyle = 'full' | 'monthDay' | 'month' | 'weekdayShort' | 'weekdayLong' | 'range';

const OPTIONS: Record<CalendarDateStyle, Intl.DateTimeFormatOptions> = {
  full: { dateStyle: 'full' },
  monthDay: { month: 'short', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  weekdayShort: { weekday: 'short' },
  weekdayLong: { weekday: 'long' },
  range: { year: 'numeric', month: 'short', day: 'numeric' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for the UI language, made once and reused (building an Intl.DateTimeFormat costs far more than
 * formatting with one, and a month view formats dozens of dates). Dates are formatted in UTC from `Date.parse('YYYY-MM-DDT00:00:00Z')`,
 * so a calendar day never shifts with the computer's time zone.
 */
export function calendarDateFormat(locale: 'zh' | 'en', style: CalendarDateStyle): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { ...OPTIONS[style], timeZone: 'UTC' })));
  return format;
}
