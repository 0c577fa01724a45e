import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  monthGrid,
  weekRange,
  weekday,
} from '../../../../content-kit';

// An independent oracle: JavaScript's own UTC calendar (valid for years 100 and later).
const viaDate = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const dateArb = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }).map(dateFromDayNumber);

describe('addDays and daysBetween', () => {
  it('roll over month ends, leap days and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-01-05', 365)).toBe('2027-01-05');
    expect(addDays('2028-01-05', 365)).toBe('2029-01-04');
  });

  it('count whole days, negative backwards', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
    expect(daysBetween('2027-01-05', '2026-12-25')).toBe(-11);
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dateFromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agree with the Date oracle and invert each other', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        expect(addDays(date, n)).toBe(viaDate(date, n));
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('do not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
        expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
        expect(weekday('2026-03-08')).toBe(7);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reject dates that do not exist', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-13-01', '2026-01-01')).toThrow(RangeError);
    expect(() => addDays('2026-1-5', 1)).toThrow(RangeError);
  });
});

describe('weekday', () => {
  it('is ISO: Monday 1 … Sunday 7', () => {
    expect(weekday('2026-01-05')).toBe(1);
    expect(weekday('2026-01-04')).toBe(7);
    expect(weekday('2028-02-29')).toBe(2);
    expect(weekday('2027-01-01')).toBe(5);
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('matches Date.getUTCDay', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(weekday(date)).toBe(((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('months and weeks', () => {
  it('knows month lengths, leap years included', () => {
    expect([1, 2, 3, 4].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
  });

  it('builds a 6×7 Monday-first month grid with leading and trailing days', () => {
    const feb = monthGrid(2026, 2);
    expect(feb).toHaveLength(6);
    for (const week of feb) expect(week).toHaveLength(7);
    expect(feb[0]![0]).toBe('2026-01-26');
    expect(feb[0]![6]).toBe('2026-02-01');
    expect(feb[5]![6]).toBe('2026-03-08');
    const flat = feb.flat();
    for (let i = 1; i < flat.length; i++) expect(daysBetween(flat[i - 1]!, flat[i]!)).toBe(1);
    for (const week of feb) expect(weekday(week[0]!)).toBe(1);
    expect(flat.filter((d) => d.startsWith('2026-02'))).toHaveLength(28);

    const leap = monthGrid(2028, 2).flat();
    expect(leap.filter((d) => d.startsWith('2028-02'))).toHaveLength(29);
    expect(leap).toContain('2028-02-29');

    expect(monthGrid(2026, 6)[0]![0]).toBe('2026-06-01');
    const dec = monthGrid(2026, 12).flat();
    expect(dec.filter((d) => d.startsWith('2026-12'))).toHaveLength(31);
    expect(dec.at(-1)).toBe('2027-01-10');
  });

  it('finds the Monday-to-Sunday week, across a year end', () => {
    expect(weekRange('2026-01-01')).toEqual({
      start: '2025-12-29',
      end: '2026-01-04',
      days: ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'],
    });
    expect(weekRange('2026-01-05').start).toBe('2026-01-05');
    expect(weekRange('2026-01-04').end).toBe('2026-01-04');
  });
});
