import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, type Kit } from '../../../../content-kit';
import { createKitStore, type KitStore } from '../../../../utils/store/create-kit-store';
import { ImportChangedSinceError, ImportGoneError, KitIdTakenError } from '../../../../utils/store/store-errors';
import { MAX_IMPORTS } from '../../../../utils/store/store-schema';

let n = 0;
const open: KitStore[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));
async function fresh(): Promise<KitStore> {
  const store = createKitStore({ dbName: `undo-trash-${n++}`, notify: false });
  open.push(store);
  await store.ready();
  return store;
}

const STAMP = '2026-11-20T08:00:00+08:00';
const kit = (id: string, titles: string[], updatedAt = STAMP): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id,
  name: id,
  version: '1.0.0',
  updatedAt,
  items: titles.map((title, i) => ({ id: `i${i}`, kind: 'topic' as const, title, body: title, updatedAt })),
});
const edit = (store: KitStore, id: string) =>
  store.updateKit(id, (k) => ({ ...k, updatedAt: '2027-02-01T00:00:00Z', items: [...k.items, { id: 'later', kind: 'topic', title: '后来写的', body: '后来写的', updatedAt: '2027-02-01T00:00:00Z' }] }));

describe('undo of one import', () => {
  it('undoes a later import of the same tab without touching an earlier one', async () => {
    const store = await fresh();
    const a = await store.importKit(kit('a', ['一']), null, 1);
    const b = await store.importKit(kit('b', ['二']), null, 2);
    expect((await store.imports()).map((e) => [e.id, e.kitName, e.at])).toEqual([[b.id, 'b', 2], [a.id, 'a', 1]]);
    await store.undoImport(a.id);
    expect(await store.getKit('a')).toBeUndefined();
    expect((await store.getKit('b'))?.items).toHaveLength(1);
  });

  it('never discards an edit made after the import unless exactly that was accepted', async () => {
    const store = await fresh();
    const base = kit('club', ['旧']);
    await store.putKit(base);
    const done = await store.importKit(kit('club', ['新'], '2027-01-01T00:00:00Z'), STAMP);
    expect(await store.undoPreview(done.id)).toBeNull();
    await edit(store, 'club');
    const refused = await store.undoImport(done.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportChangedSinceError);
    expect((refused as ImportChangedSinceError).discard).toEqual({ items: ['later'], entries: [], meta: false });
    expect((await store.getKit('club'))?.items.map((i) => i.id)).toEqual(['i0', 'later']);
    // Accepting an older question does not cover a newer edit.
    const shown = (await store.undoPreview(done.id))!;
    await store.updateKit('club', (k) => ({ ...k, updatedAt: '2027-03-01T00:00:00Z', name: '改名' }));
    await expect(store.undoImport(done.id, shown)).rejects.toBeInstanceOf(ImportChangedSinceError);
    await store.undoImport(done.id, (await store.undoPreview(done.id))!);
    expect((await store.getKit('club'))?.items.map((i) => i.title)).toEqual(['旧']);
  });

  it('survives a new connection (a reload) and keeps only the last few', async () => {
    const store = await fresh();
    for (let i = 0; i < MAX_IMPORTS + 2; i++) await store.importKit(kit(`k${i}`, ['x']), null, i);
    const again = createKitStore({ dbName: `undo-trash-${n - 1}`, notify: false });
    open.push(again);
    expect((await again.imports()).map((e) => e.kitId)).toEqual(['k6', 'k5', 'k4', 'k3', 'k2']);
  });

  it('is no longer offered once its kit is deleted, and never brings the kit back', async () => {
    const store = await fresh();
    const done = await store.importKit(kit('mistake', ['误导入']), null);
    await store.trashKit('mistake');
    expect(await store.imports()).toEqual([]);
    await expect(store.undoImport(done.id)).rejects.toBeInstanceOf(ImportGoneError);
    expect(await store.getKit('mistake')).toBeUndefined();
    expect((await store.read('trash'))?.map((e) => [e.kind, e.kitId])).toEqual([['kit', 'mistake']]);
  });
});

describe('deleting kits', () => {
  it('moves a kit to the trash with everything in it and restores it, enabled as it was', async () => {
    const store = await fresh();
    await store.putKit(kit('team', ['一', '二']), { enabled: false });
    await store.trashKit('team', 10);
    expect((await store.kitRecords()).map((r) => r.id)).toEqual([BUILTIN_KIT_ID]);
    const [entry] = (await store.read('trash'))!;
    await store.restoreTrash({ kitId: 'team', kind: 'kit', id: 'team', deletedAt: entry!.deletedAt });
    expect((await store.getKit('team'))?.items).toHaveLength(2);
    expect((await store.kitRecords()).find((r) => r.id === 'team')).toMatchObject({ enabled: false });
    expect(await store.read('trash')).toEqual([]);
  });

  it('refuses to restore a kit over one stored since under its id', async () => {
    const store = await fresh();
    await store.putKit(kit('team', ['一']));
    await store.trashKit('team', 10);
    await store.putKit(kit('team', ['新的']));
    await expect(store.restoreTrash({ kitId: 'team', kind: 'kit', id: 'team', deletedAt: 10 })).rejects.toBeInstanceOf(KitIdTakenError);
    expect((await store.getKit('team'))?.items[0]?.title).toBe('新的');
  });

  it('only hides the built-in kit, until it is shown again', async () => {
    const store = await fresh();
    expect(await store.trashKit(BUILTIN_KIT_ID)).toEqual({ hidden: true });
    expect(await store.getKits()).toEqual([]);
    expect(await store.getKit(BUILTIN_KIT_ID)).toBeDefined();
    expect(await store.read('trash')).toBeUndefined();
    await store.showKit(BUILTIN_KIT_ID);
    expect((await store.getKits({ enabledOnly: true })).map((k) => k.id)).toEqual([BUILTIN_KIT_ID]);
  });

  it('empties entries older than 30 days and keeps newer ones', async () => {
    const store = await fresh();
    const day = 24 * 60 * 60 * 1000;
    await store.putKit(kit('team', ['一', '二']));
    await store.trashItem('team', 'i0', 0);
    await store.trashItem('team', 'i1', 20 * day);
    expect(await store.purgeExpiredTrash(35 * day)).toBe(1);
    expect((await store.read('trash'))?.map((e) => e.value.id)).toEqual(['i1']);
  });
});

describe('format version', () => {
  it('writes a kit with the format version its fields need', async () => {
    const store = await fresh();
    await store.putKit({ ...kit('v2', ['一']), sequences: [] } as Kit);
    expect((await store.getKit('v2'))?.formatVersion).toBe(2);
    await store.updateKit('v2', (k) => ({ ...k, sequences: undefined }));
    expect((await store.getKit('v2'))?.formatVersion).toBe(1);
  });
});
