import { describe, expect, it } from 'vitest';
import { instantOf, todayIn, zoneOffset } from '../../../../content-kit';

describe('time zones', () => {
  it('gives today in the kit’s zone, not the computer’s', () => {
    const instant = Date.UTC(2026, 0, 4, 17, 0);
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-01-05');
    expect(todayIn('America/New_York', instant)).toBe('2026-01-04');
    expect(todayIn('Asia/Shanghai', new Date(Date.UTC(2026, 11, 31, 16, 30)))).toBe('2027-01-01');
    expect(todayIn('Asia/Shanghai', Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12-31');
    expect(todayIn('America/Los_Angeles', Date.UTC(2028, 2, 1, 7, 59))).toBe('2028-02-29');
    expect(todayIn('Pacific/Kiritimati', Date.UTC(2026, 0, 4, 10, 0))).toBe('2026-01-05');
  });

  it('reads UTC offsets, with and without daylight saving', () => {
    expect(zoneOffset('Asia/Shanghai', Date.UTC(2026, 6, 1))).toBe(8 * 3600);
    expect(zoneOffset('America/New_York', Date.UTC(2026, 0, 15))).toBe(-5 * 3600);
    expect(zoneOffset('America/New_York', Date.UTC(2026, 6, 15))).toBe(-4 * 3600);
    expect(zoneOffset('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(5.5 * 3600);
    expect(zoneOffset('Australia/Sydney', Date.UTC(2026, 0, 15))).toBe(11 * 3600);
  });

  it('converts kit date-times with any offset form to instants', () => {
    const expected = Date.UTC(2026, 10, 22, 16, 0);
    expect(instantOf('2026-11-23T00:00:00+08:00')).toBe(expected);
    expect(instantOf('2026-11-23T00:00+0800')).toBe(expected);
    expect(instantOf('2026-11-23T00:00:00+08')).toBe(expected);
    expect(instantOf('2026-11-22T16:00:00Z')).toBe(expected);
    expect(instantOf('2026-11-22T11:00:00.500-05:00')).toBe(expected + 500);
    expect(() => instantOf('2026-11-23T00:00:00')).toThrow(RangeError);
    expect(() => instantOf('2026-02-30T00:00:00Z')).toThrow(RangeError);
  });
});
