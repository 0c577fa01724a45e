import { describe, expect, it } from 'vitest';
import {
  BUILTIN_KIT_ID,
  CANVAS_FIELDS,
  STAGES,
  builtinKit,
  exportKit,
  lintText,
  parseKit,
  platformTarget,
  templateVariables,
} from '../../../../content-kit';

const kit = builtinKit();
const ofKind = (kind: string) => kit.items.filter((i) => i.kind === kind);
const COMMUNITY_TYPES = ['读书', '健身', '育儿', '宠物', '户外', '美食', '职场', '同城', '音乐', '创业'];

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

  it('has at least 80 topics over at least 8 community types, every type of DOMAIN.md present', () => {
    const topics = ofKind('topic');
    expect(topics.length).toBeGreaterThanOrEqual(80);
    const types = new Set(topics.map((t) => t.tags?.[0]));
    for (const type of COMMUNITY_TYPES) expect(types).toContain(type);
    for (const type of COMMUNITY_TYPES) expect(topics.filter((t) => t.tags?.[0] === type).length).toBeGreaterThanOrEqual(5);
  });

  it('has at least 40 slogans, 8 stories with distinct arcs and 30 scripts over all four stages', () => {
    expect(ofKind('slogan').length).toBeGreaterThanOrEqual(40);
    const stories = ofKind('story');
    expect(stories.length).toBeGreaterThanOrEqual(8);
    expect(new Set(stories.map((s) => s.title)).size).toBe(stories.length);
    expect(new Set(stories.map((s) => s.body)).size).toBe(stories.length);
    for (const story of stories) expect(templateVariables(story).length).toBeGreaterThan(0);
    const scripts = ofKind('script');
    expect(scripts.length).toBeGreaterThanOrEqual(30);
    for (const stage of STAGES) expect(scripts.filter((s) => s.stage === stage).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every item a stage and tags', () => {
    for (const item of kit.items) {
      expect(item.stage, item.id).toBeDefined();
      expect(item.tags?.length, item.id).toBeGreaterThan(0);
    }
  });

  it('has a four-week calendar whose items exist', () => {
    const calendar = kit.calendar ?? [];
    expect(calendar.length).toBeGreaterThanOrEqual(8);
    const days = calendar.map((e) => Date.parse(`${e.date}T00:00:00Z`));
    const span = (Math.max(...days) - Math.min(...days)) / 86_400_000;
    expect(span).toBeGreaterThanOrEqual(21);
    expect(span).toBeLessThan(35);
    const weeks = new Set(days.map((d) => Math.floor((d - Math.min(...days)) / (7 * 86_400_000))));
    expect(weeks.size).toBeGreaterThanOrEqual(4);
    const ids = new Set(kit.items.map((i) => i.id));
    for (const e of calendar) if (e.itemId) expect(ids).toContain(e.itemId);
  });

  it('has a filled canvas', () => {
    for (const field of CANVAS_FIELDS) expect(kit.canvas?.[field]?.length ?? 0).toBeGreaterThan(50);
  });

  it('has no Advertising-Law or fraud problems in any title, body, tag or calendar entry', () => {
    const target = platformTarget('douban-group-topic');
    const texts = [
      kit.name,
      kit.description ?? '',
      ...Object.values(kit.canvas ?? {}).map(String),
      ...kit.items.flatMap((i) => [i.title, i.body, ...(i.tags ?? []), ...(i.variables ?? []).flatMap((v) => [v.label ?? '', v.hint ?? '', v.default ?? ''])]),
      ...(kit.calendar ?? []).flatMap((e) => [e.title, e.notes ?? '']),
    ];
    const problems = texts.flatMap((text) =>
      lintText(text, target)
        .filter((f) => f.ruleId.startsWith('ad-law/') || f.ruleId.startsWith('fraud/'))
        .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)} in ${text.slice(0, 30)}`),
    );
    expect(problems).toEqual([]);
  });

  it('fits the limits of the places its items are written', () => {
    for (const item of ofKind('topic')) expect([...item.body].length, item.id).toBeLessThanOrEqual(40);
    for (const item of ofKind('slogan')) expect([...item.body].length, item.id).toBeLessThanOrEqual(140);
  });
});
