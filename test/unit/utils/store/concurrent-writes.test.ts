import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kit } from '../../../../content-kit';
import { createKitStore, type KitStore } from '../../../../utils/store/create-kit-store';
import type { StoreChange } from '../../../../utils/store/store-change';

// Two and three store connections over one database, as two studio tabs and the import worker (or the background)
// have them, writing at the same moment: every write is one transaction, so none is lost.

let n = 0;
const open: KitStore[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

async function connections(count: number, onChange?: (change: StoreChange) => void): Promise<KitStore[]> {
  const dbName = `concurrent-${n++}`;
  const stores = Array.from({ length: count }, () => createKitStore({ dbName, notify: false, onChange }));
  open.push(...stores);
  await stores[0]!.ready();
  await stores[0]!.putKit(kit('club', 12));
  await stores[0]!.putKit(kit('other', 2));
  return stores;
}

function kit(id: string, items: number, updatedAt = '2026-11-20T08:00:00+08:00'): Kit {
  return {
    format: 'community-kit',
    formatVersion: 1,
    id,
    name: id,
    version: '1.0.0',
    updatedAt,
    items: Array.from({ length: items }, (_, i) => ({ id: `i${i}`, kind: 'topic' as const, title: `话题${i}`, body: `话题${i}`, updatedAt })),
  };
}

const itemIds = async (store: KitStore, id: string) => (await store.getKit(id))?.items.map((i) => i.id).sort();
const trashIds = async (store: KitStore) => ((await store.read('trash')) ?? []).map((e) => e.value.id).sort();

describe('writes from several connections at once', () => {
  it('two tabs deleting different items both end in the trash', async () => {
    const [a, b] = await connections(2);
    await Promise.all([a!.trashItem('club', 'i0'), b!.trashItem('club', 'i1')]);
    expect(await trashIds(a!)).toEqual(['i0', 'i1']);
    expect(await itemIds(a!, 'club')).not.toContain('i0');
    expect(await itemIds(a!, 'club')).not.toContain('i1');
  });

  it('three connections interleaving trash, toggles, order, settings, imports, favourites and usage lose nothing', async () => {
    const [a, b, c] = await connections(3);
    await Promise.all([
      a!.trashItem('club', 'i0'),
      b!.trashItem('club', 'i1'),
      c!.trashItem('club', 'i2'),
      a!.setKitEnabled('other', false),
      b!.setKitOrder(['other', 'club']),
      c!.importKit(kit('new-a', 3), null),
      a!.saveSettings({ theme: 'dark' }),
      b!.setLimit('weibo-post', 120),
      c!.setLimit('douban-note', 300),
      a!.importKit(kit('new-b', 2), null),
      a!.setFavourite('club/i5', true),
      b!.setFavourite('club/i6', true),
      c!.setFavourite('club/i7', true),
      a!.recordUsage('club/i5', 10),
      b!.recordUsage('club/i5', 11),
      c!.recordUsage('club/i6', 12),
    ]);
    expect(await trashIds(a!)).toEqual(['i0', 'i1', 'i2']);
    expect(await itemIds(b!, 'club')).toEqual(['i10', 'i11', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9']);
    const records = await c!.kitRecords();
    expect(records.find((r) => r.id === 'other')?.enabled).toBe(false);
    expect(records.map((r) => r.id)).toEqual(expect.arrayContaining(['club', 'other', 'new-a', 'new-b']));
    expect(records.findIndex((r) => r.id === 'other')).toBeLessThan(records.findIndex((r) => r.id === 'club'));
    expect(await c!.getKits()).toHaveLength(records.length);
    expect(await a!.settings()).toMatchObject({ theme: 'dark', limits: { 'weibo-post': 120, 'douban-note': 300 } });
    expect((await b!.read('favourites'))?.sort()).toEqual(['club/i5', 'club/i6', 'club/i7']);
    expect(await c!.read('usage')).toMatchObject({ 'club/i5': { count: 2 }, 'club/i6': { count: 1 } });
    expect((await a!.imports()).map((e) => e.kitId).sort()).toEqual(['new-a', 'new-b']);
  });

  it('restores, purges and deletes at once without losing or reviving an entry', async () => {
    const [a, b, c] = await connections(3);
    const [x, y, z] = [await a!.trashItem('club', 'i0', 1), await a!.trashItem('club', 'i1', 2), await a!.trashItem('club', 'i2', 3)];
    const ref = (e: typeof x.entry) => ({ kitId: e.kitId, kind: e.kind, id: e.value.id, deletedAt: e.deletedAt });
    await Promise.all([a!.restoreTrash(ref(x.entry)), b!.restoreTrash(ref(y.entry)), c!.purgeTrash([ref(z.entry)]), c!.trashItem('club', 'i3', 4), b!.trashItem('club', 'i4', 5)]);
    expect(await trashIds(a!)).toEqual(['i3', 'i4']);
    const ids = await itemIds(c!, 'club');
    expect(ids).toEqual(expect.arrayContaining(['i0', 'i1']));
    expect(ids).not.toContain('i2');
    expect(ids).not.toContain('i3');
  });

  it('two tabs importing two kits keep both undos; each undo takes back its own kit only', async () => {
    const [a, b] = await connections(2);
    const [first, second] = await Promise.all([a!.importKit(kit('kit-a', 2), null), b!.importKit(kit('kit-b', 2), null)]);
    await a!.undoImport(first.id);
    expect(await a!.getKit('kit-a')).toBeUndefined();
    expect(await a!.getKit('kit-b')).toBeDefined();
    expect((await b!.imports()).map((e) => e.id)).toEqual([second.id]);
  });
});

describe('announcing changes', () => {
  it('announces each write once with the kits, items, settings, favourites and usage keys it changed', async () => {
    const heard: StoreChange[] = [];
    const [a, b] = await connections(2, (change) => heard.push(change));
    heard.length = 0;
    await a!.trashItem('club', 'i0');
    await b!.recordUsage('club/i1');
    await a!.setFavourite('club/i1', true);
    await b!.saveSettings({ theme: 'light' });
    await a!.updateKit('club', (k) => ({ ...k, items: k.items.map((i) => (i.id === 'i2' ? { ...i, title: '改', updatedAt: '2027-01-01T00:00:00Z' } : i)) }));
    expect(heard.map(({ id: _id, type: _type, ...rest }) => rest)).toEqual([
      { kitIds: ['club'], items: [{ kitId: 'club', changed: [], removed: ['i0'] }], keys: ['kit', 'trash'] },
      { keys: ['usage'], usage: ['club/i1'] },
      { keys: ['favourites'], favourites: ['club/i1'] },
      { keys: ['settings'], settings: ['theme'] },
      // A few changed items travel with the change, so the background need not read the whole kit.
      { kitIds: ['club'], items: [{ kitId: 'club', changed: ['i2'], removed: [], calendar: false, meta: false, values: [expect.objectContaining({ id: 'i2', title: '改' })] }], keys: ['kit'] },
    ]);
    expect(new Set(heard.map((c) => c.id)).size).toBe(heard.length);
  });
});
