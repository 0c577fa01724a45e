import fc from 'fast-check';

// Generators of valid kit files (as plain JSON values) for the property tests.

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const safeKey = fc.string({ maxLength: 6 }).filter((k) => !FORBIDDEN.has(k));
const text = (minLength: number, maxLength: number) => fc.string({ unit: 'binary', minLength, maxLength });
const id = fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/);

/** Any JSON value that survives a round trip unchanged (no -0, no forbidden keys), a few levels deep. */
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.string(),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(safeKey, tie('json'), { maxKeys: 3, noNullPrototype: true }),
  ),
}));
export const jsonArbitrary: fc.Arbitrary<unknown> = json;

const extensions = fc.dictionary(
  safeKey.map((k) => `x-${k}`),
  json,
  { maxKeys: 2, noNullPrototype: true },
);
const withExtensions = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(arb, extensions).map(([value, x]) => ({ ...value, ...x }));

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const date = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .tuple(date, two(23), two(59), fc.option(two(59)), fc.option(fc.integer({ min: 0, max: 999 })), fc.constantFrom('Z', '+08:00', '-05:30', '+0800', '+00:00'))
  .map(([d, h, m, s, ms, offset]) => `${d}T${h}:${m}${s === null ? '' : `:${s}${ms === null ? '' : `.${ms}`}`}${offset}`);
