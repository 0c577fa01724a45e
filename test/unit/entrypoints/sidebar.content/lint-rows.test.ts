import { describe, expect, it } from 'vitest';
import { lintText, platformTarget, type LintFinding } from '../../../../content-kit';
import { lintRows, rowsBlock } from '../../../../entrypoints/sidebar.content/lint-rows';

const finding = (over: Partial<LintFinding> & Pick<LintFinding, 'start' | 'end'>): LintFinding => ({
  ruleId: 'ad-law/superlative',
  category: 'ad-law',
  severity: 'warning',
  message: { zh: '绝对化用语（《广告法》第九条）', en: 'An absolute claim (Advertising Law, Art. 9)' },
  law: { zh: '《广告法》第九条', en: 'Advertising Law, Art. 9' },
  ...over,
});

describe('the sidebar’s lint rows', () => {
  it('tell the same rule once, with its count and each distinct word quoted once', () => {
    const text = '最好的课，最好的老师，最低价';
    const rows = lintRows(text, [finding({ start: 0, end: 2 }), finding({ start: 5, end: 7 }), finding({ start: 11, end: 14 })], new Set(), 'zh');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ruleId: 'ad-law/superlative', count: 3, quotes: ['最好', '最低价'], phrases: ['最好', '最低价'] });
  });

  it('show the reason in the UI’s language, and the law only when the reason does not name it', () => {
    const named = lintRows('最好', [finding({ start: 0, end: 2 })], new Set(), 'en')[0]!;
    expect(named.reason).toBe('An absolute claim (Advertising Law, Art. 9)');
    expect(named.law).toBeUndefined();
    const unnamed = lintRows('最好', [finding({ start: 0, end: 2, message: { zh: '绝对化用语', en: 'An absolute claim' } })], new Set(), 'zh')[0]!;
    expect(unnamed.law).toBe('《广告法》第九条');
  });

  it('put errors first and say that an error blocks', () => {
    const text = '最好的股票群';
    const rows = lintRows(text, [finding({ start: 0, end: 2 }), finding({ ruleId: 'fraud/investment-lure', category: 'fraud', severity: 'error', start: 3, end: 6 })], new Set(), 'zh');
    expect(rows.map((r) => r.severity)).toEqual(['error', 'warning']);
    expect(rowsBlock(rows)).toBe(true);
    expect(rowsBlock(rows.slice(1))).toBe(false);
  });

  it('leave out what was ignored once, by rule and words, wherever the words moved', () => {
    const first = lintRows('最好', [finding({ start: 0, end: 2 })], new Set(), 'zh')[0]!;
    const moved = lintRows('今天最好', [finding({ start: 2, end: 4 })], new Set(first.ignoreKeys), 'zh');
    expect(moved).toEqual([]);
    const other = lintRows('最低', [finding({ start: 0, end: 2 })], new Set(first.ignoreKeys), 'zh');
    expect(other).toHaveLength(1);
  });

  it('cut long quotes and show at most three words', () => {
    const text = `${'长'.repeat(40)} 一 二 三 四`;
    const rows = lintRows(text, [finding({ start: 0, end: 40 }), ...[41, 43, 45, 47].map((start) => finding({ start, end: start + 1 }))], new Set(), 'zh');
    expect(rows[0]!.quotes).toHaveLength(3);
    expect(rows[0]!.quotes[0]).toHaveLength(24);
    expect(rows[0]!.quotes[0]!.endsWith('…')).toBe(true);
    expect(rows[0]!.phrases).toHaveLength(5);
  });

  it('offer no phrase to allow for a length finding', () => {
    const row = lintRows('字', [finding({ ruleId: 'length/over-limit', category: 'length', severity: 'error', start: 0, end: 1 })], new Set(), 'zh')[0]!;
    expect(row.phrases).toEqual([]);
    expect(row.ignoreKeys).toEqual(['length/over-limit']);
  });

  it('name the law for a fraud pitch typed into a group chat', () => {
    const text = '今晚有免费股票咨询，加微信进群';
    const rows = lintRows(text, lintText(text, platformTarget('wechat-chat')), new Set(), 'zh');
    expect(rows[0]).toMatchObject({ severity: 'error', quotes: ['免费股票咨询，加微信进群'] });
    expect(rows[0]!.reason).toContain('刑法');
  });
});
