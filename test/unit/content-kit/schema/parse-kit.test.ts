import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_KIT_BYTES, parseKit, type Kit } from '../../../../content-kit';
import { makeKit } from '../make-kit';

const FIXTURES = new URL('../../../fixtures/kits/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));

/** One `path: reason` line: a path without spaces or colons, then the reason, on a single line. */
const ERROR_LINE = /^[^\s:]+: [^\n\r]+$/;

const item = (over: Record<string, unknown> = {}) => ({ id: 'i1', kind: 'topic', title: '话题', body: '正文', ...over });
const entry = (over: Record<string, unknown> = {}) => ({ id: 'e1', date: '2026-12-01', title: '开营', status: 'idea', ...over });

function accept(value: unknown): { kit: Kit; dropped: string[] } {
  const result = parseKit(typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value));
  if (!result.ok) expect.fail(`expected a valid kit, got:\n${result.errors.join('\n')}`);
  return result;
}

function reject(value: unknown): string[] {
  const result = parseKit(typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value));
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result).not.toHaveProperty('kit');
  expect(result.errors.length).toBeGreaterThan(0);
  for (const line of result.errors) expect(line).toMatch(ERROR_LINE);
  return result.errors;
}

/** The errors reported at exactly `path`. */
const at = (errors: string[], path: string) => errors.filter((e) => e.startsWith(`${path}: `));

describe('parseKit: a valid file', () => {
  it('accepts the KIT-FORMAT.md example shape with every optional field', () => {
    const { kit, dropped } = accept(fixture('reading-club.kit.json').toString('utf8'));
    expect(dropped).toEqual([]);
    expect(kit.id).toBe('reading-club');
    expect(kit.items.map((i) => i.id)).toEqual(['t-21days', 't-offline', 'sl-together', 's-origin', 'sc-welcome']);
    expect(kit.calendar?.[0]).toMatchObject({ id: 'c1', time: '20:00', itemId: 't-21days' });
    expect(kit.canvas?.interest).toBe('每周读完一本书');
  });

  it('accepts UTF-8 bytes as well as text', () => {
    const { kit } = accept(fixture('reading-club.kit.json'));
    const bytes = parseKit(new Uint8Array(fixture('reading-club.kit.json')));
    expect(bytes.ok && bytes.kit).toEqual(kit);
  });

  it('accepts an empty items array and no calendar', () => {
    const { kit } = accept(makeKit());
    expect(kit.items).toEqual([]);
    expect(kit.calendar).toBeUndefined();
  });
});

describe('parseKit: required fields', () => {
  it.each(['format', 'formatVersion', 'id', 'name', 'version', 'updatedAt', 'items'])('top-level %s', (field) => {
    const kit = makeKit();
    delete kit[field];
    expect(reject(kit)).toEqual([`${field}: required`]);
  });

  it.each(['id', 'kind', 'title', 'body'])('item %s', (field) => {
    const it1 = item();
    delete (it1 as Record<string, unknown>)[field];
    expect(reject(makeKit({ items: [item({ id: 'ok' }), it1] }))).toEqual([`items[1].${field}: required`]);
  });

  it.each(['id', 'date', 'title', 'status'])('calendar entry %s', (field) => {
    const e = entry();
    delete (e as Record<string, unknown>)[field];
    expect(reject(makeKit({ calendar: [e] }))).toEqual([`calendar[0].${field}: required`]);
  });

  it('variable name and author name', () => {
    const errors = reject(makeKit({ authors: [{ contact: 'x' }], items: [item({ body: '{{a}}', variables: [{ label: '无名' }] })] }));
    expect(errors).toEqual(['authors[0].name: required', 'items[0].variables[0].name: required']);
  });

  it('reports every missing field of a broken file at once', () => {
    const errors = reject(fixture('missing-fields.kit.json'));
    expect(errors).toEqual([
      'formatVersion: required',
      'id: required',
      'name: required',
      'version: required',
      'updatedAt: required',
      'items[0].title: required',
      'items[0].body: required',
      'items[1].id: required',
      'items[1].kind: required',
      'calendar[0].date: required',
      'calendar[0].status: required',
    ]);
  });

  it('counts only own fields: required fields inherited through __proto__ do not count', () => {
    const text = `{"__proto__": ${JSON.stringify(makeKit())}}`;
    const errors = reject(text);
    expect(errors).toContain('format: required');
    expect(errors).toContain('items: required');
    const itemText = JSON.stringify(makeKit({ items: ['PLACEHOLDER'] })).replace('"PLACEHOLDER"', `{"__proto__": ${JSON.stringify(item())}}`);
    expect(reject(itemText)).toEqual(['items[0].id: required', 'items[0].kind: required', 'items[0].title: required', 'items[0].body: required']);
  });
});