const version = fc
  .tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.option(fc.constantFrom('alpha', 'beta.1', 'rc.2', '0.3.x-y')), fc.option(fc.constantFrom('build.5', '001', 'sha-abc')))
  .map(([a, b, c, pre, build]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`);

const stage = fc.constantFrom('gather', 'interact', 'operate', 'monetize');
// Body text that cannot form a placeholder or an escape by accident.
const bodyText = text(0, 30).map((s) => s.replace(/[\\{}]/g, ''));
const names = fc.uniqueArray(fc.constantFrom('品牌', '城市', '社群名', 'name', '年份', 'x_1', 'Ω'), { maxLength: 4 });

const variable = (name: string) =>
  withExtensions(
    fc.record(
      { name: fc.constant(name), label: text(0, 40), hint: text(0, 20), default: text(0, 20), required: fc.boolean() },
      { requiredKeys: ['name'] },
    ),
  );

const item = fc
  .tuple(id, names, fc.array(bodyText, { minLength: 1, maxLength: 4 }), fc.boolean())
  .chain(([itemId, declared, parts, literals]) =>
    withExtensions(
      fc.record(
        {
          id: fc.constant(itemId),
          kind: fc.constantFrom('topic', 'slogan', 'story', 'script'),
          title: text(1, 20),
          body: fc.constant(
            [...parts, ...declared.map((n) => `{{${n}}}`), ...(literals ? ['\\{{品牌}}', '{{a b}}', '{{未声明}}'] : [])].join(''),
          ),
          tags: fc.array(text(1, 30), { maxLength: 5 }),
          stage,
          platforms: fc.subarray(['weibo', 'douban', 'wechat'], { minLength: 1 }),
          variables: fc.tuple(...declared.map(variable)),
          updatedAt: dateTime,
        },
        { requiredKeys: ['id', 'kind', 'title', 'body'] },
      ),
    ),
  );

const entry = (itemIds: string[]) =>
  withExtensions(
    fc.record(
      {
        id,
        date,
        time: fc.tuple(two(23), two(59)).map(([h, m]) => `${h}:${m}`),
        title: text(1, 20),
        platform: fc.constantFrom('weibo', 'douban', 'wechat', 'offline'),
        status: fc.constantFrom('idea', 'draft', 'scheduled', 'published'),
        itemId: itemIds.length ? fc.constantFrom(...itemIds) : fc.constant(undefined),
        notes: text(0, 40),
        stage,
        updatedAt: dateTime,
      },
      { requiredKeys: ['id', 'date', 'title', 'status'] },
    ),
  ).map((e) => {
    if (e.itemId === undefined) delete e.itemId;
    return e;
  });

const shortId = fc.stringMatching(/^[A-Za-z0-9_.-]{1,24}$/);

const step = (itemIds: string[]) =>
  withExtensions(
    fc.record(
      {
        id: shortId,
        offset: fc.integer({ min: -365, max: 365 }),
        time: fc.tuple(two(23), two(59)).map(([h, m]) => `${h}:${m}`),
        title: text(1, 20),
        itemId: itemIds.length ? fc.constantFrom(...itemIds) : fc.constant(undefined),
        platform: fc.constantFrom('weibo', 'douban', 'wechat', 'offline'),
        notes: text(0, 40),
      },
      { requiredKeys: ['id', 'offset', 'title'] },
    ),
  ).map((s) => {
    if (s.itemId === undefined) delete s.itemId;
    return s;
  });

const sequence = (itemIds: string[]) =>
  withExtensions(
    fc.record(
      {
        id: shortId,
        name: text(1, 20),
        anchor: text(1, 20),
        description: text(0, 40),
        stage,
        steps: fc.uniqueArray(step(itemIds), { selector: (s) => s.id, minLength: 1, maxLength: 4 }),
        updatedAt: dateTime,
      },
      { requiredKeys: ['id', 'name', 'anchor', 'steps'] },
    ),
  );

const phrase = text(1, 30);
const wordList = withExtensions(
  fc.record(
    {
      id,
      words: fc.array(phrase, { minLength: 1, maxLength: 4 }),
      severity: fc.constantFrom('error', 'warning', 'info'),
      category: fc.constantFrom('brand', 'ad-law', 'fraud', 'noise', 'health', 'education', 'platform'),
      message: withExtensions(fc.record({ zh: text(0, 40), en: text(0, 40) }, { requiredKeys: [] })),
      updatedAt: dateTime,
    },
    { requiredKeys: ['id', 'words', 'severity'] },
  ),
);

const lint = withExtensions(
  fc.record({ allow: fc.array(phrase, { maxLength: 4 }), words: fc.uniqueArray(wordList, { selector: (w) => w.id, maxLength: 3 }) }, { requiredKeys: [] }),
);

/**
 * A valid kit file as a JSON value, with every optional field and `x-` extensions sometimes present; it is of
 * format version 2 exactly when it has `sequences` or `lint`, as a writer would make it.
 */
export const kitArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(item, { selector: (i) => i.id, maxLength: 6 })
  .chain((items) =>
    withExtensions(
      fc.record(
        {
          format: fc.constant('community-kit'),
          formatVersion: fc.constant(1),
          id,
          name: text(1, 80),
          version,
          locale: fc.constantFrom('zh-CN', 'en', 'zh-Hant-TW', 'en-US'),
          timezone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin'),
          description: text(0, 60),
          authors: fc.array(withExtensions(fc.record({ name: text(0, 80), contact: text(0, 30) }, { requiredKeys: ['name'] })), { maxLength: 3 }),
          updatedAt: dateTime,
          canvas: withExtensions(
            fc.record(
              { interest: text(0, 40), structure: text(0, 40), output: text(0, 40), operations: text(0, 40), replication: text(0, 40) },
              { requiredKeys: [] },
            ),
          ),
          items: fc.constant(items),
          calendar: fc.uniqueArray(entry(items.map((i) => i.id)), { selector: (e) => e.id, maxLength: 4 }),
          sequences: fc.uniqueArray(sequence(items.map((i) => i.id)), { selector: (q) => q.id, maxLength: 3 }),
          lint,
        },
        { requiredKeys: ['format', 'formatVersion', 'id', 'name', 'version', 'updatedAt', 'items'] },
      ),
    ),
  )
  .map((kit) => ({ ...kit, formatVersion: 'sequences' in kit || 'lint' in kit ? 2 : 1 }));
