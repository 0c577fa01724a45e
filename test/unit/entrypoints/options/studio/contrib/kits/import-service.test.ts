import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, exportKit, MAX_KIT_BYTES, type Kit } from '../../../../../../../content-kit';
import { createKitStore, ImportStaleError } from '../../../../../../../utils/store/create-kit-store';
import { createImportService } from '../../../../../../../entrypoints/options/studio/contrib/kits/create-import-service';
import type { ImportPhase } from '../../../../../../../entrypoints/options/studio/contrib/kits/import-protocol';

// The import service as the worker runs it, over a real (fake-indexeddb) store: a broken file writes nothing, a
// valid one is previewed and applied in one write with its undo snapshot, and a backup restores all or nothing.

let n = 0;
const stores: ReturnType<typeof createKitStore>[] = [];
async function setup() {
  const store = createKitStore({ dbName: `service-${n++}`, notify: false });
  stores.push(store);
  await store.ready();
  return { store, service: createImportService(store) };
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const fixture = (name: string) => readFileSync(new URL(`../../../../../../fixtures/kits/${name}`, import.meta.url));
const blob = (text: string | Uint8Array) => new Blob([typeof text === 'string' ? text : new Uint8Array(text)]);
const phases: ImportPhase[] = [];
const progress = (phase: ImportPhase) => phases.push(phase);

describe('import service: kits', () => {
  it('rejects a broken file with every error and writes nothing', async () => {
    const { store, service } = await setup();
    const before = await store.dump();
    const result = await service.prepareKit(blob(fixture('bad-values.kit.json')), 'bad.kit.json', progress);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(1);
      for (const line of result.errors) expect(line).toMatch(/^\S+: /);
    }
    await expect(service.applyKit([], progress)).rejects.toThrow(/No import is waiting/);
    expect(await store.dump()).toEqual(before);
  });

  it('refuses a file over 20 MiB without reading it', async () => {
    const { service } = await setup();
    const huge = { size: MAX_KIT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(await service.prepareKit(huge, 'huge.kit.json', progress)).toEqual({ ok: false, errors: [`$: file is ${MAX_KIT_BYTES + 1} bytes, over the 20 MiB limit`] });
  });

  it('previews and applies a new kit, then undo removes it', async () => {
    const { store, service } = await setup();
    phases.length = 0;
    const result = await service.prepareKit(blob(fixture('proto-pollution.kit.json')), 'hostile.kit.json', progress);
    expect(phases).toEqual(['read', 'parse', 'compare']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.summary).toMatchObject({ mode: 'new', fileName: 'hostile.kit.json', existing: null, incoming: { id: 'hostile', items: 3, entries: 1 } });
    expect(result.summary.items.added.map((i) => i.id)).toEqual(['__proto__', 'constructor', 'x']);
    expect(result.summary.dropped).toEqual(['__proto__', 'constructor', 'items[0].__proto__', 'items[1].prototype', 'items[2].x-data.__proto__', 'calendar[0].__proto__']);
    expect(await store.getKit('hostile')).toBeUndefined();

    const applied = await service.applyKit([], progress);
    expect(applied).toEqual({ kitId: 'hostile', importId: applied.importId, mode: 'new', written: true, added: 4, updated: 0 });
    expect((await store.getKit('hostile'))!.items.map((i) => i.id)).toEqual(['__proto__', 'constructor', 'x']);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await store.imports()).toMatchObject([{ id: applied.importId, kitId: 'hostile', kitName: 'hostile', created: true }]);
    await store.undoImport(applied.importId!);
    expect(await store.getKit('hostile')).toBeUndefined();
    expect(await store.imports()).toEqual([]);
  });

  it('merges into the stored kit with the person’s choices, and re-importing an export is a no-op', async () => {
    const { store, service } = await setup();
    const base = JSON.parse(fixture('merge-base.kit.json').toString()) as Kit;
    await store.putKit(base);
    const prepared = await service.prepareKit(blob(fixture('merge-incoming.kit.json')), 'in.kit.json', progress);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    const { summary } = prepared;
    expect(summary.mode).toBe('merge');
    expect(summary.existing).toMatchObject({ id: 'reading-club', items: 5 });
    expect(summary.items.added.map((i) => i.id)).toEqual(['only-incoming']);
    expect(summary.items.unchanged).toEqual([{ id: 'same', title: '21天共读', kind: 'topic' }]);
    expect(summary.items.conflicts.map((c) => [c.id, c.winner])).toEqual([['newer-incoming', 'incoming'], ['newer-base', 'base'], ['tie', 'base']]);

    const applied = await service.applyKit([['items/newer-incoming', 'base'], ['items/tie', 'incoming']], progress);
    expect(applied).toMatchObject({ written: true, mode: 'merge', updated: 2 });
    const stored = (await store.getKit('reading-club'))!;
    expect(stored.items.find((i) => i.id === 'newer-incoming')!.title).toBe('旧标题');
    expect(stored.items.find((i) => i.id === 'tie')!.title).toBe('来稿版');
    expect(stored.items.map((i) => i.id)).toContain('only-base');

    const again = await service.prepareKit(blob(exportKit(stored)), 'again.kit.json', progress);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.summary.items.added).toEqual([]);
    expect(again.summary.items.conflicts).toEqual([]);
    expect(again.summary.items.unchanged).toHaveLength(stored.items.length);
    expect(await service.applyKit([], progress)).toMatchObject({ written: false });
    // The no-op kept the snapshot of the real import: undo still goes back to the base.
    await store.undoImport(applied.importId!);
    expect(await store.getKit('reading-club')).toEqual(base);
  });

  it('refuses to apply a preview when the kit changed meanwhile', async () => {
    const { store, service } = await setup();
    const base = JSON.parse(fixture('merge-base.kit.json').toString()) as Kit;
    await store.putKit(base);
    await service.prepareKit(blob(fixture('merge-incoming.kit.json')), 'in.kit.json', progress);
    await store.updateKit('reading-club', (k) => ({ ...k, updatedAt: '2030-01-01T00:00:00Z' }));
    await expect(service.applyKit([], progress)).rejects.toBeInstanceOf(ImportStaleError);
    expect((await store.getKit('reading-club'))!.items).toEqual(base.items);
  });
});

