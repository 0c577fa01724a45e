import { describe, expect, it } from 'vitest';
import { applySequence, builtinKit, type Kit } from '../../../../content-kit';
import { buildSnapshot } from '../../../../utils/snapshot/build-snapshot';

const NOW = Date.parse('2026-01-05T02:00:00Z'); // 10:00 in Shanghai, the first day of the built-in plan

describe('the sidebar snapshot', () => {
  it('carries every enabled item with its body as plain text, placeholders kept', () => {
    const kit: Kit = {
      ...builtinKit(),
      items: [
        { id: 's', kind: 'script', title: '欢迎', body: '## 欢迎\n\n**{{昵称}}**，欢迎加入 [读书会](https://example.org)' },
        { id: 't', kind: 'topic', title: '共读', body: ' 21天共读 ' },
      ],
    };
    const snapshot = buildSnapshot([kit], { version: 7, now: NOW });
    expect(snapshot.version).toBe(7);
    expect(snapshot.items.map((i) => i.body)).toEqual(['欢迎\n\n{{昵称}}，欢迎加入 读书会 (https://example.org)', '21天共读']);
    expect(snapshot.items[0]).toMatchObject({ kitId: kit.id, id: 's', kind: 'script', title: '欢迎' });
  });

  it('keeps calendar entries from yesterday to tomorrow in each kit’s time zone', () => {
    const snapshot = buildSnapshot([applySequence(builtinKit(), 'launch-4weeks', '2026-01-05').kit], { version: 1, now: NOW });
    const dates = new Set(snapshot.calendar.map((e) => e.date));
    expect([...dates].every((d) => ['2026-01-04', '2026-01-05', '2026-01-06'].includes(d))).toBe(true);
    expect(snapshot.calendar.length).toBeGreaterThan(0);
    expect(snapshot.calendar[0]!.timezone).toBe('Asia/Shanghai');
  });

  it('is plain JSON, as runtime messages require', () => {
    const snapshot = buildSnapshot([builtinKit()], { version: 1, usage: { 'a/b': { count: 2, lastUsed: 5 } }, favourites: ['a/b'], now: NOW });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.usage).toEqual([['a/b', { count: 2, lastUsed: 5 }]]);
  });

  it('carries the enabled kits’ lint settings merged with the user’s allow-list', () => {
    const team: Kit = { ...builtinKit(), id: 'team', lint: { allow: ['第一书房'], words: [{ id: 'rivals', words: ['隔壁书社'], severity: 'warning' }] } };
    const snapshot = buildSnapshot([builtinKit(), team], { version: 1, lintAllow: ['只求保本'], now: NOW });
    expect(snapshot.lint).toEqual({ allow: ['只求保本', '第一书房'], wordLists: [{ id: 'rivals', words: ['隔壁书社'], severity: 'warning' }] });
    expect(buildSnapshot([builtinKit()], { version: 1, now: NOW }).lint).toEqual({ allow: [], wordLists: [] });
  });

  it("carries the user's profile and each kit's canvas, for filling blanks", () => {
    const kit = { ...builtinKit(), canvas: { interest: '下班后想读点书' } };
    const snapshot = buildSnapshot([kit], { version: 1, profile: { 城市: '杭州' }, now: NOW });
    expect(snapshot.profile).toEqual({ 城市: '杭州' });
    expect(snapshot.kits[0]).toEqual({ id: kit.id, name: kit.name, canvas: { interest: '下班后想读点书' } });
    expect(buildSnapshot([], { version: 1 }).profile).toEqual({});
  });
});

describe('the snapshot’s coming 节点', () => {
  it('names the nearest node of the coming week with its words, counted in China’s days', () => {
    // 2027-04-19 23:00 in Shanghai: 世界读书日 is four days on (谷雨 on the 20th does not hide it).
    const snapshot = buildSnapshot([], { version: 1, now: Date.parse('2027-04-19T15:00:00Z') });
    expect(snapshot.node).toMatchObject({ name: '世界读书日', kind: 'marketing', date: '2027-04-23', inDays: 4, day: '2027-04-19' });
    expect(snapshot.node!.words).toContain('世界读书日');
    expect(snapshot.node!.words.length).toBeGreaterThan(1);
  });

  it('has no node field in a week without one', () => {
    const quiet = [...Array(366).keys()].map((d) => Date.parse('2026-01-01T04:00:00Z') + d * 86_400_000).find((now) => !buildSnapshot([], { version: 1, now }).node);
    if (quiet !== undefined) expect('node' in buildSnapshot([], { version: 1, now: quiet })).toBe(false);
    expect(JSON.parse(JSON.stringify(buildSnapshot([], { version: 1, now: NOW })))).toEqual(buildSnapshot([], { version: 1, now: NOW }));
  });
});
