import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { type Kit, type KitSequence } from '../../../../../../../content-kit';
import { createKitStore } from '../../../../../../../utils/store/create-kit-store';
import { createSequencesSession } from '../../../../../../../entrypoints/options/studio/contrib/sequences/create-sequences-session';
import { createStudioData } from '../../../../../../../entrypoints/options/studio/shell/create-studio-data';
import { kitWith } from '../calendar/calendar-fixtures';

let n = 0;
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((o) => o.close()));

async function setup(kit: Kit) {
  const store = createKitStore({ dbName: `sequences-session-${n++}`, notify: false });
  await store.write('meta', { schemaVersion: 2, installedAt: 0 });
  await store.writeKits([kit], [{ id: kit.id, enabled: true, order: 0 }]);
  const data = createStudioData(store, { listen: false });
  await data.load();
  opened.push(store, data);
  return { data, stored: async () => (await store.getKit(kit.id))! };
}

const week: KitSequence = { id: 'week1', name: '新人第一周', anchor: '入群日', steps: [{ id: 's1', offset: 0, title: '欢迎', itemId: 'welcome' }] };

describe('the sequences session', () => {
  test('saves a valid edit with a new updatedAt on the changed sequence only', async () => {
    const other: KitSequence = { id: 'other', name: '召回', anchor: '召回日', steps: [{ id: 'a', offset: 0, title: '私聊' }], updatedAt: '2026-01-01T00:00:00Z' };
    const { data, stored } = await setup(kitWith('club', [], { formatVersion: 2, sequences: [week, other] }));
    const session = createSequencesSession(data, 'club', 0);
    session.edit([{ ...week, steps: [...week.steps, { id: 's2', offset: 3, title: '第一次分享' }] }, other]);
    await session.save();
    expect(session.state().status).toBe('saved');
    const saved = (await stored()).sequences!;
    expect(saved[0]!.steps.map((s) => s.offset)).toEqual([0, 3]);
    expect(saved[0]!.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(saved[1]).toEqual(other);
  });

  test('refuses what the format refuses, naming the path, and writes nothing', async () => {
    const { data, stored } = await setup(kitWith('club', [], { formatVersion: 2, sequences: [week] }));
    const session = createSequencesSession(data, 'club', 0);
    session.edit([{ ...week, steps: [{ id: 's1', offset: 0, title: '欢迎', itemId: 'gone' }] }]);
    await session.save();
    expect(session.state()).toMatchObject({ status: 'invalid' });
    expect(session.state().message).toContain('sequences[0].steps[0].itemId');
    expect((await stored()).sequences).toEqual([week]);
  });

  test('a kit left without sequences is written without the field (it stays format version 1)', async () => {
    const { data, stored } = await setup(kitWith('club', [], { formatVersion: 2, sequences: [week] }));
    const session = createSequencesSession(data, 'club', 0);
    session.edit([]);
    await session.save();
    expect('sequences' in (await stored())).toBe(false);
  });

  test('a change made elsewhere meanwhile is a conflict, not overwritten', async () => {
    const { data, stored } = await setup(kitWith('club', [], { formatVersion: 2, sequences: [week] }));
    const session = createSequencesSession(data, 'club', 0);
    await data.saveKitMeta('club', { sequences: [{ ...week, name: '别处改的' }] }, { sequences: [week] });
    session.edit([{ ...week, name: '这里改的' }]);
    await session.save();
    expect(session.state().status).toBe('conflict');
    expect((await stored()).sequences![0]!.name).toBe('别处改的');
  });
});
