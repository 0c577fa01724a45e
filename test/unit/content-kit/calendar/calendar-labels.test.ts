import { describe, expect, it } from 'vitest';
import { CALENDAR_LABELS, ENTRY_PLATFORMS, ENTRY_STATUSES, entryWord, STAGES } from '../../../../content-kit';

describe('entryWord', () => {
  it('reads back every label in both languages, and the values themselves in any case', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const p of ENTRY_PLATFORMS) expect(entryWord('platform', CALENDAR_LABELS[lang].platform[p])).toBe(p);
      for (const s of ENTRY_STATUSES) expect(entryWord('status', CALENDAR_LABELS[lang].status[s])).toBe(s);
      for (const s of STAGES) expect(entryWord('stage', CALENDAR_LABELS[lang].stage[s])).toBe(s);
    }
    expect(entryWord('platform', 'WeChat')).toBe('wechat');
    expect(entryWord('platform', '公众号')).toBe('wechat');
    expect(entryWord('status', ' 已发 ')).toBe('published');
    expect(entryWord('stage', '微博')).toBeUndefined();
  });
});
