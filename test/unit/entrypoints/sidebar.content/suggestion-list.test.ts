import { describe, expect, it } from 'vitest';
import { platformTarget, itemKey } from '../../../../content-kit';
import { createSuggestionList } from '../../../../entrypoints/sidebar.content/suggestion-list';
import type { Snapshot, SnapshotItem } from '../../../../utils/snapshot/snapshot-types';

const items: SnapshotItem[] = [
  { kitId: 'mine', id: 'salon', kind: 'topic', title: '读书沙龙', body: '周末读书沙龙' },
  { kitId: 'mine', id: 'run', kind: 'topic', title: '夜跑', body: '城市夜跑路线' },
  { kitId: 'mine', id: 'welcome', kind: 'script', title: '欢迎', body: '欢迎来到{{社群名}}，我们一起读下去。', tags: ['新人'] },
  { kitId: 'team', id: 'salon2', kind: 'topic', title: '读书沙龙！', body: '周末读书沙龙！' },
  { kitId: 'team', id: 'own', kind: 'slogan', title: '口号', body: '一起读书' },
];
const snapshot = (kits: Snapshot['kits']): Snapshot => ({ version: 1, kits, items, calendar: [], limits: {}, usage: [], favourites: [], profile: {}, lint: { allow: [], wordLists: [] }, lintRules: [], lexicon: [] });
const byKey = new Map(items.map((i) => [itemKey(i.kitId, i.id), i]));
const ranked = items.map((i) => ({ key: itemKey(i.kitId, i.id) }));
const place = { target: platformTarget('weibo-post'), draft: '', favourites: new Set<string>(), hasBlanks: (_: string, i: SnapshotItem) => i.body.includes('{{') };
const noFilter = { query: '', kind: '' as const, stage: '' as const, site: 'weibo' as const };

describe('the suggestion list', () => {
  it('with one kit, shows no kit names and folds nothing; a topic shows the hashtag that goes in', () => {
    const list = createSuggestionList();
    list.setSnapshot(snapshot([{ id: 'mine', name: '我的包' }]), byKey);
    const views = list.views(ranked.slice(0, 3), noFilter, place, 30);
    expect(views.map((v) => v.id)).toEqual(['salon', 'run', 'welcome']);
    expect(views.every((v) => v.kitName === undefined && v.alsoIn.length === 0)).toBe(true);
    expect(views[0]!.preview).toBe('#周末读书沙龙#');
  });

  it('with several kits, names each card’s kit and folds a near-identical item of another kit under the first', () => {
    const list = createSuggestionList();
    list.setSnapshot(snapshot([{ id: 'mine', name: '我的包' }, { id: 'team', name: '队友的包' }]), byKey);
    const views = list.views(ranked, noFilter, place, 30);
    expect(views.map((v) => v.id)).toEqual(['salon', 'run', 'welcome', 'own']);
    expect(views[0]).toMatchObject({ kitName: '我的包', alsoIn: ['队友的包'] });
  });

  it('filters by the query over title, body, tags and kit name, adding matches the ranking missed, and marks no blank', () => {
    const list = createSuggestionList();
    list.setSnapshot(snapshot([{ id: 'mine', name: '我的包' }, { id: 'team', name: '队友的包' }]), byKey);
    expect(list.views(ranked.slice(0, 2), { ...noFilter, query: '读下去' }, place, 30).map((v) => v.id)).toEqual(['welcome']);
    expect(list.views(ranked, { ...noFilter, query: '新人' }, place, 30).map((v) => v.id)).toEqual(['welcome']);
    expect(list.views(ranked, { ...noFilter, query: '队友' }, place, 30).map((v) => v.id)).toEqual(['salon2', 'own']);
    expect(list.views(ranked, { ...noFilter, query: '露营' }, place, 30)).toEqual([]);
    const [welcome] = list.views(ranked, { ...noFilter, query: '社群 读下去' }, place, 30);
    expect(welcome!.previewSpans.map(([a, b]) => welcome!.preview.slice(a, b))).toEqual(['读下去']);
  });
});
