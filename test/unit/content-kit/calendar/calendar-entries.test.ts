import { describe, expect, it } from 'vitest';
import {
  entriesForPlatformToday,
  entriesOn,
  filterEntries,
  ID_PATTERN,
  sortEntries,
  uniqueId,
  type CalendarEntry,
} from '../../../../content-kit';

const entry = (id: string, date: string, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ id, date, title: id, status: 'idea', ...extra });

describe('uniqueId', () => {
  it('suffixes taken ids and stays within 64 characters', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', taken)).toBe('a-3');
    expect(taken.has('a-3')).toBe(true);
    const long = 'x'.repeat(64);
    const ids = new Set([long]);
    const next = uniqueId(long, ids);
    expect(next).toHaveLength(64);
    expect(next.endsWith('-2')).toBe(true);
    expect(uniqueId('有 空格', new Set())).toMatch(ID_PATTERN);
  });
});

describe('queries', () => {
  const entries: CalendarEntry[] = [
    entry('late', '2026-01-05', { time: '21:00', platform: 'weibo', stage: 'gather', status: 'scheduled' }),
    entry('early', '2026-01-05', { time: '08:00', platform: 'wechat' }),
    entry('allday', '2026-01-05', { platform: 'weibo', status: 'published' }),
    entry('other', '2026-01-06', { time: '07:00', platform: 'weibo', stage: 'interact' }),
    entry('offline', '2026-01-04', { platform: 'offline' }),
    entry('none', '2026-01-05', { time: '12:00' }),
  ];

  it('sorts by date, all-day first, then by time', () => {
    expect(sortEntries(entries).map((e) => e.id)).toEqual(['offline', 'allday', 'early', 'none', 'late', 'other']);
    expect(entriesOn(entries, '2026-01-05').map((e) => e.id)).toEqual(['allday', 'early', 'none', 'late']);
    expect(entriesOn(entries, '2026-02-01')).toEqual([]);
  });

  it('gives the sidebar today’s entries for its platform in the kit’s zone', () => {
    const now = Date.UTC(2026, 0, 4, 17, 0);
    expect(entriesForPlatformToday(entries, 'weibo', now, 'Asia/Shanghai').map((e) => e.id)).toEqual(['allday', 'late']);
    expect(entriesForPlatformToday(entries, 'weibo', now, 'America/New_York').map((e) => e.id)).toEqual([]);
    expect(entriesForPlatformToday(entries, 'offline', now, 'America/New_York').map((e) => e.id)).toEqual(['offline']);
  });

  it('filters by platform, status, stage and date range', () => {
    expect(filterEntries(entries, { platforms: ['weibo'] }).map((e) => e.id)).toEqual(['late', 'allday', 'other']);
    expect(filterEntries(entries, { platforms: ['none'] }).map((e) => e.id)).toEqual(['none']);
    expect(filterEntries(entries, { statuses: ['scheduled', 'published'] }).map((e) => e.id)).toEqual(['late', 'allday']);
    expect(filterEntries(entries, { stages: ['interact'] }).map((e) => e.id)).toEqual(['other']);
    expect(filterEntries(entries, { stages: ['gather', 'none'], platforms: ['weibo'] }).map((e) => e.id)).toEqual(['late', 'allday']);
    expect(filterEntries(entries, { from: '2026-01-05', to: '2026-01-05' })).toHaveLength(4);
    expect(filterEntries(entries, {})).toHaveLength(entries.length);
    expect(filterEntries(entries, { platforms: [] })).toHaveLength(entries.length);
  });
});
