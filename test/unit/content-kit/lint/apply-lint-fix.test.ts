import { describe, expect, it } from 'vitest';
import { applyLintFix, lintText, platformTarget } from '../../../../content-kit';

const weibo = platformTarget('weibo-post');

describe('applyLintFix', () => {
  it('replaces the finding’s span with its fix', () => {
    const text = '这是最好的课程';
    const [finding] = lintText(text, weibo);
    expect(applyLintFix(text, finding!)).toBe('这是很好的课程');
  });

  it('closes an unclosed hashtag and normalises full-width marks', () => {
    const text = '一起来 #21天共读 吧';
    const [finding] = lintText(text, weibo);
    expect(applyLintFix(text, finding!)).toBe('一起来 #21天共读# 吧');
    let fixed = '＃读书＃';
    const fullWidth = lintText(fixed, weibo).filter((f) => f.ruleId === 'hashtag/full-width');
    for (const f of fullWidth.reverse()) fixed = applyLintFix(fixed, f);
    expect(fixed).toBe('#读书#');
    expect(lintText(fixed, weibo)).toEqual([]);
  });

  it('closes a hashtag whose closing mark is full-width', () => {
    const text = '参加 #读书会＃ 吧';
    const unclosed = lintText(text, weibo).find((f) => f.ruleId === 'hashtag/unclosed')!;
    expect(text.slice(unclosed.start, unclosed.end)).toBe('#读书会＃');
    expect(applyLintFix(text, unclosed)).toBe('参加 #读书会# 吧');
    const fullWidth = lintText(text, weibo).find((f) => f.ruleId === 'hashtag/full-width')!;
    expect(applyLintFix(text, fullWidth)).toBe('参加 #读书会# 吧');
  });

  it('leaves the text unchanged for a finding without a fix', () => {
    const text = '国家级讲师';
    const [finding] = lintText(text, weibo);
    expect(finding!.fix).toBeUndefined();
    expect(applyLintFix(text, finding!)).toBe(text);
  });

  it('fixed text no longer has the finding', () => {
    const text = '最便宜的套餐，最好的课程';
    let out = text;
    for (const f of [...lintText(text, weibo)].reverse()) out = applyLintFix(out, f);
    expect(out).toBe('便宜的套餐，很好的课程');
    expect(lintText(out, weibo)).toEqual([]);
  });
});
