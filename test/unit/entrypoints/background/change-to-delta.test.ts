import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kit } from '../../../../content-kit';
import { changeToDelta } from '../../../../entrypoints/background/change-to-delta';
import { buildSnapshot } from '../../../../utils/snapshot/build-snapshot';
import { createKitStore, type KitStore } from '../../../../utils/store/create-kit-store';
import type { StoreChange } from '../../../../utils/store/store-change';

let n = 0;
const open: KitStore[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

const STAMP = '2026-11-20T08:00:00+08:00';
const kit: Kit = {
  format: 'community-kit',
  formatVersion: 1,
  id: 'club',
  name: '读书会',
  version: '1.0.0',
  updatedAt: STAMP,
  items: Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, kind: 'slogan' as const, title: `口号${i}`, body: `**口号**${i}`, updatedAt: STAMP })),
};

async function setup() {
  const heard: StoreChange[] = [];
  const store = createKitStore({ dbName: `delta-${n++}`, notify: false, onChange: (c) => heard.push(c) });
  open.push(store);
  await store.putKit(kit);
  const snapshot = buildSnapshot(await store.getKits({ enabledOnly: true }), { version: 7 });
  heard.length = 0;
  return { store, heard, snapshot };
}

describe('changeToDelta', () => {
  it('turns a one-item edit into a delta carrying that item only, body as plain text', async () => {
    const { store, heard, snapshot } = await setup();
    await store.updateKit('club', (k) => ({ ...k, items: k.items.map((i) => (i.id === 'i500' ? { ...i, body: '**新**口号', updatedAt: '2027-01-01T00:00:00Z' } : i)) }));
    const delta = await changeToDelta(store, snapshot, heard[0]!);
    if (typeof delta === 'string') throw new Error(delta);
    expect(delta).toMatchObject({ from: 7, to: 8, remove: [] });
    expect(delta.upsert).toEqual([{ kitId: 'club', id: 'i500', kind: 'slogan', title: '口号500', body: '新口号' }]);
    expect(JSON.stringify(delta).length).toBeLessThan(2000);
  });

  it('carries favourites and the use records written; a trashed item becomes a removal', async () => {
    const { store, heard, snapshot } = await setup();
    await store.setFavourite('club/i3', true);
    await store.recordUsage('club/i4', 9);
    await store.trashItem('club', 'i5');
    const [fav, used, trashed] = await Promise.all(heard.map((c) => changeToDelta(store, snapshot, c)));
    expect(fav).toMatchObject({ favourites: ['club/i3'], upsert: [], remove: [] });
    expect(used).toMatchObject({ usage: [['club/i4', { count: 1, lastUsed: 9 }]] });
    expect(trashed).toMatchObject({ upsert: [], remove: ['club/i5'] });
  });

  it('asks for a full fetch when the kits’ records change, and for nothing when only the theme does', async () => {
    const { store, heard, snapshot } = await setup();
    await store.setKitEnabled('club', false);
    await store.saveSettings({ theme: 'dark' });
    expect(await changeToDelta(store, snapshot, heard[0]!)).toBe('full');
    expect(await changeToDelta(store, snapshot, heard[1]!)).toBe('none');
  });
});
