import { describe, expect, it } from 'vitest';
import {
  BUILTIN_KIT_ID,
  CANVAS_FIELDS,
  ENTRY_PLATFORMS,
  ID_PATTERN,
  STAGES,
  builtinKit,
  codePointLength,
  exportKit,
  findBlanks,
  isTimeString,
  lintText,
  parseKit,
  platformTarget,
  templateVariables,
  type KitItem,
} from '../../../../content-kit';
import sequencesFile from '../../../../content-kit/builtin/sequences.json' with { type: 'json' };

const kit = builtinKit();
const ofKind = (kind: string) => kit.items.filter((i) => i.kind === kind);
const typeOf = (item: KitItem) => item.tags?.[0];
const byStage = (items: KitItem[], stage: string) => items.filter((i) => i.stage === stage);

/** DOMAIN.md's community types, each under the one first-tag name the kit uses for it. */
const COMMUNITY_TYPES = [
  '读书', '健身', '育儿', '宠物', '户外', '美食', '职场', '同城', '音乐', '创业',
  '追剧', '追星', '二次元', '摄影', '手帐', '备考', '美妆', '旅行', '同学', '老乡', '品牌',
];
/** Blanks a user profile fills: their hints may give examples, a default would publish someone else's. */
const PROFILE_BLANKS = ['社群名', '城市', '创始人', '品牌', '成立时间'];
const NAMED_SCRIPTS = [
  'sc-free-to-paid', 'sc-second-group', 'sc-removal-notice', 'sc-anti-fraud-notice', 'sc-offline-reflow',
  'sc-mutual-promotion', 'sc-merch', 'sc-kol-outreach', 'sc-kol-intro',
];

