import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKit, type Kit } from '../../../../content-kit';
import { makeKit } from '../make-kit';

// Format version 2 (KIT-FORMAT.md "Format version 2"): sequences and lint, read with paths for every rule.

const ERROR_LINE = /^[^\s:]+: [^\n\r]+$/;

const item = (id = 'i1') => ({ id, kind: 'script', title: '欢迎话术', body: '欢迎加入' });
const step = (over: Record<string, unknown> = {}) => ({ id: 'd0', offset: 0, title: '发欢迎语', ...over });
const sequence = (over: Record<string, unknown> = {}) => ({ id: 'welcome', name: '新人第一周', anchor: '入群日', steps: [step()], ...over });
const wordList = (over: Record<string, unknown> = {}) => ({ id: 'team', words: ['秒杀'], severity: 'warning', ...over });
const v2 = (over: Record<string, unknown> = {}) => makeKit({ formatVersion: 2, items: [item()], ...over });

function accept(value: unknown): { kit: Kit; dropped: string[] } {
  const result = parseKit(JSON.stringify(value));
  if (!result.ok) expect.fail(`expected a valid kit, got:\n${result.errors.join('\n')}`);
  return result;
}

function reject(value: unknown): string[] {
  const result = parseKit(JSON.stringify(value));
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const line of result.errors) expect(line).toMatch(ERROR_LINE);
  return result.errors;
}

