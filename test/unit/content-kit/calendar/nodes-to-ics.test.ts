import { describe, expect, it } from 'vitest';
import { calendarNodes, nodesToIcs } from '../../../../content-kit';
import { checkIcs, componentsNamed, unescapeText, valueOf } from './ics-checker';

const NOW = Date.UTC(2026, 11, 6, 8, 0, 0);

describe('nodesToIcs', () => {
  it('writes a year of nodes as valid all-day events', () => {
    const nodes = calendarNodes('2026-01-01', '2026-12-31');
    const text = nodesToIcs(nodes, { now: NOW });
    const { problems, root, physicalLines } = checkIcs(text);
    expect(problems).toEqual([]);
    expect(Math.max(...physicalLines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    const events = componentsNamed(root!, 'VEVENT');
    expect(events).toHaveLength(nodes.length);
    const spring = events.find((e) => valueOf(e, 'SUMMARY') === '春节' && valueOf(e, 'CATEGORIES') === '传统节日')!;
    const line = (name: string) => spring.properties.filter((p) => p.name === name).map((p) => `${[...p.params].map(([k, v]) => `${k}=${v}`).join(';')}:${p.value}`);
    expect(line('DTSTART')).toEqual(['VALUE=DATE:20260217']);
    expect(line('DTEND')).toEqual(['VALUE=DATE:20260218']);
    expect(valueOf(spring, 'DTSTAMP')).toBe('20261206T080000Z');
    expect(valueOf(spring, 'TRANSP')).toBe('TRANSPARENT');
    expect(unescapeText(valueOf(root!, 'X-WR-CALNAME')!)).toEqual(['节点日历']);
  });

  it('gives every node its own UID, the same in every export', () => {
    const nodes = calendarNodes('2026-02-14', '2026-02-17');
    const uids = (text: string) => componentsNamed(checkIcs(text).root!, 'VEVENT').map((e) => valueOf(e, 'UID'));
    const a = uids(nodesToIcs(nodes, { now: NOW }));
    expect(new Set(a).size).toBe(nodes.length);
    expect(uids(nodesToIcs(nodes.slice(2), { now: NOW + 1 }))).toEqual(a.slice(2));
    expect(a[0]).toMatch(/^20260214-workday-[A-Za-z0-9%._-]+@nodes\.community-kit$/);
  });

  it('stays valid with no nodes', () => {
    const { problems, root } = checkIcs(nodesToIcs([], { now: NOW, name: '空' }));
    expect(problems).toEqual([]);
    expect(componentsNamed(root!, 'VEVENT')).toHaveLength(0);
  });
});
