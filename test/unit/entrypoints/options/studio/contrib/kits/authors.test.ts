import { describe, expect, it } from 'vitest';
import { formatAuthors } from '../../../../../../../entrypoints/options/studio/contrib/kits/format-authors';
import { parseAuthors } from '../../../../../../../entrypoints/options/studio/contrib/kits/parse-authors';

describe('the export prompt’s author line', () => {
  it('reads names and contacts separated by either semicolon, and writes them back the same way', () => {
    const authors = parseAuthors(' 林小满 <weibo.com/lin>；阿青; Zhang <wx:zhang> ;');
    expect(authors).toEqual([{ name: '林小满', contact: 'weibo.com/lin' }, { name: '阿青' }, { name: 'Zhang', contact: 'wx:zhang' }]);
    expect(parseAuthors(formatAuthors(authors as never))).toEqual(authors);
    expect(parseAuthors('')).toEqual([]);
    expect(formatAuthors(undefined)).toBe('');
  });

  it('refuses what KIT-FORMAT.md would reject', () => {
    expect(parseAuthors('名'.repeat(81))).toBe('invalid');
    expect(parseAuthors(`a <${'c'.repeat(201)}>`)).toBe('invalid');
    expect(parseAuthors(Array.from({ length: 51 }, (_, i) => `a${i}`).join(';'))).toBe('invalid');
    expect(parseAuthors('名'.repeat(80))).toEqual([{ name: '名'.repeat(80) }]);
  });
});
