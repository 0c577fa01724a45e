import { getLunarDate } from 'chinese-days';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  calendarNodes,
  dayCaution,
  isOfficialScheduleKnown,
  nodeWords,
  officialScheduleKnownThrough,
  upcomingNode,
  type CalendarNode,
} from '../../../../content-kit';

const on = (date: string) => calendarNodes(date, date).map((n) => `${n.kind} ${n.name}`);
const dateOf = (year: number, name: string, kind = 'festival') => calendarNodes(`${year}-01-01`, `${year}-12-31`).find((n) => n.name === name && n.kind === kind)?.date;

describe('calendarNodes', () => {
  it('puts the lunar festivals on their days (2027 春节 on 6 February, where Intl says the 7th)', () => {
    expect(dateOf(2027, '春节')).toBe('2027-02-06');
    expect(dateOf(2027, '中秋')).toBe('2027-09-15');
    expect(dateOf(2026, '春节')).toBe('2026-02-17');
    expect(dateOf(2026, '元宵')).toBe('2026-03-03');
    expect(dateOf(2026, '端午')).toBe('2026-06-19');
    expect(dateOf(2026, '七夕')).toBe('2026-08-19');
    expect(dateOf(2026, '中秋')).toBe('2026-09-25');
    expect(dateOf(2026, '重阳')).toBe('2026-10-18');
    expect(dateOf(2026, '腊八')).toBe('2026-01-26');
    expect(dateOf(2026, '小年')).toBe('2026-02-10');
  });

  it('counts the months after a leap month (2023 闰二月, 2025 闰六月)', () => {
    expect(dateOf(2023, '端午')).toBe('2023-06-22');
    expect(dateOf(2023, '中秋')).toBe('2023-09-29');
    expect(dateOf(2025, '七夕')).toBe('2025-08-29');
    expect(dateOf(2025, '中秋')).toBe('2025-10-06');
  });

  it('puts 除夕 on the last day of the 12th month, the 30th or the 29th', () => {
    expect(dateOf(2023, '除夕')).toBe('2023-01-21');
    expect(dateOf(2024, '除夕')).toBe('2024-02-09');
    expect(dateOf(2026, '除夕')).toBe('2026-02-16');
    expect(dateOf(2027, '除夕')).toBe('2027-02-05');
    for (let year = 2000; year <= 2040; year++) expect(addDays(dateOf(year, '除夕')!, 1)).toBe(dateOf(year, '春节'));
  });

  it('agrees with chinese-days’ lunar date of every day it names a lunar festival on', () => {
    const lunar: Record<string, [number, number]> = { 春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9], 腊八: [12, 8], 小年: [12, 23] };
    const nodes = calendarNodes('2020-01-01', '2030-12-31').filter((n) => n.kind === 'festival' && lunar[n.name]);
    expect(nodes).toHaveLength(11 * 8);
    for (const n of nodes) {
      const l = getLunarDate(n.date);
      expect([l.lunarMon, l.lunarDay, l.isLeap], `${n.date} ${n.name}`).toEqual([...lunar[n.name]!, false]);
    }
  });

  it('lists the 24 solar terms, with 清明 once, as a festival', () => {
    const terms = calendarNodes('2026-01-01', '2026-12-31').filter((n) => n.kind === 'solar-term');
    expect(terms).toHaveLength(23);
    expect(terms.map((t) => t.name)).not.toContain('清明');
    expect(on('2026-04-05')).toEqual(['holiday 清明', 'festival 清明']);
    expect(dateOf(2026, '立春', 'solar-term')).toBe('2026-02-04');
    expect(dateOf(2026, '冬至', 'solar-term')).toBe('2026-12-22');
    expect(dateOf(2027, '清明')).toBe('2027-04-05');
  });

  it('lists every day of an official holiday and its 调休 working days', () => {
    const spring = calendarNodes('2026-02-01', '2026-03-01').filter((n) => n.kind === 'holiday' || n.kind === 'workday');
    expect(spring.map((n) => `${n.date} ${n.name}`)).toEqual([
      '2026-02-14 春节调休上班',
      ...Array.from({ length: 9 }, (_, i) => `2026-02-${15 + i} 春节`),
      '2026-02-28 春节调休上班',
    ]);
  });

  it('lists marketing days, fixed and by weekday, and 国庆节 once when it is a day off', () => {
    expect(on('2026-04-23')).toEqual(['marketing 世界读书日']);
    expect(on('2026-11-11')).toEqual(['marketing 双11']);
    expect(dateOf(2026, '母亲节', 'marketing')).toBe('2026-05-10');
    expect(dateOf(2026, '父亲节', 'marketing')).toBe('2026-06-21');
    expect(dateOf(2027, '母亲节', 'marketing')).toBe('2027-05-09');
    expect(on('2026-10-01')).toEqual(['holiday 国庆节']);
    expect(on('2027-10-01')).toEqual(['marketing 国庆节']);
  });

  it('sorts by date, then holiday, workday, festival, marketing, solar term', () => {
    const nodes = calendarNodes('2025-01-01', '2027-12-31');
    const order = ['holiday', 'workday', 'festival', 'marketing', 'solar-term'];
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      expect(a.date < b.date || (a.date === b.date && order.indexOf(a.kind) <= order.indexOf(b.kind)), `${a.date} ${a.name} / ${b.name}`).toBe(true);
    }
    expect(on('2026-02-14')).toEqual(['workday 春节调休上班', 'marketing 情人节']);
  });

  it('says up to which year the official schedule is known, and lists no days off after it', () => {
    const last = officialScheduleKnownThrough();
    expect(last).toBe(2026);
    expect(isOfficialScheduleKnown(2026)).toBe(true);
    expect(isOfficialScheduleKnown(2027)).toBe(false);
    expect(isOfficialScheduleKnown(2003)).toBe(false);
    expect(calendarNodes(`${last + 1}-01-01`, `${last + 1}-12-31`).filter((n) => n.kind === 'holiday' || n.kind === 'workday')).toEqual([]);
  });

  it('keeps to the range, across years, and rejects a bad one', () => {
    const nodes = calendarNodes('2026-12-20', '2027-01-10');
    expect(nodes[0]!.date >= '2026-12-20' && nodes.at(-1)!.date <= '2027-01-10').toBe(true);
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['冬至', '平安夜', '圣诞节', '元旦', '小寒']));
    expect(calendarNodes('2026-07-02', '2026-07-02')).toEqual([]);
    expect(() => calendarNodes('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => calendarNodes('2026-03-01', '2026-02-01')).toThrow(RangeError);
    expect(() => calendarNodes('2100-01-01', '2100-12-31')).toThrow(RangeError);
  });

  it('hands out nodes nobody can change', () => {
    const node = calendarNodes('2026-04-23', '2026-04-23')[0]!;
    expect(() => ((node as { name: string }).name = 'x')).toThrow(TypeError);
    expect(calendarNodes('2026-04-23', '2026-04-23')[0]!.name).toBe('世界读书日');
  });
});

