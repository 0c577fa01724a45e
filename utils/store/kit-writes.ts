import type { Kit } from '../../content-kit';
import { diffKit } from './item-diff';
import { KitNotFoundError } from './store-errors';
import type { KitRecord } from './store-schema';
import type { StoreTx, Written } from './store-transaction';

/** The order after every record's: where a new kit goes. */
export const nextOrder = (records: readonly KitRecord[]) => records.reduce((n, r) => Math.max(n, r.order + 1), 0);

/** Stores a whole kit and its record; a new kit goes last and enabled. */
export async function putKit(tx: StoreTx, kit: Kit, record: Partial<KitRecord> = {}): Promise<Written<Kit>> {
  const [records, before] = await Promise.all([tx.records(), tx.kit(kit.id)]);
  const i = records.findIndex((r) => r.id === kit.id);
  const next: KitRecord = { id: kit.id, enabled: true, order: nextOrder(records), ...(i >= 0 ? records[i] : {}), ...record };
  if (i >= 0) records[i] = next;
  else records.push(next);
  const stored = tx.putKit(kit);
  tx.put('kits', records);
  return { result: stored, change: { kitIds: [kit.id], items: [diffKit(before, stored)], keys: ['kit', 'kits'] } };
}

/**
 * Changes one kit: `change` gets a copy of the stored kit (its own item and entry arrays) and returns the new one, or
 * throws to write nothing. It replaces the items and entries it changes with new objects, never edits them in place:
 * what changed is found by identity (a 10,000-item kit is not compared field by field on every save).
 */
export async function updateKit(tx: StoreTx, id: string, change: (kit: Kit) => Kit): Promise<Written<Kit>> {
  const before = await tx.kit(id);
  if (!before) throw new KitNotFoundError(id);
  const stored = tx.putKit(change({ ...before, items: [...before.items], ...(before.calendar && { calendar: [...before.calendar] }) }));
  return { result: stored, change: { kitIds: [id], items: [diffKit(before, stored)], keys: ['kit'] } };
}

/** Writes several keys at once (the migrations' first install): all or nothing. */
export async function writeKits(tx: StoreTx, kits: readonly Kit[], records?: KitRecord[]): Promise<Written<void>> {
  for (const kit of kits) tx.putKit(kit);
  if (records) tx.put('kits', records);
  return { result: undefined, change: { kitIds: kits.map((k) => k.id), keys: ['kit', ...(records ? (['kits'] as const) : [])] } };
}
