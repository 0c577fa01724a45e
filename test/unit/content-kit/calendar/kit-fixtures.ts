import type { CalendarEntry, Kit } from '../../../../content-kit';

/** A small kit for the calendar's export tests. */
export const makeKit = (calendar: CalendarEntry[], extra: Partial<Kit> = {}): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id: 'reading-club',
  name: '读书会运营包',
  version: '1.0.0',
  updatedAt: '2026-11-20T08:00:00+08:00',
  items: [{ id: 't-21days', kind: 'topic', title: '21天共读', body: '21天共读计划' }],
  calendar,
  ...extra,
});

/** A title with every character that ICS, CSV or Markdown must escape. */
export const HOSTILE_TITLE = '开营; 第一周, 打卡\\签到 "引号"\n第二行😀 =SUM(A1)';
/** Entries that stress the exports: escapes, long lines, emoji, a leap day, a time just before midnight. */
export const hostile: CalendarEntry[] = [
  { id: 'c1', date: '2026-12-01', time: '20:00', title: '共读开营', platform: 'wechat', status: 'scheduled', itemId: 't-21days', stage: 'gather' },
  { id: 'c2', date: '2026-12-31', title: HOSTILE_TITLE, status: 'idea', notes: '第一行\r\n第二行\r第三行\n' + '长'.repeat(300) },
  { id: 'c3', date: '2028-02-28', title: '闰年全天', status: 'draft', platform: 'offline' },
  { id: 'c4', date: '2026-01-31', time: '23:30', title: '深夜'.repeat(100), status: 'published', platform: 'weibo', updatedAt: '2026-01-30T12:00:00Z' },
  { id: 'c5', date: '2027-03-14', time: '09:00', title: '👨‍👩‍👧‍👦'.repeat(28), status: 'scheduled', platform: 'douban' },
];
