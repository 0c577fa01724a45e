import { suggestionKey, type UsageRecord } from '../../content-kit';
import { snapshotCalendar, snapshotItem } from '../../utils/snapshot/build-snapshot';
import type { Snapshot, SnapshotDelta } from '../../utils/snapshot/snapshot-types';
import type { KitStore } from '../../utils/store/create-kit-store';
import type { StoreChange } from '../../utils/store/store-change';

/** Past this many items changed at once, tabs fetch the whole snapshot instead. */
const MAX_DELTA_ITEMS = 500;

/** What a store change means for the snapshot: a delta, 'full' (fetch everything again), or 'none' (nothing it shows). */
export type SnapshotEffect = SnapshotDelta | 'full' | 'none';

/**
 * Turns a store change into an item-level delta over `snapshot`, reading from the store only what changed. Changes to
 * the kits' records (order, on/off, deleted) or the limits, and changes too large to be worth it, become 'full'.
 */
export async function changeToDelta(store: KitStore, snapshot: Snapshot, change: StoreChange, now = Date.now()): Promise<SnapshotEffect> {
  const keys = new Set(change.keys);
  if (keys.has('kits') || (keys.has('settings') && (change.settings ?? ['limits']).includes('limits'))) return 'full';
  const delta: SnapshotDelta = { from: snapshot.version, to: snapshot.version + 1, upsert: [], remove: [] };
  let touched = false;
  const shown = new Set(snapshot.kits.map((k) => k.id));
  if (keys.has('kit')) {
    const details = new Map((change.items ?? []).map((c) => [c.kitId, c]));
    for (const kitId of change.kitIds ?? []) {
      if (!shown.has(kitId)) continue;
      const detail = details.get(kitId);
      touched = true;
      // Items carried by the change itself: no need to read a large kit for them.
      if (detail?.values && !detail.calendar && !detail.meta) {
        delta.upsert.push(...detail.values.map((item) => snapshotItem(kitId, item)));
        delta.remove.push(...detail.removed.map((id) => suggestionKey(kitId, id)));
        if (delta.upsert.length + delta.remove.length > MAX_DELTA_ITEMS) return 'full';
        continue;
      }
      const kit = await store.getKit(kitId);
      if (!kit) return 'full';
      const byId = new Map(kit.items.map((i) => [i.id, i]));
      // Without the item ids every item of the kit is compared with what the snapshot holds.
      const ids = detail ? detail.changed : kit.items.map((i) => i.id);
      const removed = detail ? detail.removed : snapshot.items.filter((i) => i.kitId === kitId && !byId.has(i.id)).map((i) => i.id);
      const before = detail ? null : new Map(snapshot.items.filter((i) => i.kitId === kitId).map((i) => [i.id, JSON.stringify(i)]));
      for (const id of ids) {
        const item = byId.get(id);
        if (!item) continue;
        const next = snapshotItem(kitId, item);
        if (before?.get(id) === JSON.stringify(next)) continue;
        delta.upsert.push(next);
      }
      delta.remove.push(...removed.map((id) => suggestionKey(kitId, id)));
      if (delta.upsert.length + delta.remove.length > MAX_DELTA_ITEMS) return 'full';
      delta.calendar = { kitIds: [...(delta.calendar?.kitIds ?? []), kitId], entries: [...(delta.calendar?.entries ?? []), ...snapshotCalendar(kit, now)] };
      if (!detail || detail.meta) delta.kits = snapshot.kits.map((k) => (k.id === kitId ? { id: k.id, name: kit.name } : (delta.kits?.find((d) => d.id === k.id) ?? k)));
    }
  }
  if (keys.has('favourites')) {
    touched = true;
    delta.favourites = (await store.read('favourites')) ?? [];
  }
  if (keys.has('usage')) {
    touched = true;
    const usage = new Map(Object.entries((await store.read('usage')) ?? {}));
    delta.usage = change.usage ? change.usage.flatMap((key): [string, UsageRecord][] => (usage.has(key) ? [[key, usage.get(key)!]] : [])) : [...usage];
  }
  return touched ? delta : 'none';
}