describe('parseKit: version 2 sequences', () => {
  it('accepts a sequence with every field and keeps x- fields', () => {
    const full = sequence({
      description: '从入群当天到第七天',
      stage: 'gather',
      updatedAt: '2026-11-20T08:00:00+08:00',
      'x-owner': 'ops',
      steps: [
        step({ id: 'd-1', offset: -1, time: '20:00', title: '预告', itemId: 'i1', platform: 'wechat', notes: '**提前**', 'x-note': 1 }),
        step({ id: 'd7', offset: 7, title: '回访' }),
        step({ id: 'd7b', offset: 7, title: '同日第二步' }),
      ],
    });
    const { kit, dropped } = accept(v2({ sequences: [full] }));
    expect(dropped).toEqual([]);
    expect(kit.formatVersion).toBe(2);
    expect(kit.sequences).toEqual([full]);
  });

  it('requires id, name, anchor and steps, and each step’s id, offset and title', () => {
    expect(reject(v2({ sequences: [{}] }))).toEqual(['sequences[0].id: required', 'sequences[0].name: required', 'sequences[0].anchor: required', 'sequences[0].steps: required']);
    expect(reject(v2({ sequences: [sequence({ steps: [{}] })] }))).toEqual([
      'sequences[0].steps[0].id: required',
      'sequences[0].steps[0].offset: required',
      'sequences[0].steps[0].title: required',
    ]);
  });

  it('checks ids: the id rule at most 24 characters', () => {
    accept(v2({ sequences: [sequence({ id: 'a'.repeat(24), steps: [step({ id: 'b'.repeat(24) })] })] }));
    expect(reject(v2({ sequences: [sequence({ id: 'a'.repeat(25) })] }))).toEqual(['sequences[0].id: must be 1–24 characters of A-Z a-z 0-9 _ . -']);
    expect(reject(v2({ sequences: [sequence({ steps: [step({ id: '第一天' })] })] }))).toEqual([
      'sequences[0].steps[0].id: must be 1–24 characters of A-Z a-z 0-9 _ . -',
    ]);
  });

  it('checks lengths of name, anchor, description, title and notes in code points', () => {
    accept(v2({ sequences: [sequence({ name: '😀'.repeat(80), anchor: '日'.repeat(20), description: 'x'.repeat(2000), steps: [step({ title: 't'.repeat(200), notes: 'n'.repeat(5000) })] })] }));
    const errors = reject(
      v2({ sequences: [sequence({ name: '', anchor: '日'.repeat(21), description: 'x'.repeat(2001), steps: [step({ title: '', notes: 'n'.repeat(5001) })] })] }),
    );
    expect(errors).toEqual([
      'sequences[0].name: must be 1–80 characters',
      'sequences[0].anchor: must be 1–20 characters',
      'sequences[0].description: must be at most 2000 characters',
      'sequences[0].steps[0].title: must be 1–200 characters',
      'sequences[0].steps[0].notes: must be at most 5000 characters',
    ]);
  });

  it('checks offset, time, platform, stage and updatedAt', () => {
    accept(v2({ sequences: [sequence({ steps: [step({ id: 'a', offset: -365 }), step({ id: 'b', offset: 365 })] })] }));
    for (const offset of [-366, 366, 1.5, Number.MAX_SAFE_INTEGER])
      expect(reject(v2({ sequences: [sequence({ steps: [step({ offset })] })] }))).toEqual(['sequences[0].steps[0].offset: must be a whole number of days from -365 to 365']);
    expect(reject(v2({ sequences: [sequence({ steps: [step({ offset: '3' })] })] }))).toEqual(['sequences[0].steps[0].offset: must be a number']);
    const errors = reject(
      v2({ sequences: [sequence({ stage: 'grow', updatedAt: '2026-11-20', steps: [step({ time: '24:00', platform: 'qq' })] })] }),
    );
    expect(errors).toEqual([
      'sequences[0].stage: must be one of gather, interact, operate, monetize',
      'sequences[0].steps[0].time: must be HH:mm, 24-hour',
      'sequences[0].steps[0].platform: must be one of weibo, douban, wechat, offline',
      'sequences[0].updatedAt: must be an ISO 8601 date-time with an offset or Z',
    ]);
  });

  it('limits sequences to 200 and steps to 1–100', () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => step({ id: `s${i}` }));
    const sequences = (n: number) => Array.from({ length: n }, (_, i) => sequence({ id: `q${i}` }));
    accept(v2({ sequences: [sequence({ steps: steps(100) })] }));
    accept(v2({ sequences: sequences(200) }));
    expect(reject(v2({ sequences: [sequence({ steps: steps(101) })] }))).toEqual(['sequences[0].steps: must have at most 100 entries']);
    expect(reject(v2({ sequences: [sequence({ steps: [] })] }))).toEqual(['sequences[0].steps: must not be empty']);
    expect(reject(v2({ sequences: sequences(201) }))).toEqual(['sequences: must have at most 200 entries']);
  });

  it('rejects duplicate sequence ids and duplicate step ids within a sequence, not across sequences', () => {
    accept(v2({ sequences: [sequence({ id: 'a' }), sequence({ id: 'b' })] }));
    expect(reject(v2({ sequences: [sequence(), sequence()] }))).toEqual(['sequences[1].id: duplicate id "welcome" (first at sequences[0])']);
    expect(reject(v2({ sequences: [sequence({ steps: [step(), step({ offset: 2 })] })] }))).toEqual([
      'sequences[0].steps[1].id: duplicate id "d0" (first at sequences[0].steps[0])',
    ]);
  });

  it('rejects a step whose itemId names no item of the kit, with its path', () => {
    const errors = reject(v2({ sequences: [sequence({ steps: [step(), step({ id: 'd1', itemId: 'i1' }), step({ id: 'd2', itemId: 'gone' })] })] }));
    expect(errors).toEqual(['sequences[0].steps[2].itemId: no item with id "gone" in this kit']);
  });

  it('reports errors in the format’s field order, sequences after the calendar', () => {
    const errors = reject(
      v2({
        sequences: [sequence({ steps: [step({ title: '', itemId: 'gone', id: '' })], name: 5 }), sequence({ id: 'welcome' })],
        calendar: [{ id: 'c', date: '2026-02-30', title: 't', status: 'idea' }],
      }),
    );
    expect(errors).toEqual([
      'calendar[0].date: must be a real date as YYYY-MM-DD',
      'sequences[0].name: must be a string',
      'sequences[0].steps[0].id: must be 1–24 characters of A-Z a-z 0-9 _ . -',
      'sequences[0].steps[0].title: must be 1–200 characters',
      'sequences[0].steps[0].itemId: no item with id "gone" in this kit',
      'sequences[1].id: duplicate id "welcome" (first at sequences[0])',
    ]);
  });

  it('drops unknown fields of sequences and steps and reports them', () => {
    const { kit, dropped } = accept(v2({ sequences: [{ ...sequence({ steps: [{ ...step(), colour: 'red', __proto__x: 1 }] }), owner: 'me' }] }));
    expect(dropped).toEqual(['sequences[0].steps[0].colour', 'sequences[0].steps[0].__proto__x', 'sequences[0].owner']);
    expect(kit.sequences![0]).not.toHaveProperty('owner');
  });

  it('never lets __proto__ in a step reach a prototype', () => {
    const text = JSON.stringify(v2({ sequences: [sequence({ steps: ['STEP'] })] })).replace('"STEP"', `{"__proto__": {"polluted": 1}, ${JSON.stringify(step()).slice(1)}`);
    const result = parseKit(text);
    expect(result.ok && result.dropped).toEqual(['sequences[0].steps[0].__proto__']);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseKit: version 2 lint', () => {
  it('accepts allow phrases and word lists with every field, keeping x- fields', () => {
    const lint = {
      allow: ['第一书房', 'C#'],
      words: [wordList({ category: 'ad-law', message: { zh: '别用「{match}」', en: 'Avoid "{match}"', 'x-tone': 'soft' }, updatedAt: '2026-11-20T08:00:00Z' }), wordList({ id: 'b', severity: 'info' })],
      'x-source': 'team',
    };
    const { kit, dropped } = accept(v2({ lint }));
    expect(dropped).toEqual([]);
    expect(kit.lint).toEqual(lint);
  });

  it('accepts phrases full of regular-expression metacharacters as the literal data they are', () => {
    const words = ['(a+)+$', '.*', '[', '\\d{1000}', '^$', '|', '(?<=x)', '*?'];
    expect(accept(v2({ lint: { allow: ['a|b'], words: [wordList({ words })] } })).kit.lint?.words?.[0]?.words).toEqual(words);
  });

  it('checks severity, category and message', () => {
    const errors = reject(v2({ lint: { words: [wordList({ severity: 'fatal', category: 'spam', message: { zh: 'x'.repeat(201), en: 5 } })] } }));
    expect(errors).toEqual([
      'lint.words[0].severity: must be one of error, warning, info',
      'lint.words[0].category: must be one of brand, ad-law, fraud, noise, health, education, platform',
      'lint.words[0].message.zh: must be at most 200 characters',
      'lint.words[0].message.en: must be a string',
    ]);
    expect(reject(v2({ lint: { words: [wordList({ message: ['zh'] })] } }))).toEqual(['lint.words[0].message: must be an object']);
  });

  it('requires id, words and severity of a word list', () => {
    expect(reject(v2({ lint: { words: [{}] } }))).toEqual(['lint.words[0].id: required', 'lint.words[0].words: required', 'lint.words[0].severity: required']);
  });

  it('limits phrases to 1–30 characters, allow to 500 and word lists to 100 of 1–200 phrases', () => {
    const phrases = (n: number) => Array.from({ length: n }, (_, i) => `词${i}`);
    const lists = (n: number) => Array.from({ length: n }, (_, i) => wordList({ id: `w${i}` }));
    accept(v2({ lint: { allow: phrases(500), words: [wordList({ words: phrases(200) }), ...lists(99)] } }));
    accept(v2({ lint: { allow: ['😀'.repeat(30)], words: [wordList({ words: ['字'.repeat(30)] })] } }));
    expect(reject(v2({ lint: { allow: phrases(501) } }))).toEqual(['lint.allow: must have at most 500 entries']);
    expect(reject(v2({ lint: { allow: ['', 'x'.repeat(31)] } }))).toEqual(['lint.allow[0]: must be 1–30 characters', 'lint.allow[1]: must be 1–30 characters']);
    expect(reject(v2({ lint: { words: lists(101) } }))).toEqual(['lint.words: must have at most 100 entries']);
    expect(reject(v2({ lint: { words: [wordList({ words: phrases(201) })] } }))).toEqual(['lint.words[0].words: must have at most 200 entries']);
    expect(reject(v2({ lint: { words: [wordList({ words: [] })] } }))).toEqual(['lint.words[0].words: must not be empty']);
    expect(reject(v2({ lint: { words: [wordList({ words: ['ok', 'x'.repeat(31), 3] })] } }))).toEqual([
      'lint.words[0].words[1]: must be 1–30 characters',
      'lint.words[0].words[2]: must be a string',
    ]);
  });

  it('rejects duplicate word-list ids and wrong container types', () => {
    expect(reject(v2({ lint: { words: [wordList(), wordList({ severity: 'error' })] } }))).toEqual(['lint.words[1].id: duplicate id "team" (first at lint.words[0])']);
    expect(reject(v2({ lint: [] }))).toEqual(['lint: must be an object']);
    expect(reject(v2({ lint: { allow: 'x', words: {} } }))).toEqual(['lint.allow: must be an array', 'lint.words: must be an array']);
    expect(reject(v2({ sequences: {} }))).toEqual(['sequences: must be an array']);
  });

  it('drops unknown fields of lint and its word lists and reports them', () => {
    const { dropped } = accept(v2({ lint: { deny: ['x'], words: [{ ...wordList(), regex: '.*', message: { fr: 'non' } }] } }));
    expect(dropped).toEqual(['lint.deny', 'lint.words[0].regex', 'lint.words[0].message.fr']);
  });
});

