import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../../../../../../content-kit';
import { agendaLines, firstLineOnOrAfter, visibleLines } from '../../../../../../../entrypoints/options/studio/contrib/calendar/agenda-lines';
import { collectRows, groupByDate } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-rows';
import { defaultKitId } from '../../../../../../../entrypoints/options/studio/contrib/calendar/default-kit-id';
import { exportFileName } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-files';
import { filterIsEmpty, stepCursor, toggleFilter, viewDays } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-view-state';
import { entry, kitWith } from './calendar-fixtures';

describe('collectRows', () => {
  const a = kitWith('a', [entry('late', '2026-03-02', 'B', { time: '20:00', platform: 'weibo' }), entry('allday', '2026-03-02', 'Z', { stage: 'gather', status: 'idea' })]);
  const b = kitWith('b', [entry('__proto__', '2026-03-01', 'constructor', { platform: 'offline' }), entry('late', '2026-03-02', 'B', { time: '20:00', platform: 'weibo' })]);

  test('merges every kit in calendar order: date, all-day first, time, then kit for equal entries', () => {
    const rows = collectRows([a, b]);
    expect(rows.map((r) => r.key)).toEqual(['b/__proto__', 'a/allday', 'a/late', 'b/late']);
    expect(rows[0]!.entry.title).toBe('constructor');
    expect(collectRows([b, a]).map((r) => r.key)).toEqual(rows.map((r) => r.key));
  });

  test('filters by kit, platform, status and stage; "none" matches an absent field', () => {
    expect(collectRows([a, b], { kits: ['b'] }).map((r) => r.key)).toEqual(['b/__proto__', 'b/late']);
    expect(collectRows([a, b], { platforms: ['none'] }).map((r) => r.key)).toEqual(['a/allday']);
    expect(collectRows([a, b], { platforms: ['offline', 'weibo'] })).toHaveLength(3);
    expect(collectRows([a, b], { statuses: ['idea'] }).map((r) => r.key)).toEqual(['a/allday']);
    expect(collectRows([a, b], { stages: ['none'], platforms: ['weibo'] }).map((r) => r.key)).toEqual(['a/late', 'b/late']);
  });

  test('rows of an unchanged kit are reused (the studio replaces a kit object when it changes)', () => {
    const first = collectRows([a]);
    expect(collectRows([a])[0]).toBe(first[0]);
  });
});

describe('view days and navigation', () => {
  test('the month view is 6 Monday-first weeks around the cursor month; the week view Monday to Sunday', () => {
    const month = viewDays('month', '2026-02-14');
    expect(month).toHaveLength(42);
    expect(month[0]).toBe('2026-01-26');
    expect(month).toContain('2026-02-28');
    expect(viewDays('week', '2026-03-01')).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(viewDays('agenda', '2026-03-01')).toEqual([]);
  });

  test('previous/next move by a month (clamped to its end, leap years too) or a week', () => {
    expect(stepCursor('month', '2026-01-31', 1)).toBe('2026-02-28');
    expect(stepCursor('month', '2028-01-31', 1)).toBe('2028-02-29');
    expect(stepCursor('month', '2026-01-15', -1)).toBe('2025-12-15');
    expect(stepCursor('agenda', '2026-12-31', 1)).toBe('2027-01-31');
    expect(stepCursor('week', '2026-12-29', 1)).toBe('2027-01-05');
  });
});

describe('groupByDate', () => {
  test('groups sorted rows by date within a range, keeping their order', () => {
    const rows = collectRows([kitWith('k', [entry('a', '2026-01-01'), entry('b', '2026-01-03', 'b1'), entry('c', '2026-01-03', 'b2'), entry('d', '2026-02-01')])]);
    const days = groupByDate(rows, '2026-01-02', '2026-01-31');
    expect([...days.keys()]).toEqual(['2026-01-03']);
    expect(days.get('2026-01-03')!.map((r) => r.entry.id)).toEqual(['b', 'c']);
    expect(groupByDate(rows).size).toBe(3);
  });
});

describe('agenda virtualisation', () => {
  const rows = collectRows([kitWith('k', Array.from({ length: 300 }, (_, i) => entry(`e${i}`, addDays('2026-01-01', Math.floor(i / 3)))))]);
  const { lines, total } = agendaLines(rows, { date: 30, entry: 40 });

  test('a heading before each date, then its entries, stacked without gaps', () => {
    expect(lines).toHaveLength(400);
    expect(lines.slice(0, 5).map((l) => l.kind)).toEqual(['date', 'entry', 'entry', 'entry', 'date']);
    expect(total).toBe(100 * 30 + 300 * 40);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.top).toBe(lines[i - 1]!.top + lines[i - 1]!.height);
    expect(lines[firstLineOnOrAfter(lines, '2026-01-05')]).toMatchObject({ kind: 'date', date: '2026-01-05' });
    expect(firstLineOnOrAfter(lines, '2027-01-01')).toBe(lines.length);
  });

  prop.prop([fc.integer({ min: 0, max: total }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 500 })])(
    'the visible range holds exactly the lines that overlap the viewport (plus overscan)',
    (scrollTop, height, overscan) => {
      const [start, end] = visibleLines(lines, scrollTop, height, overscan);
      const expected = lines.flatMap((l, i) => (l.top + l.height > scrollTop - overscan && l.top < scrollTop + height + overscan ? [i] : []));
      expect([start, end]).toEqual(expected.length ? [expected[0], expected.at(-1)! + 1] : [start, start]);
    },
  );

  test('2,000 entries cost a few dozen lines for a screen', () => {
    const big = collectRows([kitWith('k', Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, addDays('2026-01-01', i % 365))))]);
    const layout = agendaLines(big);
    const [start, end] = visibleLines(layout.lines, layout.total / 2, 800, 480);
    expect(end - start).toBeLessThan(60);
  });
});

describe('filters, default kit and file names', () => {
  test('toggling a value adds or removes it; an emptied group disappears', () => {
    const on = toggleFilter({}, 'platforms', 'weibo');
    expect(on).toEqual({ platforms: ['weibo'] });
    expect(filterIsEmpty(on)).toBe(false);
    const off = toggleFilter(on, 'platforms', 'weibo');
    expect(off).toEqual({});
    expect(filterIsEmpty(off)).toBe(true);
    expect(toggleFilter({ kits: ['a'] }, 'kits', 'b')).toEqual({ kits: ['a', 'b'] });
  });

  test('new entries go to the preferred kit, else the first user kit, else the built-in one', () => {
    const records = [
      { id: 'builtin-starter', enabled: true, order: 0, builtin: true },
      { id: 'club', enabled: true, order: 1 },
      { id: 'other', enabled: false, order: 2 },
    ];
    expect(defaultKitId(records)).toBe('club');
    expect(defaultKitId(records, [undefined, 'other'])).toBe('other');
    expect(defaultKitId(records, ['gone', 'builtin-starter'])).toBe('builtin-starter');
    expect(defaultKitId(records.slice(0, 1))).toBe('builtin-starter');
    expect(defaultKitId([])).toBeUndefined();
  });

  test('export file names name the kit, the scope and the day', () => {
    expect(exportFileName('reading-club', 'kit', '2026-11-23', 'ics')).toBe('reading-club-calendar-20261123.ics');
    expect(exportFileName('reading-club', 'view', '2026-11-23', 'csv')).toBe('reading-club-calendar-filtered-20261123.csv');
    expect(exportFileName('..', 'kit', '2026-11-23', 'md')).toBe('kit-calendar-20261123.md');
  });
});
