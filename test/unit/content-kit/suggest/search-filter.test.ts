import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords, searchText } from '../../../../content-kit';

describe('search filter', () => {
  const text = searchText(['坚持不下去的时候', '一本读下去的书，先放一放。', ['读书', '打卡'], '队友的包']);

  it('finds a word in the title, body, tags or kit name', () => {
    expect(matchesQuery(text, queryWords('放一放'))).toBe(true);
    expect(matchesQuery(text, queryWords('打卡'))).toBe(true);
    expect(matchesQuery(text, queryWords('队友'))).toBe(true);
  });

  it('needs every word, and all pairs of a longer CJK word', () => {
    expect(matchesQuery(text, queryWords('读下去'))).toBe(true);
    expect(matchesQuery(text, queryWords('读书 露营'))).toBe(false);
    expect(matchesQuery(searchText(['读不下去就放下']), queryWords('读下去'))).toBe(false);
    expect(matchesQuery(searchText(['读书会，会员专享']), queryWords('读书会员'))).toBe(true);
  });

  it('folds width and case', () => {
    expect(matchesQuery(searchText(['Python 学习群']), queryWords('ＰＹＴＨＯＮ'))).toBe(true);
  });
});