describe('parseKit: types and enumerations', () => {
  it('names the expected type', () => {
    const errors = reject(makeKit({ name: 5, items: {}, calendar: 'x', authors: [1], formatVersion: '1' }));
    expect(at(errors, 'name')).toEqual(['name: must be a string']);
    expect(at(errors, 'items')).toEqual(['items: must be an array']);
    expect(at(errors, 'calendar')).toEqual(['calendar: must be an array']);
    expect(at(errors, 'authors[0]')).toEqual(['authors[0]: must be an object']);
    expect(at(errors, 'formatVersion')).toEqual(['formatVersion: must be 1 or 2']);
  });

  it('rejects arrays where the format wants an object', () => {
    expect(reject(makeKit({ canvas: ['interest'] }))).toEqual(['canvas: must be an object']);
    expect(reject(makeKit({ items: [[]] }))).toEqual(['items[0]: must be an object']);
    expect(reject(makeKit({ calendar: [[entry()]] }))).toEqual(['calendar[0]: must be an object']);
    expect(reject(makeKit({ authors: [['a']] }))).toEqual(['authors[0]: must be an object']);
    expect(reject(makeKit({ items: [item({ body: '{{a}}', variables: [['a']] })] }))).toEqual(['items[0].variables[0]: must be an object']);
  });

  it('rejects a root that is not an object', () => {
    for (const text of ['[]', 'null', '"kit"', '42', 'true']) expect(reject(text)).toEqual(['$: must be a JSON object']);
    expect(reject(fixture('array-root.kit.json'))).toEqual(['$: must be a JSON object']);
  });

  it('checks format, kind, stage, status and platform values', () => {
    const errors = reject(
      makeKit({
        format: 'community-kit-2',
        items: [item({ kind: 'poem', stage: 'launch' })],
        calendar: [entry({ status: 'done', platform: 'tiktok', stage: 'grow' })],
      }),
    );
    expect(errors).toEqual([
      'format: must be "community-kit"',
      'items[0].kind: must be one of topic, slogan, story, script',
      'items[0].stage: must be one of gather, interact, operate, monetize',
      'calendar[0].platform: must be one of weibo, douban, wechat, offline',
      'calendar[0].status: must be one of idea, draft, scheduled, published',
      'calendar[0].stage: must be one of gather, interact, operate, monetize',
    ]);
  });

  it('accepts every kind, stage, status and entry platform', () => {
    const kinds = ['topic', 'slogan', 'story', 'script'];
    const stages = ['gather', 'interact', 'operate', 'monetize'];
    const statuses = ['idea', 'draft', 'scheduled', 'published'];
    const platforms = ['weibo', 'douban', 'wechat', 'offline'];
    accept(
      makeKit({
        items: kinds.map((kind, i) => item({ id: `i${i}`, kind, stage: stages[i] })),
        calendar: statuses.map((status, i) => entry({ id: `e${i}`, status, platform: platforms[i], stage: stages[i] })),
      }),
    );
  });

  it('checks required boolean and string types inside variables', () => {
    const errors = reject(makeKit({ items: [item({ body: '{{a}}', variables: [{ name: 'a', required: 'yes', label: 3 }] })] }));
    expect(errors).toEqual(['items[0].variables[0].label: must be a string', 'items[0].variables[0].required: must be true or false']);
  });
});

