import { describe, expect, test } from 'vitest';
import { decodeCsvBytes } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-files';
import { entryProblem } from '../../../../../../../entrypoints/options/studio/contrib/calendar/entry-problem';
import { entry, kitWith } from './calendar-fixtures';

describe('decodeCsvBytes', () => {
  test('reads UTF-8 as UTF-8, dropping the byte-order mark Excel writes', () => {
    const bytes = new TextEncoder().encode('\ufeff日期,标题\r\n2026-01-05,开营');
    expect(decodeCsvBytes(bytes)).toEqual({ text: '日期,标题\r\n2026-01-05,开营', encoding: 'utf-8' });
  });

  test('falls back to GB18030, as Excel and WPS save "CSV" on a Chinese Windows', () => {
    // 日期,标题 in GBK.
    const bytes = new Uint8Array([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xb1, 0xea, 0xcc, 0xe2]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: '日期,标题', encoding: 'gb18030' });
  });
});

describe('entryProblem', () => {
  const kit = kitWith('club', []);
  test('accepts a valid entry and names the field of an invalid one', () => {
    expect(entryProblem(entry('a', '2026-01-05', '开营', { time: '20:00', itemId: 'welcome' }), kit)).toBeUndefined();
    expect(entryProblem(entry('a', '2026-02-29'), kit)).toMatch(/^date:/);
    expect(entryProblem(entry('a b', '2026-02-28'), kit)).toMatch(/^id:/);
    expect(entryProblem(entry('a', '2026-02-28', '标'.repeat(201)), kit)).toMatch(/^title:/);
    expect(entryProblem(entry('a', '2026-02-28', 't', { status: 'done' as never }), kit)).toMatch(/^status:/);
    expect(entryProblem(entry('a', '2026-02-28', 't', { itemId: 'constructor' }), kit)).toMatch(/^itemId:/);
  });
});