describe('calendarNodes in any time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
    vi.resetModules();
  });

  it('gives the same nodes west and east of UTC (chinese-days formats some dates in local time)', async () => {
    const results: CalendarNode[][] = [];
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Atlantic/Azores', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      vi.resetModules();
      const fresh = await import('../../../../content-kit');
      results.push(fresh.calendarNodes('2026-01-01', '2027-12-31'));
    }
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
    expect(results[0]!.find((n) => n.name === '清明' && n.date.startsWith('2027'))?.date).toBe('2027-04-05');
  });
});

describe('upcomingNode', () => {
  it('names 世界读书日 all week before 4.23, though 谷雨 comes first', () => {
    for (let d = 0; d <= 7; d++) expect(upcomingNode(addDays('2026-04-16', d))?.name).toBe('世界读书日');
    expect(upcomingNode('2026-04-24')?.name).not.toBe('世界读书日');
  });

  it('prefers a festival to a marketing day on the same day, and skips 调休 working days', () => {
    expect(upcomingNode('2027-08-05')).toEqual({ date: '2027-08-08', name: '七夕', kind: 'festival' });
    expect(upcomingNode('2026-02-24')?.name).toBe('元宵');
    expect(upcomingNode('2026-09-28')).toEqual({ date: '2026-10-01', name: '国庆节', kind: 'holiday' });
  });

  it('names a solar term only when nothing else is near, and null when nothing is', () => {
    expect(upcomingNode('2026-07-01')).toEqual({ date: '2026-07-07', name: '小暑', kind: 'solar-term' });
    expect(upcomingNode('2026-07-02', 0)).toBeNull();
    expect(() => upcomingNode('2026-07-02', -1)).toThrow(RangeError);
  });
});

describe('nodeWords', () => {
  const node = (name: string, kind: CalendarNode['kind'] = 'festival'): CalendarNode => ({ date: '2026-01-01', name, kind });
  it('gives the words items about a node are tagged with', () => {
    expect(nodeWords(node('世界读书日', 'marketing'))).toEqual(expect.arrayContaining(['世界读书日', '读书', '阅读', '共读', '书']));
    expect(nodeWords(node('全民健身日', 'marketing'))).toEqual(expect.arrayContaining(['健身', '运动', '跑步']));
    expect(nodeWords(node('中秋'))).toEqual(expect.arrayContaining(['中秋', '月饼', '团圆']));
    expect(nodeWords(node('春节', 'holiday'))).toEqual(expect.arrayContaining(['春节', '过年', '年味']));
    expect(nodeWords(node('谷雨', 'solar-term'))).toEqual(['谷雨', '节气']);
    expect(nodeWords(node('春节调休上班', 'workday'))).toEqual([]);
    for (const n of calendarNodes('2026-01-01', '2026-12-31')) expect(new Set(nodeWords(n)).size).toBe(nodeWords(n).length);
  });
});

describe('dayCaution', () => {
  it('warns on a 调休 working day', () => {
    expect(dayCaution('2026-02-14')).toEqual({
      kind: 'workday',
      name: '春节调休上班',
      message: { zh: '2026-02-14 是春节调休上班日，多数人要上班', en: '2026-02-14 is a make-up working day for the Spring Festival holiday: most people are at work' },
    });
  });

  it('warns on every day of a holiday of three days or more, counting the day', () => {
    expect(dayCaution('2026-02-16')?.message).toEqual({ zh: '2026-02-16 是春节假期第二天（共9天）', en: '2026-02-16 is day 2 of the 9-day Spring Festival holiday' });
    expect(dayCaution('2026-02-15')?.message.zh).toBe('2026-02-15 是春节假期第一天（共9天）');
    expect(dayCaution('2026-04-06')).toMatchObject({ kind: 'holiday', name: '清明' });
    expect(dayCaution('2025-10-06')).toMatchObject({ name: '国庆节、中秋', message: { zh: '2025-10-06 是国庆节、中秋假期第六天（共8天）' } });
  });

  it('says nothing on other days, nor in a year whose schedule is not known', () => {
    expect(dayCaution('2026-03-10')).toBeNull();
    expect(dayCaution('2027-02-07')).toBeNull();
    expect(() => dayCaution('2026-13-01')).toThrow(RangeError);
  });
});
