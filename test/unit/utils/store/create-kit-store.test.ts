import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, builtinKit, type Kit } from '../../../../content-kit';
import { createKitStore, KitNotFoundError } from '../../../../utils/store/create-kit-store';

let n = 0;
const stores: ReturnType<typeof createKitStore>[] = [];
function freshStore() {
  const store = createKitStore({ dbName: `test-${n++}`, notify: false });
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const kit = (id: string, items: Kit['items'] = []): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id,
  name: id,
  version: '1.0.0',
  updatedAt: '2026-11-20T08:00:00+08:00',
  items,
});

describe('the kit store', () => {
  it('installs the built-in kit on first run, once', async () => {
    const store = freshStore();
    await store.ready();
    await store.ready();
    const records = await store.kitRecords();
    expect(records).toEqual([{ id: BUILTIN_KIT_ID, enabled: true, order: 0, builtin: true }]);
    expect((await store.getKit(BUILTIN_KIT_ID))?.items.length).toBe(builtinKit().items.length);
    expect((await store.read('meta'))?.schemaVersion).toBe(2);
  });

  it('puts user kits after the built-in one, enabled, and filters disabled kits for the sidebar', async () => {
    const store = freshStore();
    await store.ready();
    await store.putKit(kit('team'));
    await store.putKit(kit('off'), { enabled: false });
    expect((await store.kitRecords()).map((r) => r.id)).toEqual([BUILTIN_KIT_ID, 'team', 'off']);
    expect((await store.getKits({ enabledOnly: true })).map((k) => k.id)).toEqual([BUILTIN_KIT_ID, 'team']);
  });

  it('changes a kit atomically and never loses a concurrent change', async () => {
    const store = freshStore();
    await store.putKit(kit('k'));
    const item = (id: string) => ({ id, kind: 'topic' as const, title: id, body: id });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.updateKit('k', (k) => ({ ...k, items: [...k.items, item(`t${i}`)] }))));
    expect((await store.getKit('k'))?.items).toHaveLength(20);
  });

  it('leaves a kit untouched when a change throws', async () => {
    const store = freshStore();
    await store.putKit(kit('k', [{ id: 'a', kind: 'topic', title: 'a', body: 'a' }]));
    await expect(store.updateKit('k', () => { throw new Error('refused'); })).rejects.toThrow('refused');
    await expect(store.updateKit('missing', (k) => k)).rejects.toBeInstanceOf(KitNotFoundError);
    expect((await store.getKit('k'))?.items.map((i) => i.id)).toEqual(['a']);
  });

  it('deletes a kit to the trash with its record, and counts use and favourites', async () => {
    const store = freshStore();
    await store.putKit(kit('k'));
    await store.trashKit('k', 5);
    expect(await store.getKit('k')).toBeUndefined();
    expect(await store.kitRecords()).toEqual([]);
    expect(await store.read('trash')).toMatchObject([{ kitId: 'k', kind: 'kit', value: { id: 'k' }, record: { id: 'k', enabled: true }, deletedAt: 5 }]);
    await store.recordUsage('k/a', 1000);
    await store.recordUsage('k/a', 2000);
    expect((await store.read('usage'))?.['k/a']).toEqual({ count: 2, lastUsed: 2000 });
    await store.setFavourite('k/a', true);
    await store.setFavourite('k/b', true);
    await store.setFavourite('k/a', false);
    expect(await store.read('favourites')).toEqual(['k/b']);
  });

  it('refreshes the built-in kit when a newer one ships, keeping later user edits', async () => {
    const store = freshStore();
    await store.ready();
    const shipped = builtinKit();
    const edited = { ...shipped.items[0]!, title: '我改过的标题', updatedAt: '2099-01-01T00:00:00Z' };
    await store.putKit({ ...shipped, version: '0.9.0', items: [edited, ...shipped.items.slice(1, 10)] });
    const again = createKitStore({ dbName: `test-${n - 1}`, notify: false });
    stores.push(again);
    await again.ready();
    const refreshed = await again.getKit(BUILTIN_KIT_ID);
    expect(refreshed?.version).toBe(shipped.version);
    expect(refreshed?.items.length).toBe(shipped.items.length);
    expect(refreshed?.items.find((i) => i.id === edited.id)?.title).toBe('我改过的标题');
  });

  it('keeps a profile in the settings: one value set or forgotten at a time, other settings untouched', async () => {
    const store = freshStore();
    await store.ready();
    expect((await store.settings()).profile).toEqual({});
    await store.write('settings', { ...(await store.settings()), theme: 'dark' });
    await Promise.all([store.setProfileValue('城市', ' 杭州 '), store.setProfileValue('社群名', '城南夜读会'), store.setProfileValue('__proto__', '照常保存')]);
    await store.setProfileValue('社群名', '');
    const settings = await store.settings();
    expect(settings.theme).toBe('dark');
    expect(Object.entries(settings.profile).sort()).toEqual([['__proto__', '照常保存'], ['城市', '杭州']]);
  });
});