describe('parseKit: length limits count code points', () => {
  const emoji = (n: number) => '😀'.repeat(n);
  const cases: [string, number, number, (s: string) => Record<string, unknown>][] = [
    ['name', 1, 80, (s) => makeKit({ name: s })],
    ['description', 0, 2000, (s) => makeKit({ description: s })],
    ['authors[0].name', 0, 80, (s) => makeKit({ authors: [{ name: s }] })],
    ['authors[0].contact', 0, 200, (s) => makeKit({ authors: [{ name: 'a', contact: s }] })],
    ['canvas.interest', 0, 2000, (s) => makeKit({ canvas: { interest: s } })],
    ['canvas.structure', 0, 2000, (s) => makeKit({ canvas: { structure: s } })],
    ['canvas.output', 0, 2000, (s) => makeKit({ canvas: { output: s } })],
    ['canvas.operations', 0, 2000, (s) => makeKit({ canvas: { operations: s } })],
    ['canvas.replication', 0, 2000, (s) => makeKit({ canvas: { replication: s } })],
    ['items[0].title', 1, 200, (s) => makeKit({ items: [item({ title: s })] })],
    ['items[0].body', 0, 20_000, (s) => makeKit({ items: [item({ body: s })] })],
    ['items[0].tags[0]', 1, 30, (s) => makeKit({ items: [item({ tags: [s] })] })],
    ['items[0].variables[0].label', 0, 40, (s) => makeKit({ items: [item({ body: '{{v}}', variables: [{ name: 'v', label: s }] })] })],
    ['items[0].variables[0].hint', 0, 200, (s) => makeKit({ items: [item({ body: '{{v}}', variables: [{ name: 'v', hint: s }] })] })],
    ['items[0].variables[0].default', 0, 2000, (s) => makeKit({ items: [item({ body: '{{v}}', variables: [{ name: 'v', default: s }] })] })],
    ['calendar[0].title', 1, 200, (s) => makeKit({ calendar: [entry({ title: s })] })],
    ['calendar[0].notes', 0, 5000, (s) => makeKit({ calendar: [entry({ notes: s })] })],
  ];

  it.each(cases)('%s: %i–%i', (path, min, max, build) => {
    accept(build(emoji(max)));
    accept(build('读'.repeat(max)));
    if (min === 0) accept(build(''));
    const over = reject(build(emoji(max + 1)));
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: must be (1–${max}|at most ${max}) characters$`));
    if (min === 1) expect(reject(build(''))).toEqual([`${path}: must be 1–${max} characters`]);
  });

  it('counts lengths in code points, not UTF-16 units', () => {
    // 80 emoji are 160 UTF-16 units: still 80 characters.
    expect('😀'.repeat(80).length).toBe(160);
    accept(makeKit({ name: '😀'.repeat(80) }));
  });

  it('limits list sizes: tags 20, variables 30, authors 50', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `标签${i}`);
    accept(makeKit({ items: [item({ tags: tags(20) })] }));
    expect(reject(makeKit({ items: [item({ tags: tags(21) })] }))).toEqual(['items[0].tags: must have at most 20 entries']);

    const vars = (n: number) => {
      const names = Array.from({ length: n }, (_, i) => `v${i}`);
      return item({ body: names.map((n) => `{{${n}}}`).join(' '), variables: names.map((name) => ({ name })) });
    };
    accept(makeKit({ items: [vars(30)] }));
    expect(reject(makeKit({ items: [vars(31)] }))).toEqual(['items[0].variables: must have at most 30 entries']);

    const authors = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `作者${i}` }));
    accept(makeKit({ authors: authors(50) }));
    expect(reject(makeKit({ authors: authors(51) }))).toEqual(['authors: must have at most 50 entries']);
  });

  it('limits items to 50,000 and calendar entries to 10,000', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, kind: 'topic', title: 't', body: '' }));
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: '2026-12-01', title: 't', status: 'idea' }));
    accept(makeKit({ items: items(50_000), calendar: entries(10_000) }));
    expect(reject(makeKit({ items: items(50_001) }))).toEqual(['items: must have at most 50000 entries']);
    expect(reject(makeKit({ calendar: entries(10_001) }))).toEqual(['calendar: must have at most 10000 entries']);
  });
});

describe('parseKit: ids', () => {
  const good = ['a', 'Z', '0', 'reading-club', 'v1.2_beta', 'a'.repeat(64), '__proto__', 'constructor', 'prototype', '...'];
  const bad = ['', 'a b', '读书会', 'a/b', 'a:b', 'a'.repeat(65), 'tab\t', 'ünï'];

  it.each(good)('accepts %j as kit, item and calendar id', (id) => {
    const { kit } = accept(makeKit({ id, items: [item({ id })], calendar: [entry({ id, itemId: id })] }));
    expect(kit.id).toBe(id);
    expect(kit.items[0]!.id).toBe(id);
    expect(kit.calendar![0]!.id).toBe(id);
  });

  it.each(bad)('rejects %j as kit, item and calendar id', (id) => {
    const errors = reject(makeKit({ id, items: [item({ id })], calendar: [entry({ id })] }));
    const reason = 'must be 1–64 characters of A-Z a-z 0-9 _ . -';
    expect(errors).toEqual([`id: ${reason}`, `items[0].id: ${reason}`, `calendar[0].id: ${reason}`]);
  });

  it('rejects duplicate item ids and duplicate calendar ids, naming the first', () => {
    const errors = reject(fixture('duplicate-ids.kit.json'));
    expect(errors).toContain('items[1].id: duplicate id "x" (first at items[0])');
    expect(errors).toContain('calendar[1].id: duplicate id "e" (first at calendar[0])');
  });

  it('allows an item and a calendar entry to share an id', () => {
    accept(makeKit({ items: [item({ id: 'same' })], calendar: [entry({ id: 'same', itemId: 'same' })] }));
  });

  it('checks itemId references against the kit’s items, by own id only', () => {
    const errors = reject(
      makeKit({
        items: [item({ id: 'a' })],
        calendar: [entry({ id: 'e1', itemId: 'a' }), entry({ id: 'e2', itemId: 'b' }), entry({ id: 'e3', itemId: 'toString' }), entry({ id: 'e4', itemId: 5 })],
      }),
    );
    expect(errors).toEqual([
      'calendar[1].itemId: no item with id "b" in this kit',
      'calendar[2].itemId: no item with id "toString" in this kit',
      'calendar[3].itemId: must be a string',
    ]);
  });

  it('keeps hostile ids inside one error line', () => {
    const errors = reject(fixture('duplicate-ids.kit.json'));
    const line = errors.find((e) => e.startsWith('calendar[1].itemId'));
    expect(line).toBe('calendar[1].itemId: no item with id "nope\\n@@ fake: line" in this kit');
    const escape = reject(fixture('terminal-escape.kit.json'));
    expect(escape).toEqual(['calendar[0].itemId: no item with id "\\u001b[31mred\\u001b[0m" in this kit']);
    expect(escape.join('')).not.toContain('\u001b');
  });

  it('lets items be called constructor and __proto__', () => {
    const { kit } = accept(
      makeKit({
        items: [item({ id: 'constructor', title: '构造' }), item({ id: '__proto__', title: '原型' }), item({ id: 'hasOwnProperty' })],
        calendar: [entry({ itemId: 'constructor' }), entry({ id: 'e2', itemId: '__proto__' })],
      }),
    );
    expect(kit.items.map((i) => i.id)).toEqual(['constructor', '__proto__', 'hasOwnProperty']);
    expect(kit.items[1]!.title).toBe('原型');
    expect(Object.getPrototypeOf(kit.items[1])).toBe(Object.prototype);
  });
});

describe('parseKit: dates and times', () => {
  it.each(['2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '1999-04-30'])('accepts the real date %s', (date) => {
    accept(makeKit({ calendar: [entry({ date })] }));
  });

  it.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-1', '26-01-01', '2026/01/01', '2026-01-01T00:00Z', ''])(
    'rejects %j as a date',
    (date) => {
      expect(reject(makeKit({ calendar: [entry({ date })] }))).toEqual(['calendar[0].date: must be a real date as YYYY-MM-DD']);
    },
  );

  it.each(['00:00', '09:30', '20:00', '23:59'])('accepts the time %s', (time) => {
    accept(makeKit({ calendar: [entry({ time })] }));
  });

  it.each(['24:00', '7:00', '12:60', '12:5', '12:00:00', '8pm', ''])('rejects %j as a time', (time) => {
    expect(reject(makeKit({ calendar: [entry({ time })] }))).toEqual(['calendar[0].time: must be HH:mm, 24-hour']);
  });

  const goodDateTimes = [
    '2026-11-20T08:00:00+08:00',
    '2026-11-20T08:00+08:00',
    '2026-11-20T00:00:00Z',
    '2026-11-20T00:00Z',
    '2026-11-20T23:59:59.999Z',
    '2026-11-20T08:00:00-05:30',
    '2028-02-29T12:00:00+0800',
  ];
  const badDateTimes = [
    '2026-11-20T08:00:00',
    '2026-11-20T08:00',
    '2026-11-20',
    '2026-02-29T08:00:00Z',
    '2026-11-20T24:00:00Z',
    '2026-11-20T08:60Z',
    '2026-11-20T08:00:61Z',
    '2026-11-20 08:00:00Z',
    '2026-11-20T08:00:00+25:00',
    'yesterday',
    '',
  ];

  it.each(goodDateTimes)('accepts the date-time %s at every level', (updatedAt) => {
    accept(makeKit({ updatedAt, items: [item({ updatedAt })], calendar: [entry({ updatedAt })] }));
  });

  it.each(badDateTimes)('rejects %j as a date-time at every level', (updatedAt) => {
    const reason = 'must be an ISO 8601 date-time with an offset or Z';
    expect(reject(makeKit({ updatedAt, items: [item({ updatedAt })], calendar: [entry({ updatedAt })] }))).toEqual([
      `updatedAt: ${reason}`,
      `items[0].updatedAt: ${reason}`,
      `calendar[0].updatedAt: ${reason}`,
    ]);
  });
});

describe('parseKit: version, timezone, locale', () => {
  it.each(['1.0.0', '0.0.1', '10.20.30', '1.0.0-beta.1', '1.0.0-alpha+001', '1.0.0+20130313144700', '1.0.0-rc.1+build.5', '1.0.0-x-y.0'])(
    'accepts the version %s',
    (version) => {
      expect(accept(makeKit({ version })).kit.version).toBe(version);
    },
  );

  it.each(['1.0', '1', '1.0.0.0', '01.0.0', '1.01.0', 'v1.0.0', '1.0.0-', '1.0.0-01', '1.0.0+', '1.0.0 beta', ''])('rejects the version %j', (version) => {
    expect(reject(makeKit({ version }))).toEqual(['version: must be a semver version MAJOR.MINOR.PATCH']);
  });

  it.each(['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Hong_Kong'])('accepts the timezone %s', (timezone) => {
    accept(makeKit({ timezone }));
  });

  it.each(['Mars/Olympus', 'Asia/Beijing', '', 'not a zone'])('rejects the timezone %j', (timezone) => {
    expect(reject(makeKit({ timezone }))).toEqual(['timezone: must be an IANA time zone']);
  });

  it.each(['zh-CN', 'zh', 'en', 'en-US', 'zh-Hant-TW'])('accepts the locale %s', (locale) => {
    accept(makeKit({ locale }));
  });

  it.each(['zh_CN', '', '123', 'chinese-simplified-x'])('rejects the locale %j', (locale) => {
    expect(reject(makeKit({ locale }))).toEqual(['locale: must be a BCP 47 language tag']);
  });
});

describe('parseKit: platforms', () => {
  it('accepts any non-empty subset without repeats', () => {
    accept(makeKit({ items: [item({ id: 'a', platforms: ['weibo'] }), item({ id: 'b', platforms: ['wechat', 'douban', 'weibo'] })] }));
  });

  it('rejects an empty list, repeats and unknown sites', () => {
    const errors = reject(
      makeKit({
        items: [item({ id: 'a', platforms: [] }), item({ id: 'b', platforms: ['weibo', 'weibo'] }), item({ id: 'c', platforms: ['offline'] })],
      }),
    );
    expect(errors).toEqual([
      'items[0].platforms: must not be empty',
      'items[1].platforms: must not repeat a platform',
      'items[2].platforms[0]: must be one of weibo, douban, wechat',
    ]);
  });
});

describe('parseKit: variables and placeholders', () => {
  it('reports a declared variable the body never uses, exactly as KIT-FORMAT.md writes it', () => {
    const items = [
      item({ id: 'a' }),
      item({ id: 'b' }),
      item({ id: 'c' }),
      item({ id: 'd', kind: 'story', body: '{{创始人}}在{{城市}}', variables: [{ name: '创始人' }, { name: '年份' }, { name: '城市' }] }),
    ];
    expect(reject(makeKit({ items }))).toEqual(['items[3].variables[1].name: not used in body']);
  });

  it('accepts placeholders in any script and undeclared placeholders', () => {
    const { kit } = accept(
      makeKit({ items: [item({ kind: 'slogan', body: '{{品牌}}：{{城市}}的{{社群_名}}{{x1}}', variables: [{ name: '品牌', required: true }] })] }),
    );
    expect(kit.items[0]!.variables).toEqual([{ name: '品牌', required: true }]);
  });

  it('treats \\{{ as a literal, so an escaped name does not count as a use', () => {
    const body = '写作 \\{{品牌}} 即可';
    expect(reject(makeKit({ items: [item({ body, variables: [{ name: '品牌' }] })] }))).toEqual(['items[0].variables[0].name: not used in body']);
    accept(makeKit({ items: [item({ body: '\\{{品牌}} 和 {{品牌}}', variables: [{ name: '品牌' }] })] }));
  });

  it('treats {{a b}} as literal text, not a placeholder', () => {
    accept(makeKit({ items: [item({ body: '{{a b}} {{}} {{-x}}' })] }));
    const errors = reject(makeKit({ items: [item({ body: '{{a b}}', variables: [{ name: 'a b' }] })] }));
    expect(errors).toEqual(['items[0].variables[0].name: must be 1–30 letters, digits or _']);
  });

  it('limits names to 30 characters: a longer {{…}} is literal', () => {
    const long = '名'.repeat(31);
    accept(makeKit({ items: [item({ body: `{{${'名'.repeat(30)}}}`, variables: [{ name: '名'.repeat(30) }] })] }));
    expect(reject(makeKit({ items: [item({ body: `{{${long}}}`, variables: [{ name: long }] })] }))).toEqual([
      'items[0].variables[0].name: must be 1–30 letters, digits or _',
    ]);
  });

  it('rejects repeated and empty variable names', () => {
    const errors = reject(makeKit({ items: [item({ body: '{{a}}', variables: [{ name: 'a' }, { name: 'a' }, { name: '' }] })] }));
    expect([...errors].sort()).toEqual(['items[0].variables[1].name: duplicate variable name "a"', 'items[0].variables[2].name: must not be empty']);
  });
});

describe('parseKit: unknown fields and extensions', () => {
  it('keeps x- fields unchanged at every level', () => {
    const { kit, dropped } = accept(fixture('reading-club.kit.json').toString('utf8'));
    expect(dropped).toEqual([]);
    expect(kit['x-generator']).toBe('community-kit tests');
    expect(kit.authors?.[0]?.['x-role']).toBe('群主');
    expect(kit.canvas?.['x-note']).toBe('示例');
    expect(kit.items[3]!['x-origin']).toEqual({ imported: true });
    expect(kit.items[3]!.variables?.[2]?.['x-source']).toBe('canvas');
    expect(kit.calendar?.[1]?.['x-venue']).toBe('城南书店');
  });

  it('keeps any JSON value under an x- field, up to the nesting limit', () => {
    const value = { list: [1, 'two', null, true, { deep: [[['三']]] }], n: -1.5e3 };
    const { kit } = accept(makeKit({ 'x-data': value, items: [item({ 'x-empty': {} })] }));
    expect(kit['x-data']).toEqual(value);
    expect(kit.items[0]!['x-empty']).toEqual({});
  });

  it('drops other unknown fields and reports their paths', () => {
    const { kit, dropped } = accept(
      makeKit({
        foo: 1,
        canvas: { bar: 'x', interest: '读书' },
        authors: [{ name: 'a', email: 'a@b' }],
        items: [item({ zz: true, variables: [{ name: 'v', kind: 'text' }], body: '{{v}}' })],
        calendar: [entry({ yy: 1 })],
        X_custom: 1,
      }),
    );
    expect([...dropped].sort()).toEqual(['X_custom', 'authors[0].email', 'calendar[0].yy', 'canvas.bar', 'foo', 'items[0].variables[0].kind', 'items[0].zz']);
    expect(kit).not.toHaveProperty('foo');
    expect(kit.canvas).toEqual({ interest: '读书' });
    expect(kit.items[0]).not.toHaveProperty('zz');
    expect(kit.items[0]!.variables![0]).toEqual({ name: 'v' });
    expect(kit.calendar![0]).not.toHaveProperty('yy');
  });

  it('writes odd keys of dropped fields so they cannot break a report line', () => {
    const { dropped } = accept(makeKit({ 'a\nb': 1, 'with space': 2, '': 3 }));
    expect(dropped).toEqual(['["a\\nb"]', '["with space"]', '[""]']);
  });

  it('drops __proto__, constructor and prototype keys everywhere without polluting prototypes', () => {
    const { kit, dropped } = accept(fixture('proto-pollution.kit.json').toString('utf8'));
    expect(dropped).toEqual(['__proto__', 'constructor', 'items[0].__proto__', 'items[1].prototype', 'items[2].x-data.__proto__', 'calendar[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('status');
    expect(kit.items.map((i) => i.id)).toEqual(['__proto__', 'constructor', 'x']);
    for (const value of [kit, ...kit.items, ...kit.calendar!]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect((value as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(value)).not.toContain('__proto__');
      expect(Object.keys(value)).not.toContain('constructor');
      expect(Object.keys(value)).not.toContain('prototype');
    }
    expect(kit.items[2]!['x-data']).toEqual({ keep: 1 });
    expect(Object.getPrototypeOf(kit.items[2]!['x-data'])).toBe(Object.prototype);
  });

  it('drops forbidden keys inside canvas, authors and variables too', () => {
    const text = JSON.stringify(
      makeKit({
        canvas: { interest: 'x', P: 1 },
        authors: [{ name: 'a', C: 1 }],
        items: [item({ body: '{{v}}', variables: [{ name: 'v', T: 1 }] })],
      }),
    )
      .replace('"P":', '"__proto__":')
      .replace('"C":', '"constructor":')
      .replace('"T":', '"prototype":');
    const { dropped } = accept(text);
    expect([...dropped].sort()).toEqual(['authors[0].constructor', 'canvas.__proto__', 'items[0].variables[0].prototype']);
    expect(Object.prototype).not.toHaveProperty('interest');
  });
});

describe('parseKit: format versions', () => {
  it('refuses a newer formatVersion without guessing', () => {
    expect(reject(makeKit({ formatVersion: 3 }))).toEqual(['formatVersion: made by a newer version (formatVersion 3)']);
    expect(reject(fixture('newer-format.kit.json'))).toEqual(['formatVersion: made by a newer version (formatVersion 3)']);
    expect(reject(makeKit({ formatVersion: 17, name: 5 }))).toEqual(['formatVersion: made by a newer version (formatVersion 17)']);
  });

  it('accepts versions 1 and 2', () => {
    expect(accept(makeKit({ formatVersion: 1 })).kit.formatVersion).toBe(1);
    expect(accept(makeKit({ formatVersion: 2 })).kit.formatVersion).toBe(2);
  });

  it('rejects formatVersion values that are not 1 or 2', () => {
    for (const formatVersion of [0, -1, 1.5, '1', '2', null, true])
      expect(reject(makeKit({ formatVersion }))).toEqual(['formatVersion: must be 1 or 2']);
  });
});

describe('parseKit: text, encoding and JSON syntax', () => {
  it('ignores a UTF-8 byte-order mark in bytes and in text', () => {
    expect(accept(fixture('bom.kit.json').toString('utf8')).kit.name).toBe('带 BOM 的包');
    const bytes = parseKit(fixture('bom.kit.json'));
    expect(bytes.ok && bytes.kit.name).toBe('带 BOM 的包');
    expect(fixture('bom.kit.json')[0]).toBe(0xef);
  });

  it('treats an empty file as invalid JSON', () => {
    for (const empty of ['', '   \n\t', '\uFEFF', new Uint8Array(0), fixture('empty.kit.json')]) {
      const errors = reject(empty);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^\$: invalid JSON/);
    }
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(reject(fixture('not-utf8.kit.json'))).toEqual(['$: not valid UTF-8 text']);
  });

  /** The byte offset, line and column (in characters, an emoji counting one) of UTF-16 index `index` in `text`. */
  const position = (text: string, index: number, bom = 0) => {
    const before = text.slice(0, index);
    const lines = before.split('\n');
    return `at byte ${Buffer.byteLength(before) + bom} (line ${lines.length}, column ${[...lines.at(-1)!].length + 1})`;
  };

  it.each([
    ['{"a": 1,}', 8],
    ['{"名字": "读书会", x}', 14],
    ['{"a": "😀", x}', 12],
    ['{\n  "标题": "社群",\n  x\n}', 18],
    ['[1, 01]', 5],
    ['{} x', 3],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['[1,]', 3],
    ['{"a": tru}', 6],
  ])('reports the byte, line and column of a syntax error in %j', (text, index) => {
    const [error] = reject(text);
    expect(error).toMatch(/^\$: invalid JSON at byte \d+ \(line \d+, column \d+\): \S/);
    expect(error).toContain(position(text, index));
  });

  it('reports the position JSON.parse gives, counted in bytes', () => {
    const text = '{"说明": "多字节", "x": "abc';
    let given = -1;
    try {
      JSON.parse(text);
    } catch (error) {
      given = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? -1);
    }
    const [line] = reject(text);
    if (given >= 0) expect(line).toContain(position(text, given));
    else expect(line).toMatch(/^\$: invalid JSON at byte \d+/);
  });

  it('counts the byte-order mark in the byte offset but not in the column', () => {
    const text = '{"名字": "读书会", x}';
    const [fromText] = reject(`\uFEFF${text}`);
    expect(fromText).toContain(position(text, 14, 3));
    const [fromBytes] = reject(new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf8')));
    expect(fromBytes).toBe(fromText);
  });

  it('reports the syntax error fixture on its line', () => {
    const text = fixture('syntax-error.kit.json').toString('utf8');
    const [error] = reject(text);
    expect(error).toContain(position(text, text.indexOf('[,]') + 1));
    expect(error).toContain('(line 4, column 13)');
  });

  it('never echoes a control character from the file', () => {
    const [error] = reject('[\u001b[2J]');
    expect(error).not.toContain('\u001b');
    expect(error).toContain('U+001B');
    const [fixtureError] = reject(fixture('control-char.kit.json'));
    expect(fixtureError).not.toContain('\u001b');
  });

  it('rejects a file over 20 MiB and names the limit', () => {
    expect(MAX_KIT_BYTES).toBe(20 * 1024 * 1024);
    const over = `{}${' '.repeat(MAX_KIT_BYTES - 1)}`;
    const [error] = reject(over);
    expect(error).toBe(`$: file is ${MAX_KIT_BYTES + 1} bytes, over the 20 MiB limit`);
    expect(reject(new Uint8Array(MAX_KIT_BYTES + 1))).toEqual([`$: file is ${MAX_KIT_BYTES + 1} bytes, over the 20 MiB limit`]);
    // Exactly at the limit the file is read (and here fails only for its content).
    const atLimit = reject(`{}${' '.repeat(MAX_KIT_BYTES - 2)}`);
    expect(atLimit.join('\n')).not.toContain('20 MiB');
    expect(atLimit).toContain('format: required');
  });

  it('counts multi-byte characters and the byte-order mark toward the size limit', () => {
    // 6,990,506 three-byte characters are 20,971,518 bytes; the BOM makes 20,971,521, one over.
    const text = `\uFEFF${'中'.repeat(6_990_506)}`;
    expect(reject(text)).toEqual([`$: file is ${MAX_KIT_BYTES + 1} bytes, over the 20 MiB limit`]);
  });

  it('rejects 100,000 levels of nesting without overflowing the stack', () => {
    for (const text of ['['.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`, '{"a":'.repeat(100_000), fixture('deep-nesting.kit.json')]) {
      const errors = reject(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^\$: nested deeper than \d+ levels at byte \d+$/);
    }
  });

  it('rejects an x- extension nested far deeper than the format', () => {
    const deep = JSON.stringify(makeKit({ 'x-deep': 'HERE' })).replace('"HERE"', `${'['.repeat(40)}${']'.repeat(40)}`);
    expect(reject(deep)[0]).toMatch(/^\$: nested deeper than/);
  });

  it('ignores brackets inside strings when measuring nesting', () => {
    accept(makeKit({ description: `${'['.repeat(1000)}\\"{{{`, items: [item({ body: '{'.repeat(500) })] }));
  });
});

