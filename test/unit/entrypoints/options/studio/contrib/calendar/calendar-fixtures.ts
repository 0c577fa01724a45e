import { FORMAT_NAME, FORMAT_VERSION, type CalendarEntry, type Kit } from '../../../../../../../content-kit';

/** An entry with the required fields, scheduled unless told otherwise. */
export const entry = (id: string, date: string, title = id, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ id, date, title, status: 'scheduled', ...extra });

/** A small valid kit holding the given calendar. */
export const kitWith = (id: string, calendar: CalendarEntry[], extra: Partial<Kit> = {}): Kit => ({
  format: FORMAT_NAME,
  formatVersion: FORMAT_VERSION,
  id,
  name: `Kit ${id}`,
  version: '1.0.0',
  timezone: 'Asia/Shanghai',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [
    { id: 'welcome', kind: 'script', title: '欢迎', body: '欢迎{{新人}}' },
    { id: 'rules', kind: 'script', title: '群规', body: '友善' },
  ],
  calendar,
  ...extra,
});
