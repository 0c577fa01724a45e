import { describe, expect, it } from 'vitest';
import { createLiteralMatcher, lintInsertion, lintText, platformTarget, prepareLintOptions, type LintOptions, type LintWordList } from '../../../../content-kit';

const weibo = platformTarget('weibo-post');
const chat = platformTarget('wechat-chat');

describe('createLiteralMatcher', () => {
  it('finds every phrase, overlapping ones included, case-insensitively and full-width as ASCII', () => {
    const matcher = createLiteralMatcher(['he', 'she', 'his', 'hers', 'VX']);
    const text = 'ushers 加ｖｘ';
    expect(matcher.find(text).map((m) => [text.slice(m.start, m.end), m.phrase])).toEqual([
      ['she', 1],
      ['he', 0],
      ['hers', 3],
      ['ｖｘ', 4],
    ]);
  });

  it('treats regular-expression characters as plain text', () => {
    const phrases = ['(a+)+$', '.*', '[', '\\', '?'];
    const matcher = createLiteralMatcher(phrases);
    const text = 'x(a+)+$y.*z[\\?';
    expect(matcher.find(text).map((m) => phrases[m.phrase])).toEqual(['(a+)+$', '.*', '[', '\\', '?']);
    expect(createLiteralMatcher(phrases).find('aaaaaaaaaaaaaaaaaaaaaaaa!')).toEqual([]);
  });

  it('ignores empty phrases and finds nothing in empty text', () => {
    expect(createLiteralMatcher(['', 'a']).find('a')).toEqual([{ start: 0, end: 1, phrase: 1 }]);
    expect(createLiteralMatcher(['a']).find('')).toEqual([]);
  });
});

describe('lintText options', () => {
  const list = (extra: Partial<LintWordList> = {}): LintWordList => ({ id: 'team', words: ['内卷', 'KPI'], severity: 'warning', ...extra });

  it('reports a kit’s words as literal, case-insensitive phrases with the list’s message', () => {
    const options: LintOptions = { wordLists: [list({ message: { zh: '别说“{match}”', en: 'Avoid "{match}"' } })] };
    const text = '这个月的kpi太卷了，别内卷';
    expect(lintText(text, weibo, undefined, options)).toMatchObject([
      { ruleId: 'words/team', category: 'brand', severity: 'warning', start: 4, end: 7, message: { zh: '别说“kpi”', en: 'Avoid "kpi"' } },
      { ruleId: 'words/team', start: 12, end: 14, message: { zh: '别说“内卷”' } },
    ]);
  });

  it('uses the list’s category and severity and a default message in both languages', () => {
    const [finding] = lintText('内卷', chat, undefined, { wordLists: [list({ category: 'noise', severity: 'error' })] });
    expect(finding).toMatchObject({ category: 'noise', severity: 'error' });
    expect(finding!.message.zh).toContain('内卷');
    expect(finding!.message.en).toContain('内卷');
  });

  it('reports one list’s overlapping phrases once, and the same phrase for each list that has it', () => {
    const lists = [list({ words: ['读书会', '书会员'] }), list({ id: 'other', words: ['读书'] })];
    const findings = lintText('读书会员', weibo, undefined, { wordLists: lists });
    expect(findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([
      ['words/team', 0, 4],
      ['words/other', 0, 2],
    ]);
  });

  it('drops any finding that overlaps an allowed phrase, but never the length limit', () => {
    expect(lintText('第一书房是行业第一', weibo).map((f) => f.ruleId)).toEqual(['ad-law/first-and-top']);
    expect(lintText('欢迎来到行业第一书房', weibo, undefined, { allow: ['第一书房'] })).toEqual([]);
    expect(lintText('内卷', weibo, undefined, { allow: ['内卷'], wordLists: [list()] })).toEqual([]);
    const short = platformTarget('weibo-post', undefined, new Map([['weibo-post', 2]]));
    expect(lintText('内卷内卷', short, undefined, { allow: ['内卷'] }).map((f) => f.ruleId)).toEqual(['length/over-limit']);
  });

  it('can compile the options ahead of the first lint, with the same result', () => {
    const options: LintOptions = { allow: ['第一书房'], wordLists: [list()] };
    prepareLintOptions(options);
    prepareLintOptions({});
    expect(lintText('行业第一书房不内卷', weibo, undefined, options)).toMatchObject([{ ruleId: 'words/team', start: 7, end: 9 }]);
  });

  it('passes options through lintInsertion', () => {
    expect(lintInsertion('', '行业第一书房', weibo, undefined, { allow: ['第一书房'] })).toEqual([]);
    expect(lintInsertion('', '内卷', weibo, undefined, { wordLists: [list()] })).toMatchObject([{ ruleId: 'words/team' }]);
  });

  it('neither throws nor fails on hostile word lists', () => {
    const hostile: LintWordList[] = [
      { id: 'regex', words: ['(a+)+$', '.*', '[', '\\', '(?<x>', '${match}', '{match}'], severity: 'info' },
      { id: 'long', words: Array.from({ length: 10_000 }, (_, i) => `${'啊'.repeat(25)}${i}`), severity: 'warning' },
      { id: 'nested', words: Array.from({ length: 100 }, (_, i) => 'a'.repeat(i + 1)), severity: 'info' },
      { id: 'broken', words: [42, null, ''] as unknown as string[], severity: 'warning' },
      { id: 'bad-severity', words: ['x'], severity: 'fatal' as 'error' },
    ];
    const options: LintOptions = { wordLists: hostile };
    const text = `${'a'.repeat(3000)} ${'啊'.repeat(30)}12 (a+)+$ {match}`;
    const findings = lintText(text, weibo, undefined, options).filter((f) => f.ruleId.startsWith('words/'));
    expect(findings.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['words/nested', 'a'.repeat(3000)],
      ['words/long', `${'啊'.repeat(25)}12`],
      ['words/regex', '(a+)+$'],
      ['words/nested', 'a'],
      ['words/regex', '{match}'],
      ['words/nested', 'a'],
    ]);
    expect(lintText(text, weibo, undefined, options)).toEqual(lintText(text, weibo, undefined, { wordLists: [...hostile] }));
    expect(findings.find((f) => f.ruleId === 'words/regex' && text.slice(f.start, f.end) === '{match}')!.message.zh).toContain('{match}');
  });
});