describe('parseKit: rejecting a file', () => {
  it('reports every error at once, as `path: reason` lines in file order', () => {
    const errors = reject(fixture('bad-values.kit.json'));
    expect(errors).toEqual([
      'format: must be "community-kit"',
      'id: must be 1–64 characters of A-Z a-z 0-9 _ . -',
      'name: must be 1–80 characters',
      'version: must be a semver version MAJOR.MINOR.PATCH',
      'locale: must be a BCP 47 language tag',
      'timezone: must be an IANA time zone',
      'updatedAt: must be an ISO 8601 date-time with an offset or Z',
      'canvas: must be an object',
      'items[0].kind: must be one of topic, slogan, story, script',
      'items[0].stage: must be one of gather, interact, operate, monetize',
      'items[0].platforms: must not be empty',
      'items[1].tags[0]: must be 1–30 characters',
      'items[1].platforms: must not repeat a platform',
      'items[1].updatedAt: must be an ISO 8601 date-time with an offset or Z',
      'items[2].variables[1].name: not used in body',
      'calendar[0].date: must be a real date as YYYY-MM-DD',
      'calendar[0].time: must be HH:mm, 24-hour',
      'calendar[0].platform: must be one of weibo, douban, wechat, offline',
      'calendar[0].status: must be one of idea, draft, scheduled, published',
      'calendar[0].itemId: no item with id "zzz" in this kit',
    ]);
  });

  it('orders items[2] before items[10]', () => {
    const items = Array.from({ length: 12 }, (_, i) => item({ id: `i${i}`, kind: i === 10 || i === 2 ? 'bad' : 'topic' }));
    const errors = reject(makeKit({ items, name: '' }));
    expect(errors).toEqual([
      'name: must be 1–80 characters',
      'items[2].kind: must be one of topic, slogan, story, script',
      'items[10].kind: must be one of topic, slogan, story, script',
    ]);
  });

  it('gives no kit and no partial result for a file with one error among many good items', () => {
    const items = Array.from({ length: 100 }, (_, i) => item({ id: `i${i}` }));
    items.push(item({ id: 'i0' }));
    const result = parseKit(JSON.stringify(makeKit({ items })));
    expect(result).toEqual({ ok: false, errors: ['items[100].id: duplicate id "i0" (first at items[0])'] });
  });

  it('returns fresh objects: parsing twice gives equal, unshared kits', () => {
    const text = fixture('reading-club.kit.json').toString('utf8');
    const a = accept(text).kit;
    const b = accept(text).kit;
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.items[0]).not.toBe(b.items[0]);
  });
});

describe('parseKit: numbers a kit cannot write back', () => {
  it('rejects a number JSON reads as Infinity, even in a kept x- field, with its path', () => {
    const text = JSON.stringify({ ...makeKit(), canvas: { 'x-big': 1 } }).replace('"x-big":1', '"x-big":1e999');
    const result = parseKit(text);
    expect(result).toEqual({ ok: false, errors: ['canvas.x-big: number out of range'] });
  });
});

describe('parseKit: an out-of-range number under a key with white space', () => {
  it('names the key in the reason, keeping the path free of spaces', () => {
    const text = JSON.stringify({ ...makeKit(), canvas: { 'x- a b': 1 } }).replace('"x- a b":1', '"x- a b":-1e999');
    const result = parseKit(text);
    expect(result).toEqual({ ok: false, errors: ['canvas: number out of range (in "x- a b")'] });
    if (!result.ok) for (const line of result.errors) expect(line).toMatch(ERROR_LINE);
  });
});