describe('parseKit: version 2 fields in a version 1 file', () => {
  it('drops sequences and lint as unknown fields and reports them, without checking them', () => {
    const { kit, dropped } = accept(makeKit({ items: [item()], sequences: [{ id: 'bad id', steps: 'none' }], lint: { words: 5 } }));
    expect(dropped).toEqual(['sequences', 'lint']);
    expect(kit).not.toHaveProperty('sequences');
    expect(kit).not.toHaveProperty('lint');
    expect(kit.formatVersion).toBe(1);
  });

  it('keeps x- fields of a version 1 file as before', () => {
    expect(accept(makeKit({ 'x-sequences': [1] })).kit).toHaveProperty('x-sequences', [1]);
  });

  it('reads a version 2 file without either field', () => {
    const { kit, dropped } = accept(makeKit({ formatVersion: 2 }));
    expect(dropped).toEqual([]);
    expect(kit.formatVersion).toBe(2);
  });
});

describe('parseKit: hostile version 2 files', () => {
  const hostile = (name: string) => readFileSync(new URL(`../../../fixtures/hostile-kits/${name}`, import.meta.url));

  it('rejects a lint.words over the limits with a path for each problem', () => {
    const result = parseKit(hostile('bad-lint-over-limits.kit.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'sequences[0].id: must be 1–24 characters of A-Z a-z 0-9 _ . -',
        'sequences[0].steps[0].offset: must be a whole number of days from -365 to 365',
        'sequences[0].steps[0].itemId: no item with id "missing-item" in this kit',
        'sequences[0].steps[1].id: duplicate id "d0" (first at sequences[0].steps[0])',
        'lint.allow: must have at most 500 entries',
        'lint.words: must have at most 100 entries',
        'lint.words[1].id: duplicate id "flood" (first at lint.words[0])',
      ]),
    );
    expect(result.errors.indexOf('lint.allow: must have at most 500 entries')).toBeLessThan(result.errors.indexOf('lint.words: must have at most 100 entries'));
  });

  it('rejects 10,000 long phrases once, by the list’s path, without throwing', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `${'(x+)+y'.repeat(8)}${i}`);
    expect(reject(v2({ lint: { words: [wordList({ words })] } }))).toEqual(['lint.words[0].words: must have at most 200 entries']);
    const lists = Array.from({ length: 10_000 }, (_, i) => wordList({ id: `w${i}`, words: [words[i]!], severity: 'loud' }));
    expect(reject(v2({ lint: { words: lists } }))).toEqual(['lint.words: must have at most 100 entries']);
  });

  it('accepts regular-expression metacharacters and markup as plain data', () => {
    const result = parseKit(hostile('ok-regex-phrases.kit.json'));
    if (!result.ok) expect.fail(result.errors.join('\n'));
    expect(result.kit.lint?.words?.[0]?.words).toContain('(a+)+$');
    expect(result.kit.sequences?.[0]?.steps.map((s) => s.itemId)).toEqual(['sc-notice', 't-regex', undefined]);
  });
});
