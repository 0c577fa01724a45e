import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kit } from '../../../../../../../content-kit';
import { createKitStore } from '../../../../../../../utils/store/create-kit-store';
import { createImportClient } from '../../../../../../../entrypoints/options/studio/contrib/kits/create-import-client';
import { createImportService } from '../../../../../../../entrypoints/options/studio/contrib/kits/create-import-service';
import { createImportSession } from '../../../../../../../entrypoints/options/studio/contrib/kits/create-import-session';
import type { ImportRequest, ImportResponse } from '../../../../../../../entrypoints/options/studio/contrib/kits/import-protocol';

// The import session over the real service (in the page, as the fallback runs it), and the client's hand-over
// from a worker that fails to start.

let n = 0;
const stores: ReturnType<typeof createKitStore>[] = [];
const fixture = (name: string) => readFileSync(new URL(`../../../../../../fixtures/kits/${name}`, import.meta.url));
afterEach(() => stores.splice(0).forEach((s) => s.close()));

async function setup() {
  const store = createKitStore({ dbName: `session-${n++}`, notify: false });
  stores.push(store);
  await store.putKit(JSON.parse(fixture('merge-base.kit.json').toString()) as Kit);
  return { store, client: createImportClient({ local: () => createImportService(store) }) };
}
const file = (name: string) => new File([new Uint8Array(fixture(name))], name);

describe('import session', () => {
  it('goes working → preview with mergeKits’ defaults, follows choices in its counts, and applies them', async () => {
    const { store, client } = await setup();
    const session = createImportSession(client, file('merge-incoming.kit.json'), 'kit');
    const steps: string[] = [];
    session.onDidChange((state) => steps.push(state.step === 'working' ? `working:${state.phase}` : state.step));
    await session.start();
    expect(steps).toEqual(['working:read', 'working:parse', 'working:compare', 'preview']);
    expect(session.choice('items', 'newer-incoming')).toBe('incoming');
    expect(session.choice('items', 'newer-base')).toBe('base');
    expect(session.updated('items')).toEqual(['newer-incoming']);
    const before = session.changeCount();
    session.choose('items', 'newer-incoming', 'base');
    expect(session.updated('items')).toEqual([]);
    expect(session.changeCount()).toBe(before - 1);
    session.chooseAll('incoming');
    expect(session.updated('items')).toEqual(['newer-incoming', 'newer-base', 'tie']);
    session.choose('items', 'tie', 'base');

    const applied = await session.confirm();
    expect(applied).toMatchObject({ written: true, mode: 'merge', kitId: 'reading-club' });
    expect(session.state().step).toBe('done');
    const stored = (await store.getKit('reading-club'))!;
    expect(stored.items.find((i) => i.id === 'newer-base')!.title).toBe('来稿旧版');
    expect(stored.items.find((i) => i.id === 'tie')!.title).toBe('基准版');
  });

  it('shows a broken file’s errors and cannot be confirmed', async () => {
    const { client } = await setup();
    const session = createImportSession(client, file('duplicate-ids.kit.json'), 'kit');
    await session.start();
    const state = session.state();
    expect(state.step).toBe('rejected');
    if (state.step === 'rejected') expect(state.errors.length).toBeGreaterThan(0);
    expect(await session.confirm()).toBeUndefined();
  });

  it('reports a failed write in its state, keeping the message', async () => {
    const { store, client } = await setup();
    const session = createImportSession(client, file('merge-incoming.kit.json'), 'kit');
    await session.start();
    await store.updateKit('reading-club', (k) => ({ ...k, updatedAt: '2031-01-01T00:00:00Z' }));
    expect(await session.confirm()).toBeUndefined();
    const state = session.state();
    expect(state.step).toBe('failed');
    if (state.step === 'failed') expect(state.message).toMatch(/changed after the preview/);
  });
});

describe('import client', () => {
  it('runs calls in the page when the worker fails before answering', async () => {
    const { store } = await setup();
    let posted = 0;
    const worker = {
      onmessage: null as ((e: MessageEvent<ImportResponse>) => void) | null,
      onerror: null as ((e: { preventDefault(): void }) => void) | null,
      postMessage(_: ImportRequest) {
        posted++;
        queueMicrotask(() => worker.onerror?.({ preventDefault() {} }));
      },
      terminate() {},
    };
    const client = createImportClient({ worker: () => worker as unknown as Worker, local: () => createImportService(store) });
    const phases: string[] = [];
    const result = await client.call('prepareKit', [file('merge-incoming.kit.json'), 'in.kit.json'], (p) => phases.push(p));
    expect(posted).toBe(1);
    expect(result.ok).toBe(true);
    expect(phases).toEqual(['read', 'parse', 'compare']);
    expect(await client.call('cancel', [])).toBeUndefined();
  });

  it('passes progress, results and errors through a working worker', async () => {
    const worker = {
      onmessage: null as ((e: MessageEvent<ImportResponse>) => void) | null,
      onerror: null,
      postMessage({ id, op }: ImportRequest) {
        const reply = (data: ImportResponse) => queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent<ImportResponse>));
        reply({ id, type: 'progress', phase: 'write' });
        reply(op === 'cancel' ? { id, type: 'result', result: null } : { id, type: 'error', name: 'ImportStaleError', message: 'stale' });
      },
      terminate() {},
    };
    const client = createImportClient({ worker: () => worker as unknown as Worker, local: () => expect.fail('no fallback') });
    const phases: string[] = [];
    expect(await client.call('cancel', [], (p) => phases.push(p))).toBeNull();
    expect(phases).toEqual(['write']);
    await expect(client.call('applyKit', [[]])).rejects.toMatchObject({ name: 'ImportStaleError', message: 'stale' });
  });
});
