import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLength } from '../../../../content-kit';

describe('countLength', () => {
  it('counts code points under the code-points rule: an emoji is one', () => {
    expect(countLength('读书会', 'code-points')).toBe(3);
    expect(countLength('😀😀', 'code-points')).toBe(2);
    expect(countLength('abc', 'code-points')).toBe(3);
    expect(countLength('', 'code-points')).toBe(0);
  });

  it('counts a half-width character as half under Weibo’s rule, rounding up', () => {
    expect(countLength('ab', 'weibo')).toBe(1);
    expect(countLength('abc', 'weibo')).toBe(2);
    expect(countLength('读书', 'weibo')).toBe(2);
    expect(countLength('读书 ok', 'weibo')).toBe(4); // 2 + (space, o, k) three halves → 3.5 → 4
    expect(countLength('！', 'weibo')).toBe(1); // full-width punctuation is whole
    expect(countLength('😀', 'weibo')).toBe(1);
    expect(countLength('~', 'weibo')).toBe(1);
  });

  it('never counts more under Weibo’s rule than in code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const weibo = countLength(text, 'weibo');
        expect(weibo).toBeLessThanOrEqual(countLength(text, 'code-points'));
        expect(weibo).toBeGreaterThanOrEqual(Math.ceil(countLength(text, 'code-points') / 2));
      }),
    );
  });
});
