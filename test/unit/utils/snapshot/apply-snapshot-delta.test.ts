import { describe, expect, it } from 'vitest';
import { applySnapshotDelta, mergeSnapshotDeltas } from '../../../../utils/snapshot/apply-snapshot-delta';
import type { Snapshot, SnapshotItem } from '../../../../utils/snapshot/snapshot-types';

const item = (kitId: string, id: string, title = id): SnapshotItem => ({ kitId, id, kind: 'topic', title, body: title });
const snapshot: Snapshot = {
  version: 4,
  kits: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  items: [item('a', '1'), item('a', '2'), item('b', '1')],
  calendar: [{ kitId: 'a', timezone: 'Asia/Shanghai', id: 'e', date: '2026-11-20', title: '旧', platform: 'weibo', status: 'idea' }],
  limits: {},
  usage: [['a/1', { count: 1, lastUsed: 1 }]],
  profile: {},
  lint: { allow: [], wordLists: [] },
  lintRules: [],
  lexicon: [],
  favourites: [],
};

describe('applySnapshotDelta', () => {
  it('replaces items in place, adds new ones after their kit, drops removed ones, and leaves the input alone', () => {
    const next = applySnapshotDelta(snapshot, {
      from: 4,
      to: 5,
      upsert: [item('a', '2', '改'), item('a', '3')],
      remove: ['b/1'],
      favourites: ['a/3'],
      usage: [['a/2', { count: 1, lastUsed: 2 }]],
      calendar: { kitIds: ['a'], entries: [] },
    });
    expect(next.version).toBe(5);
    expect(next.items.map((i) => `${i.kitId}/${i.id}:${i.title}`)).toEqual(['a/1:1', 'a/2:改', 'a/3:3']);
    expect(next.favourites).toEqual(['a/3']);
    expect(new Map(next.usage).get('a/2')).toEqual({ count: 1, lastUsed: 2 });
    expect(next.calendar).toEqual([]);
    expect(snapshot.items).toHaveLength(3);
  });

  it('merges consecutive deltas into one that gives the same snapshot', () => {
    const d1 = { from: 4, to: 5, upsert: [item('a', '3')], remove: ['b/1'] };
    const d2 = { from: 5, to: 6, upsert: [item('a', '3', '再改')], remove: ['a/1'], favourites: ['a/2'] };
    const merged = mergeSnapshotDeltas(d1, d2);
    expect(merged).toMatchObject({ from: 4, to: 6 });
    expect(applySnapshotDelta(snapshot, merged)).toEqual(applySnapshotDelta(applySnapshotDelta(snapshot, d1), d2));
  });
});
