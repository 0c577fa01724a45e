import { describe, expect, test } from 'vitest';
import { officialScheduleKnownThrough } from '../../../../../../../content-kit';
import { agendaLines } from '../../../../../../../entrypoints/options/studio/contrib/calendar/agenda-lines';
import { agendaNodeRange, nodesByDate, unpublishedYear } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-node-layer';
import { collectRows } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-rows';
import { newEntryDate } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-view-state';
import { entry, kitWith } from './calendar-fixtures';

describe('the 节点 layer', () => {
  test('groups a range’s nodes by date: 春节 2027 on 6 February, 中秋 on 15 September', () => {
    const feb = nodesByDate('2027-02-01', '2027-02-28');
    expect(feb.get('2027-02-06')?.map((n) => [n.name, n.kind])).toContainEqual(['春节', 'festival']);
    expect(nodesByDate('2027-09-01', '2027-09-30').get('2027-09-15')?.some((n) => n.name === '中秋')).toBe(true);
    expect(nodesByDate('2027-09-01', '2027-09-30')).toBe(nodesByDate('2027-09-01', '2027-09-30'));
  });

  test('marks 调休 working days as their own kind in a known year', () => {
    const year = officialScheduleKnownThrough();
    const kinds = [...nodesByDate(`${year}-01-01`, `${year}-12-31`).values()].flat().map((n) => n.kind);
    expect(kinds).toContain('workday');
    expect(kinds).toContain('holiday');
  });

  test('says which year’s holiday schedule is not published yet, never guessing one', () => {
    const known = officialScheduleKnownThrough();
    expect(unpublishedYear(`${known}-12-01`, `${known}-12-31`)).toBeUndefined();
    expect(unpublishedYear(`${known}-12-29`, `${known + 1}-01-04`)).toBe(known + 1);
    expect([...nodesByDate(`${known + 1}-01-01`, `${known + 1}-12-31`).values()].flat().some((n) => n.kind === 'holiday' || n.kind === 'workday')).toBe(false);
    expect(nodesByDate('1800-01-01', '1800-12-31').size).toBe(0);
    expect(agendaNodeRange('2027-05-02')).toEqual({ from: '2026-01-01', to: '2028-12-31' });
  });

  test('the agenda gives node days a heading of their own, in date order, with entries under theirs', () => {
    const rows = collectRows([kitWith('k', [entry('a', '2026-04-20'), entry('b', '2026-04-25')])]);
    const { lines } = agendaLines(rows, { date: 30, entry: 40 }, ['2026-04-19', '2026-04-20', '2026-04-23', '2026-05-01']);
    expect(lines.map((l) => `${l.kind}:${l.date}`)).toEqual([
      'date:2026-04-19',
      'date:2026-04-20',
      'entry:2026-04-20',
      'date:2026-04-23',
      'date:2026-04-25',
      'entry:2026-04-25',
      'date:2026-05-01',
    ]);
    expect(lines.at(-1)!.top).toBe(30 * 4 + 40 * 2);
  });
});

describe('the day a new entry starts on', () => {
  test('is the day the user picked while it is in view', () => {
    expect(newEntryDate('month', '2026-12-20', '2026-12-06', '2026-12-20')).toBe('2026-12-20');
    expect(newEntryDate('month', '2026-11-20', '2026-12-06', '2026-12-20')).toBe('2026-12-06');
  });

  test('is today when today is in view or the period shown is past, never a past date by default', () => {
    expect(newEntryDate('month', '2026-12-01', '2026-12-06', null)).toBe('2026-12-06');
    expect(newEntryDate('month', '2025-03-15', '2026-12-06', null)).toBe('2026-12-06');
    expect(newEntryDate('agenda', '2025-03-15', '2026-12-06', null)).toBe('2026-12-06');
  });

  test('is the first day of a future period shown', () => {
    expect(newEntryDate('month', '2027-02-14', '2026-12-06', null)).toBe('2027-02-01');
    expect(newEntryDate('week', '2027-02-14', '2026-12-06', null)).toBe('2027-02-08');
  });
});
