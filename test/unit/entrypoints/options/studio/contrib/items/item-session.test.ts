import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { FORMAT_NAME, FORMAT_VERSION, type Kit } from '../../../../../../../content-kit';
import { createKitStore } from '../../../../../../../utils/store/create-kit-store';
import { createItemSession } from '../../../../../../../entrypoints/options/studio/contrib/items/create-item-session';
import { createDraftStore } from '../../../../../../../entrypoints/options/studio/shell/create-draft-store';
import { createStudioData } from '../../../../../../../entrypoints/options/studio/shell/create-studio-data';

let n = 0;
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((o) => o.close()));

const kit = (): Kit => ({
  format: FORMAT_NAME,
  formatVersion: FORMAT_VERSION,
  id: 'club',
  name: '读书会',
  version: '1.0.0',
  updatedAt: '2026-01-01T00:00:00Z',
  items: [{ id: 'welcome', kind: 'script', title: '欢迎', body: '欢迎{{新人}}', updatedAt: '2026-01-01T00:00:00Z' }],
});

/** Two studio tabs over one database: separate stores, data and drafts, as two options pages would have. */
async function twoTabs() {
  const dbName = `session-test-${n++}`;
  const seed = createKitStore({ dbName, notify: false });
  await seed.write('meta', { schemaVersion: 2, installedAt: 0 });
  await seed.writeKits([kit()], [{ id: 'club', enabled: true, order: 0 }]);
  const tab = async () => {
    const store = createKitStore({ dbName, notify: false });
    const data = createStudioData(store, { listen: false });
    await data.load();
    opened.push(store, data);
    const memory = new Map<string, string>();
    const drafts = createDraftStore({ getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) });
    let body = data.item('club', 'welcome')!.body;
    const session = createItemSession({ data, drafts, kitId: 'club', itemId: 'welcome', delay: 5 });
    const shown: string[] = [];
    session.attach({ readBody: () => body, show: (item) => shown.push((body = item.body)) });
    return { store, data, drafts, session, shown, type: (text: string) => ((body = text), session.touch()) };
  };
  return { a: await tab(), b: await tab(), seed };
}

describe('item session', () => {
  test('autosaves shortly after the last change, through the store', async () => {
    const { a, seed } = await twoTabs();
    a.type('欢迎{{新人}}加入');
    expect(a.session.state().status).toBe('pending');
    await new Promise((r) => setTimeout(r, 40));
    expect(a.session.state().status).toBe('saved');
    const stored = (await seed.getKit('club'))!.items[0]!;
    expect(stored.body).toBe('欢迎{{新人}}加入');
    expect(stored.updatedAt).not.toBe('2026-01-01T00:00:00Z');
  });

  test('a second tab with an older copy never silently overwrites: the save is refused and both texts are kept', async () => {
    const { a, b, seed } = await twoTabs();
    a.type('A 写的');
    await a.session.flush();
    b.type('B 写的');
    await b.session.flush();
    expect(b.session.state().status).toBe('conflict');
    expect(b.session.state().theirs?.body).toBe('A 写的');
    expect((await seed.getKit('club'))!.items[0]!.body).toBe('A 写的');
    expect(b.drafts.get('club', 'welcome')).toBeDefined();
    await b.session.resolve('mine');
    expect((await seed.getKit('club'))!.items[0]!.body).toBe('B 写的');
  });

  test('edits of different fields in two tabs merge instead of conflicting', async () => {
    const { a, b, seed } = await twoTabs();
    a.session.edit({ title: '新人欢迎' });
    await a.session.flush();
    b.type('欢迎{{新人}}！');
    await b.session.flush();
    expect(b.session.state().status).toBe('saved');
    const stored = (await seed.getKit('club'))!.items[0]!;
    expect(stored.title).toBe('新人欢迎');
    expect(stored.body).toBe('欢迎{{新人}}！');
  });

  test('a tab without unsaved edits takes another tab’s change as soon as it hears of it', async () => {
    const { a, b } = await twoTabs();
    a.type('新的正文');
    await a.session.flush();
    await b.data.load();
    b.session.remoteChanged();
    expect(b.shown).toEqual(['新的正文']);
    expect(b.session.state().status).toBe('saved');
  });

  test('an item the format would reject is not stored, and the reason is given', async () => {
    const { a, seed } = await twoTabs();
    a.session.edit({ title: '' });
    await a.session.flush();
    expect(a.session.state().status).toBe('invalid');
    expect(a.session.state().message).toMatch(/^title/);
    expect((await seed.getKit('club'))!.items[0]!.title).toBe('欢迎');
  });

  test('declared variables the body no longer uses are left out of what is stored', async () => {
    const { a, seed } = await twoTabs();
    a.session.edit({ variables: [{ name: '新人', label: '新成员' }, { name: '旧的' }] });
    await a.session.flush();
    expect((await seed.getKit('club'))!.items[0]!.variables).toEqual([{ name: '新人', label: '新成员' }]);
  });

  test('a refused write keeps the text in a draft and reports the store’s message', async () => {
    const { a } = await twoTabs();
    const original = a.data.saveItem;
    a.data.saveItem = () => Promise.reject(new Error('Storage is full'));
    a.type('写到一半');
    await a.session.flush();
    expect(a.session.state()).toMatchObject({ status: 'error', message: 'Storage is full' });
    expect((a.drafts.get('club', 'welcome')?.value as { body: string }).body).toBe('写到一半');
    a.data.saveItem = original;
    await a.session.save();
    expect(a.session.state().status).toBe('saved');
    expect(a.drafts.get('club', 'welcome')).toBeUndefined();
  });
});
