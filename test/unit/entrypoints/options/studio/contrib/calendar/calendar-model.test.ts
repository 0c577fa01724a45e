import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { applySequence, builtinKit, type CalendarEntry, type Kit } from '../../../../../../../content-kit';
import { createKitStore } from '../../../../../../../utils/store/create-kit-store';
import { createCalendarModel } from '../../../../../../../entrypoints/options/studio/contrib/calendar/create-calendar-model';
import { EntryMissingError } from '../../../../../../../entrypoints/options/studio/contrib/calendar/entry-problem';
import { restoreEntries } from '../../../../../../../entrypoints/options/studio/contrib/calendar/restore-entries';
import { createStudioData } from '../../../../../../../entrypoints/options/studio/shell/create-studio-data';
import { entry, kitWith } from './calendar-fixtures';

let n = 0;
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((o) => o.close()));

/** A studio data service over a fresh database holding these kits, and the calendar model on top of it. */
async function setup(...kits: Kit[]) {
  const store = createKitStore({ dbName: `calendar-model-${n++}`, notify: false });
  await store.write('meta', { schemaVersion: 2, installedAt: 0 });
  await store.writeKits(kits, kits.map((k, order) => ({ id: k.id, enabled: true, order })));
  const data = createStudioData(store, { listen: false });
  await data.load();
  opened.push(store, data);
  const model = createCalendarModel(data);
  const stored = async (kitId: string) => (await store.getKit(kitId))?.calendar ?? [];
  return { store, data, model, stored };
}

