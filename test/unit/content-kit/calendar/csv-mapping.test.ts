import { describe, expect, it } from 'vitest';
import { csvHeaderField, looseDate, looseTime, suggestCsvMapping } from '../../../../content-kit';

describe('csvHeaderField', () => {
  it('reads header names in English and Chinese, ignoring case, spaces, _ and -', () => {
    expect(csvHeaderField('日期')).toBe('date');
    expect(csvHeaderField(' Item ID ')).toBe('itemId');
    expect(csvHeaderField('start_time')).toBe('time');
    expect(csvHeaderField('备注')).toBe('notes');
    expect(csvHeaderField('随便')).toBeUndefined();
  });
});

describe('looseDate and looseTime', () => {
  it('read dates as people and spreadsheets write them, and only real ones', () => {
    expect(looseDate('2026/1/5')).toBe('2026-01-05');
    expect(looseDate('2026年1月5日')).toBe('2026-01-05');
    expect(looseDate('2026.01.05 00:00')).toBe('2026-01-05');
    expect(looseDate('2026-02-30')).toBeUndefined();
    expect(looseDate('1/5/2026')).toBeUndefined();
  });

  it('read times in 24 or 12 hours, with a full-width colon or seconds', () => {
    expect(looseTime('8:00')).toBe('08:00');
    expect(looseTime('20：30')).toBe('20:30');
    expect(looseTime('20:00:00')).toBe('20:00');
    expect(looseTime('8:00 PM')).toBe('20:00');
    expect(looseTime('12:15 am')).toBe('00:15');
    expect(looseTime('24:00')).toBeUndefined();
    expect(looseTime('13:00 PM')).toBeUndefined();
  });
});

describe('suggestCsvMapping', () => {
  it('maps by header names first, then by values, and takes the first other text column as the title', () => {
    expect(suggestCsvMapping(['日期', '标题', '平台'], [['2026-01-05', '开营', '微博']])).toEqual({ date: 0, title: 1, platform: 2 });
    expect(suggestCsvMapping(undefined, [['开营', '2026/1/5', '20:00', '豆瓣', '已排期']])).toEqual({ date: 1, time: 2, platform: 3, status: 4, title: 0 });
  });
});