/** The examples a hint gives after 如 (“如：杭州”, “如“书友”“跑友””, “如20:00”). */
function hintExamples(hint: string): string[] {
  const at = hint.indexOf('如');
  if (at < 0) return [];
  return hint
    .slice(at + 1)
    .split(/[“”"、，,。；]|或/)
    .map((part) => part.replace(/^[：:]/, '').trim())
    .filter(Boolean);
}

interface Step {
  id: string;
  offset: number;
  time?: string;
  title: string;
  itemId?: string;
  platform?: string;
  notes?: string;
}
interface Sequence {
  id: string;
  name: string;
  anchor: string;
  description?: string;
  stage?: string;
  steps: Step[];
}
const sequences = sequencesFile as Sequence[];
const sequence = (id: string) => sequences.find((s) => s.id === id);

describe('the built-in kit', () => {
  it('parses with zero errors and zero dropped fields, and survives export', () => {
    const direct = parseKit(JSON.stringify(kit));
    if (!direct.ok) expect.fail(direct.errors.join('\n'));
    expect(direct.dropped).toEqual([]);
    expect(direct.kit).toEqual(kit);
    const exported = parseKit(exportKit(kit));
    expect(exported.ok && exported.dropped).toEqual([]);
    expect(exported.ok && exported.kit).toEqual(kit);
  });

  it('has its stable id and returns a fresh copy each time', () => {
    expect(kit.id).toBe(BUILTIN_KIT_ID);
    const a = builtinKit();
    a.items[0]!.title = '改过';
    expect(builtinKit().items[0]!.title).not.toBe('改过');
  });

  it('gives every item a stage and tags whose first names its community type', () => {
    const known = new Set([...COMMUNITY_TYPES, '通用']);
    for (const item of kit.items) {
      expect(item.stage, item.id).toBeDefined();
      expect(item.tags?.length, item.id).toBeGreaterThan(0);
      expect(known, item.id).toContain(typeOf(item));
    }
  });

  it('covers at least 18 community types besides 通用, each with at least five topics', () => {
    const types = new Set(kit.items.map(typeOf));
    types.delete('通用');
    expect(types.size).toBeGreaterThanOrEqual(18);
    const topics = ofKind('topic');
    for (const type of COMMUNITY_TYPES) expect(topics.filter((t) => typeOf(t) === type).length, type).toBeGreaterThanOrEqual(5);
  });

  it('has at least 180 topics, 25 of them monetize, some with declared blanks', () => {
    const topics = ofKind('topic');
    expect(topics.length).toBeGreaterThanOrEqual(180);
    expect(byStage(topics, 'monetize').length).toBeGreaterThanOrEqual(25);
    for (const stage of STAGES) expect(byStage(topics, stage).length, stage).toBeGreaterThanOrEqual(25);
    const withBlanks = topics.filter((t) => findBlanks(t.body).length > 0);
    expect(withBlanks.length).toBeGreaterThanOrEqual(5);
    expect(withBlanks.filter((t) => t.body.includes('{{城市}}')).length).toBeGreaterThan(0);
  });

  it('declares every blank it uses', () => {
    for (const item of kit.items) {
      const declared = new Set((item.variables ?? []).map((v) => v.name));
      for (const { name } of findBlanks(item.body)) expect(declared, `${item.id} {{${name}}}`).toContain(name);
    }
  });

  it('has at least 70 slogans and 20 stories with distinct arcs, every stage at least three', () => {
    expect(ofKind('slogan').length).toBeGreaterThanOrEqual(70);
    const stories = ofKind('story');
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const stage of STAGES) expect(byStage(stories, stage).length, stage).toBeGreaterThanOrEqual(3);
    expect(new Set(stories.map((s) => s.title)).size).toBe(stories.length);
    expect(new Set(stories.map((s) => s.body)).size).toBe(stories.length);
    for (const story of stories) expect(templateVariables(story).length, story.id).toBeGreaterThan(0);
    const tags = new Set(stories.flatMap((s) => s.tags ?? []));
    for (const arc of ['大咖', '骨干', '生命共同体', '产品', '起点', '成员故事']) expect(tags, arc).toContain(arc);
  });

  it('has at least 80 scripts, every stage at least twelve, the named ones among them', () => {
    const scripts = ofKind('script');
    expect(scripts.length).toBeGreaterThanOrEqual(80);
    for (const stage of STAGES) expect(byStage(scripts, stage).length, stage).toBeGreaterThanOrEqual(12);
    const ids = new Set(scripts.map((s) => s.id));
    for (const id of NAMED_SCRIPTS) expect(ids).toContain(id);
    expect(scripts.filter((s) => typeOf(s) === '品牌').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps examples in hints: no default repeats a hint example, profile blanks have no default', () => {
    for (const item of kit.items) {
      for (const v of item.variables ?? []) {
        if (v.default === undefined) continue;
        expect(hintExamples(v.hint ?? ''), `${item.id} ${v.name}`).not.toContain(v.default);
        expect(PROFILE_BLANKS, `${item.id} ${v.name}`).not.toContain(v.name);
      }
    }
  });

  it('tags items for marketing days and festivals with the node words', () => {
    const tagged = (word: string) => kit.items.filter((i) => i.tags?.includes(word));
    expect(tagged('世界读书日').some((i) => typeOf(i) === '读书')).toBe(true);
    expect(tagged('全民健身日').some((i) => typeOf(i) === '健身')).toBe(true);
    for (const node of ['中秋', '春节', '过年', '双11', '520', '教师节', '毕业季']) expect(tagged(node).length, node).toBeGreaterThan(0);
  });

  it('ships no dated calendar: plans are sequences applied from a day the user picks', () => {
    expect(kit.calendar ?? []).toEqual([]);
  });

  it('has a filled canvas', () => {
    for (const field of CANVAS_FIELDS) expect(kit.canvas?.[field]?.length ?? 0).toBeGreaterThan(50);
  });

  it('has no Advertising-Law problems anywhere, and no fraud patterns outside the warnings against them', () => {
    const target = platformTarget('douban-group-topic');
    const itemTexts = (i: KitItem) => [i.title, i.body, ...(i.tags ?? []), ...(i.variables ?? []).flatMap((v) => [v.label ?? '', v.hint ?? '', v.default ?? ''])];
    const texts = [
      kit.name,
      kit.description ?? '',
      ...Object.values(kit.canvas ?? {}).map(String),
      ...sequences.flatMap((s) => [s.name, s.description ?? '', ...s.steps.flatMap((t) => [t.title, t.notes ?? ''])]),
    ].map((text) => ({ text, warning: false }));
    // An anti-fraud notice names the scam it warns against; only the fraud rules may fire on it.
    for (const item of kit.items) for (const text of itemTexts(item)) texts.push({ text, warning: !!item.tags?.includes('防骗') });
    const problems = texts.flatMap(({ text, warning }) =>
      lintText(text, target)
        .filter((f) => f.ruleId.startsWith('ad-law/') || (!warning && f.ruleId.startsWith('fraud/')))
        .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)} in ${text.slice(0, 30)}`),
    );
    expect(problems).toEqual([]);
  });

  it('fits the limits of the places its items are written', () => {
    for (const item of ofKind('topic')) expect([...item.body].length, item.id).toBeLessThanOrEqual(40);
    for (const item of ofKind('slogan')) expect([...item.body].length, item.id).toBeLessThanOrEqual(140);
  });
});

describe('the built-in sequences (sequences.json, format version 2)', () => {
  const itemIds = new Set(kit.items.map((i) => i.id));
  const sequenceFields = new Set(['id', 'name', 'anchor', 'description', 'stage', 'steps']);
  const stepFields = new Set(['id', 'offset', 'time', 'title', 'itemId', 'platform', 'notes']);

  it('has at least seven sequences in the format version 2 shape', () => {
    expect(sequences.length).toBeGreaterThanOrEqual(7);
    expect(new Set(sequences.map((s) => s.id)).size).toBe(sequences.length);
    for (const s of sequences) {
      for (const key of Object.keys(s)) expect(sequenceFields, `${s.id}.${key}`).toContain(key);
      expect(ID_PATTERN.test(s.id) && s.id.length <= 24, s.id).toBe(true);
      expect(codePointLength(s.name)).toBeGreaterThan(0);
      expect(codePointLength(s.name)).toBeLessThanOrEqual(80);
      expect(codePointLength(s.anchor)).toBeGreaterThan(0);
      expect(codePointLength(s.anchor)).toBeLessThanOrEqual(20);
      expect(codePointLength(s.description ?? '')).toBeLessThanOrEqual(2000);
      expect(STAGES, s.id).toContain(s.stage);
      expect(s.steps.length).toBeGreaterThan(0);
      expect(s.steps.length).toBeLessThanOrEqual(100);
      expect(new Set(s.steps.map((t) => t.id)).size, s.id).toBe(s.steps.length);
      for (const t of s.steps) {
        const where = `${s.id}.${t.id}`;
        for (const key of Object.keys(t)) expect(stepFields, `${where}.${key}`).toContain(key);
        expect(ID_PATTERN.test(t.id) && t.id.length <= 24, where).toBe(true);
        expect(Number.isInteger(t.offset) && Math.abs(t.offset) <= 365, where).toBe(true);
        if (t.time !== undefined) expect(isTimeString(t.time), where).toBe(true);
        expect(codePointLength(t.title)).toBeGreaterThan(0);
        expect(codePointLength(t.title)).toBeLessThanOrEqual(200);
        if (t.platform !== undefined) expect(ENTRY_PLATFORMS, where).toContain(t.platform);
        expect(codePointLength(t.notes ?? '')).toBeLessThanOrEqual(5000);
      }
    }
  });

  it('links only items that exist', () => {
    for (const s of sequences) for (const t of s.steps) if (t.itemId !== undefined) expect(itemIds, `${s.id}.${t.id}`).toContain(t.itemId);
  });

  it('has the SOPs of DOMAIN.md with their touch points', () => {
    const offsets = (id: string) => new Set(sequence(id)?.steps.map((t) => t.offset));
    for (const day of [0, 1, 3, 7]) expect(offsets('newcomer-week'), `newcomer-week D${day}`).toContain(day);
    for (const day of [-7, -3, -1, 0, 1, 2]) expect(offsets('event-run'), `event-run D${day}`).toContain(day);
    for (const day of [-30, -7, -1]) expect(offsets('renewal-countdown'), `renewal-countdown D${day}`).toContain(day);
    for (const id of ['launch-4weeks', 'second-group', 'winback', 'paid-launch']) expect(sequence(id), id).toBeDefined();
  });

  it('times the launch plan over four weeks and sells nothing in it, as the canvas says', () => {
    const launch = sequence('launch-4weeks')!;
    const days = launch.steps.map((t) => t.offset);
    const span = Math.max(...days) - Math.min(...days);
    expect(span).toBeGreaterThanOrEqual(21);
    expect(span).toBeLessThan(35);
    const items = new Map(kit.items.map((i) => [i.id, i]));
    const selling = launch.steps.filter((t) => t.itemId && items.get(t.itemId)?.stage === 'monetize' && !items.get(t.itemId)?.tags?.includes('调查'));
    expect(selling.map((t) => t.id)).toEqual([]);
    expect(kit.canvas?.operations).toContain('第三个月起引入会员');
  });
});
