import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseKit, exportKit } from '../../../../content-kit';
import { captureSelection, INBOX_KIT_ID } from '../../../../entrypoints/background/capture-selection';
import { createKitStore } from '../../../../utils/store/create-kit-store';

const stores: ReturnType<typeof createKitStore>[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

describe('saving a selection to the Inbox kit', () => {
  it('creates the Inbox on first use and keeps the text, its source and the time, as a valid kit', async () => {
    const store = createKitStore({ dbName: 'capture-1', notify: false });
    stores.push(store);
    const first = await captureSelection(store, { text: '  周末一起去城西书店吧，\n带上一本想交换的书  ', url: 'https://www.douban.com/group/123/', pageTitle: '城市读书会' }, new Date('2026-11-23T02:00:00Z'));
    const second = await captureSelection(store, { text: '第二条灵感' }, new Date('2026-11-23T02:00:00Z'));
    const inbox = (await store.getKit(INBOX_KIT_ID))!;
    expect(inbox.items.map((i) => i.id)).toEqual([first.id, second.id]);
    expect(first.id).not.toBe(second.id);
    expect(first).toMatchObject({ kind: 'script', body: '周末一起去城西书店吧，\n带上一本想交换的书', 'x-source-url': 'https://www.douban.com/group/123/', tags: ['灵感'] });
    expect([...first.title].length).toBeLessThanOrEqual(24);
    expect(parseKit(exportKit(inbox)).ok).toBe(true);
    expect((await store.kitRecords()).find((r) => r.id === INBOX_KIT_ID)?.enabled).toBe(true);
  });

  it('refuses an empty selection and writes nothing', async () => {
    const store = createKitStore({ dbName: 'capture-2', notify: false });
    stores.push(store);
    await expect(captureSelection(store, { text: '   ' })).rejects.toThrow();
    expect(await store.getKit(INBOX_KIT_ID)).toBeUndefined();
  });
});
