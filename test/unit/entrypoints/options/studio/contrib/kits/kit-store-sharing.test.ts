import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, type Kit } from '../../../../../../../content-kit';
import { ImportGoneError } from '../../../../../../../utils/store/store-errors';
import { createKitStore, ImportStaleError } from '../../../../../../../utils/store/create-kit-store';

// The store's sharing operations: an import and its undo snapshot in one transaction, undo, kit order, and the
// consistent dump and all-or-nothing replacement behind backup and restore.

let n = 0;
const stores: ReturnType<typeof createKitStore>[] = [];
function freshStore() {
  const store = createKitStore({ dbName: `sharing-${n++}`, notify: false });
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const kit = (id: string, title = id, updatedAt = '2026-11-20T08:00:00+08:00'): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id,
  name: id,
  version: '1.0.0',
  updatedAt,
  items: [{ id: 'a', kind: 'topic', title, body: title }],
});

describe('importKit and undoImport', () => {
  it('stores a new kit last and enabled with a snapshot of nothing; undo removes kit and record', async () => {
    const store = freshStore();
    await store.ready();
    const done = await store.importKit(kit('team'), null, 42);
    expect((await store.kitRecords()).map((r) => [r.id, r.enabled])).toEqual([[BUILTIN_KIT_ID, true], ['team', true]]);
    expect(await store.imports()).toEqual([{ id: done.id, kitId: 'team', kitName: 'team', at: 42, created: true, updatedAt: kit('team').updatedAt }]);
    expect(await store.undoImport(done.id)).toEqual({ kitId: 'team', removed: true });
    expect(await store.getKit('team')).toBeUndefined();
    expect((await store.kitRecords()).map((r) => r.id)).toEqual([BUILTIN_KIT_ID]);
    expect(await store.imports()).toEqual([]);
    await expect(store.undoImport(done.id)).rejects.toBeInstanceOf(ImportGoneError);
  });

  it('keeps the replaced kit and restores it on undo, leaving its record (enabled, order) alone', async () => {
    const store = freshStore();
    const old = kit('team', '旧');
    await store.putKit(old);
    await store.putKit(kit('other'));
    const done = await store.importKit(kit('team', '新', '2027-01-01T00:00:00Z'), old.updatedAt);
    expect((await store.getKit('team'))!.items[0]!.title).toBe('新');
    await store.setKitOrder(['other', 'team']);
    expect(await store.undoImport(done.id)).toEqual({ kitId: 'team', removed: false });
    expect(await store.getKit('team')).toEqual(old);
    expect((await store.kitRecords()).map((r) => r.id)).toEqual(['other', 'team']);
  });

  it('refuses an import planned against another version of the kit, writing nothing', async () => {
    const store = freshStore();
    await store.putKit(kit('team', '旧'));
    await expect(store.importKit(kit('team', '新'), '2020-01-01T00:00:00Z')).rejects.toBeInstanceOf(ImportStaleError);
    await expect(store.importKit(kit('team', '新'), null)).rejects.toBeInstanceOf(ImportStaleError);
    expect((await store.getKit('team'))!.items[0]!.title).toBe('旧');
    expect(await store.imports()).toEqual([]);
  });

  it('writes nothing when the kit cannot be stored (the transaction is aborted as a whole)', async () => {
    const store = freshStore();
    await store.putKit(kit('team', '旧'));
    const broken = { ...kit('team', '新'), 'x-fn': () => 1 } as unknown as Kit;
    await expect(store.importKit(broken, kit('team').updatedAt)).rejects.toThrow();
    expect((await store.getKit('team'))!.items[0]!.title).toBe('旧');
    expect(await store.imports()).toEqual([]);
  });
});

describe('setKitOrder', () => {
  it('orders the records as listed, the rest after in their old order', async () => {
    const store = freshStore();
    for (const id of ['a', 'b', 'c', '__proto__']) await store.putKit(kit(id));
    expect((await store.setKitOrder(['c', '__proto__'])).map((r) => [r.id, r.order])).toEqual([
      ['c', 0],
      ['__proto__', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect((await store.getKits()).map((k) => k.id)).toEqual(['c', '__proto__', 'a', 'b']);
  });
});

describe('dump and replaceAll', () => {
  it('round-trips everything and removes kits the backup does not hold, in one go', async () => {
    const store = freshStore();
    await store.ready();
    await store.putKit(kit('keep'));
    await store.putKit(kit('off'), { enabled: false });
    await store.recordUsage('keep/a', 7);
    await store.setFavourite('keep/a', true);
    await store.write('trash', [{ kitId: 'keep', kind: 'item', value: { id: 'z', kind: 'topic', title: 'z', body: 'z' }, deletedAt: 1 }]);
    await store.write('settings', { theme: 'dark', limits: { 'weibo-post': 100 }, language: 'auto', profile: {}, lintAllow: [] });
    const dump = await store.dump();
    expect(dump.records.map((r) => r.id)).toEqual([BUILTIN_KIT_ID, 'keep', 'off']);
    expect(dump.kits.map((k) => k.id)).toEqual([BUILTIN_KIT_ID, 'keep', 'off']);
    expect(dump).toMatchObject({ schemaVersion: 2, usage: { 'keep/a': { count: 1, lastUsed: 7 } }, favourites: ['keep/a'], settings: { theme: 'dark' } });

    await store.putKit(kit('later'));
    await store.importKit(kit('new'), null);
    await store.replaceAll(dump);
    expect(await store.dump()).toEqual(dump);
    expect(await store.getKit('later')).toBeUndefined();
    expect(await store.imports()).toEqual([]);
  });

  it('leaves everything as it was when the replacement fails part way', async () => {
    const store = freshStore();
    await store.putKit(kit('keep'));
    const before = await store.dump();
    const bad = { ...before, kits: [kit('x'), { ...kit('y'), 'x-fn': Symbol('no') } as unknown as Kit], records: [] };
    await expect(store.replaceAll(bad)).rejects.toThrow();
    expect(await store.dump()).toEqual(before);
  });
});