describe('calendar model', () => {
  test('creates an entry with a fresh id through the store, and undo removes it', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-01')]));
    let changes = 0;
    model.onDidChange(() => changes++);
    const key = await model.create('club', { date: '2026-12-10', title: '共读开营', status: 'idea', time: undefined });
    const [kitId, id] = key.split('/');
    expect(kitId).toBe('club');
    const calendar = await stored('club');
    expect(calendar).toHaveLength(2);
    expect(calendar[1]).toMatchObject({ id, date: '2026-12-10', title: '共读开营', status: 'idea' });
    expect('time' in calendar[1]!).toBe(false);
    expect(calendar[1]!.updatedAt).toMatch(/Z$/);
    expect(model.row(key)?.entry.title).toBe('共读开营');
    expect(changes).toBe(1);
    await model.undo();
    expect((await stored('club')).map((e) => e.id)).toEqual(['a']);
    expect(model.canUndo()).toBe(false);
  });

  test('edits fields, removes the ones set to undefined, and writes nothing when nothing changes', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-01', '旧标题', { time: '20:00', platform: 'weibo' })]));
    await model.update('club/a', { title: '新标题', time: undefined, stage: 'interact', itemId: 'welcome' });
    expect((await stored('club'))[0]).toMatchObject({ id: 'a', title: '新标题', stage: 'interact', itemId: 'welcome', platform: 'weibo' });
    expect('time' in (await stored('club'))[0]!).toBe(false);
    const stamp = (await stored('club'))[0]!.updatedAt;
    expect(await model.update('club/a', { title: '新标题' })).toBeUndefined();
    expect((await stored('club'))[0]!.updatedAt).toBe(stamp);
    await model.undo();
    expect((await stored('club'))[0]).toEqual(entry('a', '2026-12-01', '旧标题', { time: '20:00', platform: 'weibo' }));
  });

  test('refuses what the kit format forbids, and writes nothing then', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-01')]));
    await expect(model.update('club/a', { title: '' })).rejects.toThrow(/title/);
    await expect(model.update('club/a', { date: '2026-02-30' })).rejects.toThrow(/date/);
    await expect(model.update('club/a', { time: '25:00' })).rejects.toThrow(/time/);
    await expect(model.update('club/a', { itemId: 'nope' })).rejects.toThrow(/itemId/);
    await expect(model.create('club', { date: '2026-12-01', title: 'x'.repeat(201), status: 'idea' })).rejects.toThrow(/title/);
    await expect(model.move('club/gone', '2026-12-02')).rejects.toBeInstanceOf(EntryMissingError);
    expect(await stored('club')).toEqual([entry('a', '2026-12-01')]);
    expect(model.canUndo()).toBe(false);
  });

  test('moves keep the time; shifts cross months and years; duplicates get new ids and are not published', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-29', '复盘', { time: '21:00', status: 'published' })]));
    await model.shift('club/a', 7);
    expect((await stored('club'))[0]).toMatchObject({ date: '2027-01-05', time: '21:00', status: 'published' });
    await model.move('club/a', '2028-02-29');
    expect((await stored('club'))[0]!.date).toBe('2028-02-29');
    const copy = await model.duplicate('club/a', '2028-03-07');
    const calendar = await stored('club');
    expect(calendar).toHaveLength(2);
    expect(calendar[1]).toMatchObject({ date: '2028-03-07', time: '21:00', title: '复盘', status: 'scheduled' });
    expect(copy).toBe(`club/${calendar[1]!.id}`);
    expect(calendar[1]!.id).not.toBe('a');
    // Undo goes back one change at a time.
    await model.undo();
    await model.undo();
    expect((await stored('club')).map((e) => e.date)).toEqual(['2027-01-05']);
  });

  test('a deleted entry comes back where it stood; undoing one change keeps later changes to other entries', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-01'), entry('b', '2026-12-02'), entry('c', '2026-12-03')]));
    const deleted = await model.remove('club/b');
    await model.move('club/c', '2026-12-20');
    expect((await stored('club')).map((e) => e.id)).toEqual(['a', 'c']);
    await model.undo(deleted.id);
    expect((await stored('club')).map((e) => [e.id, e.date])).toEqual([
      ['a', '2026-12-01'],
      ['b', '2026-12-02'],
      ['c', '2026-12-20'],
    ]);
    // That step is gone; the move is still undoable.
    expect(await model.undo(deleted.id)).toBeUndefined();
    expect((await model.undo())?.kind).toBe('move');
    expect((await stored('club'))[2]!.date).toBe('2026-12-03');
  });

  test('a sequence applied in the studio adds content-kit’s entries (the CLI’s), once, as one undoable change', async () => {
    const builtin = builtinKit();
    const { model, stored } = await setup(builtin);
    const expected = applySequence(builtin, 'event-run', '2026-10-03').added;
    const step = await model.applySequence(builtin.id, 'event-run', '2026-10-03');
    expect(step.added).toEqual(expected);
    expect(await stored(builtin.id)).toEqual([...(builtin.calendar ?? []), ...expected]);
    const again = await model.applySequence(builtin.id, 'event-run', '2026-10-03');
    expect([again.added.length, again.existing]).toEqual([0, expected.length]);
    expect((await model.undo())?.kind).toBe('sequence');
    expect(await stored(builtin.id)).toEqual(builtin.calendar ?? []);
  });

  test('applying the launch plan shifts it to the chosen start as new entries, never overwriting', async () => {
    // The built-in calendar ships empty: its four-week launch sequence, applied once, is the plan here.
    const builtin = applySequence(builtinKit(), 'launch-4weeks', '2026-01-05').kit;
    const plan = builtin.calendar!;
    const { model, stored } = await setup(builtin, kitWith('club', [entry('keep', '2026-12-07', '已有')]));
    const step = await model.applyPlan(builtin.id, '2026-12-07', 'club');
    const club = await stored('club');
    expect(club).toHaveLength(plan.length + 1);
    expect(club[0]).toEqual(entry('keep', '2026-12-07', '已有'));
    const added = club.slice(1);
    expect(step.keys).toEqual(added.map((e) => `club/${e.id}`));
    const first = plan.map((e) => e.date).sort()[0]!;
    expect(added.map((e) => e.date).sort()[0]).toBe('2026-12-07');
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    for (const copy of added) {
      const source = plan.find((e) => e.title === copy.title && e.time === copy.time)!;
      expect(days(first, source.date)).toBe(days('2026-12-07', copy.date));
      // The club kit has none of the built-in kit's items: links are dropped so the kit stays valid.
      expect(copy.itemId).toBeUndefined();
      expect(copy.status).not.toBe('published');
    }
    // Again: more new entries, none of the earlier ones touched.
    await model.applyPlan(builtin.id, '2026-12-07', 'club');
    const twice = await stored('club');
    expect(twice).toHaveLength(plan.length * 2 + 1);
    expect(new Set(twice.map((e) => e.id)).size).toBe(twice.length);
    expect(twice.slice(0, club.length)).toEqual(club);
    // Into the built-in kit itself, links to its items stay.
    await model.applyPlan(builtin.id, '2027-03-01', builtin.id);
    const own = (await stored(builtin.id)).slice(plan.length);
    expect(own.filter((e) => e.itemId).length).toBe(plan.filter((e) => e.itemId).length);
    // Undo of the plan removes exactly its entries.
    await model.undo();
    expect(await stored(builtin.id)).toEqual(plan);
  });

  test('imports add new ids and replace an existing id in one write; undo restores both', async () => {
    const { model, stored } = await setup(kitWith('club', [entry('a', '2026-12-01', '旧')]));
    const rows: CalendarEntry[] = [entry('a', '2026-12-05', '新'), entry('csv-3', '2026-12-06', '导入')];
    const step = await model.importEntries('club', rows);
    expect(step.keys).toEqual(['club/a', 'club/csv-3']);
    const calendar = await stored('club');
    expect(calendar.map((e) => [e.id, e.title])).toEqual([
      ['a', '新'],
      ['csv-3', '导入'],
    ]);
    await model.undo();
    expect(await stored('club')).toEqual([entry('a', '2026-12-01', '旧')]);
  });

  test('rows come from every kit, and stay the same array until a kit or the filter changes', async () => {
    const { model } = await setup(kitWith('a', [entry('x', '2026-01-02')]), kitWith('b', [entry('x', '2026-01-01', 'x', { platform: 'wechat' })]));
    const rows = model.rows();
    expect(rows.map((r) => r.key)).toEqual(['b/x', 'a/x']);
    expect(model.rows()).toBe(rows);
    expect(model.rows({ platforms: ['wechat'] }).map((r) => r.key)).toEqual(['b/x']);
    await model.move('a/x', '2025-12-31');
    expect(model.rows().map((r) => r.key)).toEqual(['a/x', 'b/x']);
  });
});

describe('restoreEntries', () => {
  test('removes what did not exist, replaces what changed and puts back what was removed at its index', () => {
    const now = [entry('a', '2026-01-01'), entry('new', '2026-01-02'), entry('c', '2026-01-09')];
    const before = new Map([
      ['new', { index: 1 }],
      ['b', { entry: entry('b', '2026-01-02'), index: 1 }],
      ['c', { entry: entry('c', '2026-01-03'), index: 2 }],
    ]);
    expect(restoreEntries(now, before)).toEqual([entry('a', '2026-01-01'), entry('b', '2026-01-02'), entry('c', '2026-01-03')]);
  });
});
