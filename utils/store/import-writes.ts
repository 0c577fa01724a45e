import { sameContent, type Kit } from '../../content-kit';
import { diffKit, metaOf } from './item-diff';
import { nextOrder } from './kit-writes';
import { ImportChangedSinceError, ImportGoneError, ImportStaleError, type UndoDiscard } from './store-errors';
import { MAX_IMPORTS, type ImportRecord, type ImportSnapshot, type StoreShape } from './store-schema';
import type { StoreTx, Written } from './store-transaction';

const undoKey = (id: string) => `undo:${id}`;
const stampsOf = (list: readonly { id: string; updatedAt?: string }[]): [string, string | undefined][] => list.map((x) => [x.id, x.updatedAt]);

const sameDiscard = (a: UndoDiscard, b: UndoDiscard) =>
  a.meta === b.meta && a.items.join('\n') === b.items.join('\n') && a.entries.join('\n') === b.entries.join('\n');

/** Stamps that differ between a recorded list and the current one (added, changed or removed). */
function changedIds(recorded: [string, string | undefined][], current: readonly { id: string; updatedAt?: string }[]): string[] {
  const then = new Map(recorded);
  const out = current.filter((x) => !then.has(x.id) || then.get(x.id) !== x.updatedAt).map((x) => x.id);
  const now = new Set(current.map((x) => x.id));
  return [...out, ...recorded.filter(([id]) => !now.has(id)).map(([id]) => id)];
}

/**
 * Stores an imported kit and its record (a new kit goes last, enabled) and keeps what undoing this import needs, in one
 * transaction. `expected` is the updatedAt of the stored kit the import was planned against, null when there was none:
 * if the stored kit is not that one any more, ImportStaleError is thrown and nothing is written.
 */
export async function importKit(tx: StoreTx, kit: Kit, expected: string | null, at: number, id: string): Promise<Written<ImportRecord>> {
  const [records, before, imports] = await Promise.all([tx.records(), tx.kit(kit.id), tx.get('imports')]);
  if ((before?.updatedAt ?? null) !== expected) throw new ImportStaleError(kit.id);
  const record = records.find((r) => r.id === kit.id) ?? null;
  const stored = tx.putKit(kit);
  if (!record) tx.put('kits', [...records, { id: kit.id, enabled: true, order: nextOrder(records) }]);
  const entry: ImportRecord = { id, kitId: kit.id, kitName: kit.name, at, created: !before, updatedAt: stored.updatedAt };
  const snapshot: ImportSnapshot = { before: before ?? null, record, items: stampsOf(stored.items), entries: stampsOf(stored.calendar ?? []), meta: metaOf(stored) };
  tx.putRaw(undoKey(id), snapshot);
  const list = [...(imports ?? []), entry];
  for (const old of list.splice(0, Math.max(0, list.length - MAX_IMPORTS))) tx.delete(undoKey(old.id));
  tx.put('imports', list);
  // The records change only for a new kit: a merge into a stored one reaches open tabs as a delta.
  return { result: entry, change: { kitIds: [kit.id], items: [diffKit(before, stored)], keys: record ? ['kit', 'imports'] : ['kit', 'kits', 'imports'] } };
}

/** What undoing an import would discard: the kit's changes since (nothing when it is as the import left it). */
export function undoDiscard(entry: ImportRecord, snapshot: ImportSnapshot, current: Kit): UndoDiscard | null {
  if (current.updatedAt === entry.updatedAt) return null;
  const items = changedIds(snapshot.items, current.items);
  const entries = changedIds(snapshot.entries, current.calendar ?? []);
  const meta = !sameContent(metaOf(current), snapshot.meta);
  return { items, entries, meta };
}

/** The undoable import `id` with its snapshot and its kit as stored now; ImportGoneError when it is not undoable. */
export async function findImport(tx: StoreTx, id: string) {
  const entry = ((await tx.get('imports')) ?? []).find((e) => e.id === id);
  const [snapshot, current] = entry ? await Promise.all([tx.getRaw<ImportSnapshot>(undoKey(id)), tx.kit(entry.kitId)]) : [];
  if (!entry || !snapshot || !current) throw new ImportGoneError(id);
  return { entry, snapshot, current };
}

/**
 * Undoes one import: its kit goes back to how it was before (a kit the import created is removed with its record).
 * When the kit changed since, ImportChangedSinceError says what would be lost and nothing is written, unless that is
 * exactly what the caller `accepted` (a change made after the person said yes asks again). Imports of the same kit made after it are forgotten with it (they were built on what it brought).
 */
export async function undoImport(tx: StoreTx, id: string, accepted: UndoDiscard | null): Promise<Written<{ kitId: string; removed: boolean }>> {
  const { entry, snapshot, current } = await findImport(tx, id);
  const discard = undoDiscard(entry, snapshot, current);
  if (discard && !(accepted && sameDiscard(discard, accepted))) throw new ImportChangedSinceError(id, discard);
  const records = await tx.records();
  if (snapshot.before) {
    tx.putKit(snapshot.before);
    if (!records.some((r) => r.id === entry.kitId) && snapshot.record) tx.put('kits', [...records, snapshot.record]);
  } else {
    tx.delete(`kit:${entry.kitId}`);
    tx.put('kits', records.filter((r) => r.id !== entry.kitId));
  }
  const imports = (await tx.get('imports')) ?? [];
  const from = imports.indexOf(imports.find((e) => e.id === id)!);
  const drop = imports.filter((e, i) => e.id === id || (i > from && e.kitId === entry.kitId));
  for (const old of drop) tx.delete(undoKey(old.id));
  tx.put('imports', imports.filter((e) => !drop.includes(e)));
  const items = [diffKit(current, snapshot.before ?? undefined)];
  return { result: { kitId: entry.kitId, removed: !snapshot.before }, change: { kitIds: [entry.kitId], items, keys: ['kit', 'kits', 'imports'] } };
}

/** Forgets the imports of a kit (it was deleted: undoing them would bring it back); returns the keys it wrote. */
export async function forgetImportsOf(tx: StoreTx, kitId: string): Promise<(keyof StoreShape)[]> {
  const imports = (await tx.get('imports')) ?? [];
  const drop = imports.filter((e) => e.kitId === kitId);
  if (!drop.length) return [];
  for (const old of drop) tx.delete(undoKey(old.id));
  tx.put('imports', imports.filter((e) => e.kitId !== kitId));
  return ['imports'];
}

/** Keys of the undo snapshots, so a restore from backup can drop them all. */
export const isUndoKey = (key: string) => key.startsWith('undo:');
export { undoKey };