describe('import service: backups', () => {
  it('backs up everything and restores it after changes, all at once', async () => {
    const { store, service } = await setup();
    await store.putKit(JSON.parse(fixture('reading-club.kit.json').toString()) as Kit, { enabled: false });
    await store.recordUsage(`${BUILTIN_KIT_ID}/x`, 5);
    const backup = await service.createBackup(Date.UTC(2026, 10, 20), progress);
    const before = await store.dump();
    await store.trashKit('reading-club');
    await store.write('settings', { theme: 'dark', limits: {}, language: 'auto', profile: {}, lintAllow: [] });
    await store.importKit({ ...before.kits[0]!, id: 'other' }, null);

    const prepared = await service.prepareBackup(backup, 'backup.json', progress);
    if (!prepared.ok) throw new Error(prepared.errors.join('\n'));
    expect(prepared.summary).toMatchObject({ createdAt: '2026-11-20T00:00:00.000Z', usage: 1 });
    expect(prepared.summary.kits.map((k) => [k.id, k.enabled])).toEqual([[BUILTIN_KIT_ID, true], ['reading-club', false]]);
    await service.applyBackup(progress);
    const after = await store.dump();
    expect(after.kits).toEqual(before.kits);
    expect(after.records).toEqual(before.records);
    expect(after.settings).toEqual(before.settings);
    expect(after.usage).toEqual(before.usage);
    expect(await store.getKit('other')).toBeUndefined();
  });

  it('rejects a broken backup with path errors and writes nothing', async () => {
    const { store, service } = await setup();
    const text = JSON.parse(await (await service.createBackup(0, progress)).text());
    text.kits[0].kit.items[0].kind = 'poem';
    text.settings.theme = 'neon';
    text.trash = [{ kitId: 'k', kind: 'item', value: { id: 'x' }, deletedAt: 1 }];
    const before = await store.dump();
    const result = await service.prepareBackup(blob(JSON.stringify(text)), 'b.json', progress);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual(
        expect.arrayContaining([
          'kits[0].kit.items[0].kind: must be one of topic, slogan, story, script',
          'settings.theme: must be one of system, light, dark',
          'trash[0].value.kind: required',
          'trash[0].value.title: required',
        ]),
      );
    await expect(service.applyBackup(progress)).rejects.toThrow(/No backup is waiting/);
    expect(await store.dump()).toEqual(before);
  });
});
