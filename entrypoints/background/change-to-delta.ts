import { itemKey, type UsageRecord } from '../../content-kit';
import { snapshotCalendar, snapshotItem } from '../../utils/snapshot/build-snapshot';
import type { Snapshot, SnapshotDelta } from '../../utils/snapshot/snapshot-types';
import type { KitStore } from '../../utils/store/create-kit-store';
import type { StoreChange } from '../../utils/store/store-change';

/** Past this many items changed at once, tabs fetch the whole snapshot instead. */
const MAX_DELTA_ITEMS = 500;
/** Settings the snapshot carries: a change to one of them is fetched whole. */
const FULL_SETTINGS = new Set<string>(['limits', 'profile', 'lintAllow']);

/** What a store change means for the snapshot: a delta, 'full' (fetch everything again), or 'none' (nothing it shows). */
export type SnapshotEffect = SnapshotDelta | 'full' | 'none';

/**
 * Turns a store change into an item-level delta over `snapshot`, reading from the store only what changed. Changes to
 * the kits' records (order, on/off, deleted) or the limits, and changes too large to be worth it, become 'full'.
 */
export async function changeToDelta(store: KitStore, snapshot: Snapshot, change: StoreChange, now = Date.now()): Promise<SnapshotEffect> {
  const keys = new Set(change.keys);
  // The profile and the allow-list travel whole in the snapshot, like the limits.
  if (keys.has('kits') || (keys.has('settings') && (change.settings ?? ['limits']).some((s) => FULL_SETTINGS.has(s)))) return 'full';
  const delta: SnapshotDelta = { from: snapshot.version, to: snapshot.version + 1, upsert: [], remove: [] };
  let touched = false;
  const shown = new Set(snapshot.kits.map((k) => k.id));
  if (keys.has('kit')) {
    const details = new Map((change.items ?? []).map((c) => [c.kitId, c]));
    for (const kitId of change.kitIds ?? []) {
      if (!shown.has(kitId)) continue;
      const detail = details.get(kitId);
      touched = true;
      // A kit's own fields (name, canvas, lint settings) changed, or the change does not say which items did:
      // the snapshot's kit list and lint settings follow whole.
      if (!detail || detail.meta) return 'full';
      // Items carried by the change itself: no need to read a large kit for them.
      if (detail.values && !detail.calendar) {
        delta.upsert.push(...detail.values.map((item) => snapshotItem(kitId, item)));
        delta.remove.push(...detail.removed.map((id) => itemKey(kitId, id)));
        if (delta.upsert.length + delta.remove.length > MAX_DELTA_ITEMS) return 'full';
        continue;
      }
      const kit = await store.getKit(kitId);
      if (!kit) return 'full';
      const byId = new Map(kit.items.map((i) => [i.id, i]));
      for (const id of detail.changed) {
        const item = byId.get(id);
        if (item) delta.upsert.push(snapshotItem(kitId, item));
      }
      delta.remove.push(...detail.removed.map((id) => itemKey(kitId, id)));
      if (delta.upsert.length + delta.remove.length > MAX_DELTA_ITEMS) return 'full';
      delta.calendar = { kitIds: [...(delta.calendar?.kitIds ?? []), kitId], entries: [...(delta.calendar?.entries ?? []), ...snapshotCalendar(kit, now)] };
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
