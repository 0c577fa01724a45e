import type { Kit, KitItem } from '../../content-kit';
import { freshId } from './fresh-id';
import { forgetImportsOf } from './import-writes';
import { nextOrder } from './kit-writes';
import { nextStamp } from './next-stamp';
import { ItemMissingError, KitIdTakenError, KitNotFoundError, TrashEntryMissingError } from './store-errors';
import { TRASH_DAYS, type KitRecord, type TrashEntry } from './store-schema';
import type { StoreTx, Written } from './store-transaction';

/** Names one trash entry (what it held, where, and when it was deleted). */
export interface TrashRef {
  kitId: string;
  kind: TrashEntry['kind'];
  id: string;
  deletedAt: number;
}

/** The reference of an entry, to restore or purge it from any tab. */
export const trashRef = (entry: TrashEntry): TrashRef => ({ kitId: entry.kitId, kind: entry.kind, id: entry.value.id, deletedAt: entry.deletedAt });
const same = (entry: TrashEntry, ref: TrashRef) => entry.kitId === ref.kitId && entry.kind === ref.kind && entry.value.id === ref.id && entry.deletedAt === ref.deletedAt;

/** Moves an item out of its kit into the trash, as the kit holds it now. */
export async function trashItem(tx: StoreTx, kitId: string, itemId: string, now: number): Promise<Written<{ entry: TrashEntry; kit: Kit }>> {
  const [kit, trash] = await Promise.all([tx.kit(kitId), tx.get('trash')]);
  const value = kit?.items.find((i) => i.id === itemId);
  if (!kit || !value) throw new ItemMissingError(kitId, itemId);
  const entry: TrashEntry = { kitId, kind: 'item', value, deletedAt: now };
  const next = tx.putKit({ ...kit, items: kit.items.filter((i) => i.id !== itemId), updatedAt: nextStamp(kit.updatedAt, now) });
  tx.put('trash', [...(trash ?? []), entry]);
  return { result: { entry, kit: next }, change: { kitIds: [kitId], items: [{ kitId, changed: [], removed: [itemId] }], keys: ['kit', 'trash'] } };
}

/**
 * Deletes a kit: into the trash with everything in it, its imports no longer undoable. The built-in kit is only
 * hidden (and stops feeding the sidebar) until "show the starter kit again".
 */
export async function trashKit(tx: StoreTx, kitId: string, now: number): Promise<Written<{ hidden: boolean }>> {
  const [records, kit] = await Promise.all([tx.records(), tx.kit(kitId)]);
  const record = records.find((r) => r.id === kitId);
  if (!kit || !record) throw new KitNotFoundError(kitId);
  const forgotten = await forgetImportsOf(tx, kitId);
  if (record.builtin) {
    tx.put('kits', records.map((r) => (r.id === kitId ? { ...r, hidden: true, enabled: false } : r)));
    return { result: { hidden: true }, change: { kitIds: [kitId], keys: ['kits', ...forgotten] } };
  }
  tx.delete(`kit:${kitId}`);
  tx.put('kits', records.filter((r) => r.id !== kitId));
  tx.put('trash', [...((await tx.get('trash')) ?? []), { kitId, kind: 'kit', value: kit, record, deletedAt: now }]);
  return { result: { hidden: false }, change: { kitIds: [kitId], keys: ['kit', 'kits', 'trash', ...forgotten] } };
}

/** Puts an entry back: an item or calendar entry into its kit (under a new id if its id is taken), a kit as it was. */
export async function restoreTrash(tx: StoreTx, ref: TrashRef, now: number): Promise<Written<{ kitId: string; id: string }>> {
  const trash = (await tx.get('trash')) ?? [];
  const entry = trash.find((e) => same(e, ref));
  if (!entry) throw new TrashEntryMissingError(ref.kitId, ref.id);
  tx.put('trash', trash.filter((e) => e !== entry));
  if (entry.kind === 'kit') {
    const records = await tx.records();
    if (records.some((r) => r.id === entry.kitId) || (await tx.kit(entry.kitId))) throw new KitIdTakenError(entry.kitId);
    const record: KitRecord = { ...entry.record, order: nextOrder(records) };
    tx.putKit(entry.value);
    tx.put('kits', [...records, record]);
    return { result: { kitId: entry.kitId, id: entry.kitId }, change: { kitIds: [entry.kitId], keys: ['kit', 'kits', 'trash'] } };
  }
  const kit = await tx.kit(entry.kitId);
  if (!kit) throw new KitNotFoundError(entry.kitId);
  const list: { id: string }[] = entry.kind === 'item' ? kit.items : (kit.calendar ?? []);
  const taken = new Set(list.map((x) => x.id));
  const id = taken.has(entry.value.id) ? freshId(entry.value.id.slice(0, 20), taken) : entry.value.id;
  const back = { ...entry.value, id, updatedAt: nextStamp(entry.value.updatedAt, now) };
  const next: Kit =
    entry.kind === 'item'
      ? { ...kit, items: [...kit.items, back as KitItem] }
      : { ...kit, calendar: [...(kit.calendar ?? []), back as NonNullable<Kit['calendar']>[number]] };
  tx.putKit({ ...next, updatedAt: nextStamp(kit.updatedAt, now) });
  const items = [{ kitId: kit.id, changed: entry.kind === 'item' ? [id] : [], removed: [], calendar: entry.kind === 'entry' }];
  return { result: { kitId: kit.id, id }, change: { kitIds: [kit.id], items, keys: ['kit', 'trash'] } };
}

/** Deletes trash entries for good: the given ones, all of them, or (with `before`) those deleted before that time. */
export async function purgeTrash(tx: StoreTx, which: { refs?: readonly TrashRef[]; before?: number }): Promise<Written<number>> {
  const trash = (await tx.get('trash')) ?? [];
  const drop = (e: TrashEntry) => (which.refs ? which.refs.some((r) => same(e, r)) : which.before === undefined || e.deletedAt < which.before);
  const keep = trash.filter((e) => !drop(e));
  if (keep.length === trash.length) return { result: 0, change: null };
  tx.put('trash', keep);
  return { result: trash.length - keep.length, change: { keys: ['trash'] } };
}

/** The time before which trash entries are emptied. */
export const trashCutoff = (now: number) => now - TRASH_DAYS * 24 * 60 * 60 * 1000;
