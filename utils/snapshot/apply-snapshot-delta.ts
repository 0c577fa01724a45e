import { itemKey } from '../../content-kit';
import type { Snapshot, SnapshotDelta } from './snapshot-types';

/**
 * The snapshot after a delta: items replaced in place (new ones after the last item of their kit), removed ones
 * dropped, calendar, kits, favourites and use records replaced where the delta carries them. The input is not changed.
 */
export function applySnapshotDelta(snapshot: Snapshot, delta: SnapshotDelta): Snapshot {
  const upsert = new Map(delta.upsert.map((item) => [itemKey(item.kitId, item.id), item]));
  const removed = new Set(delta.remove);
  const kept: Snapshot['items'] = [];
  for (const item of snapshot.items) {
    const key = itemKey(item.kitId, item.id);
    if (removed.has(key)) continue;
    kept.push(upsert.get(key) ?? item);
    upsert.delete(key);
  }
  // New items go after their kit's last one, so kit order (which ranks ties) holds.
  const added = new Map<string, Snapshot['items']>();
  for (const item of upsert.values()) added.set(item.kitId, [...(added.get(item.kitId) ?? []), item]);
  const last = new Map(kept.map((item, i) => [item.kitId, i]));
  const items: Snapshot['items'] = [];
  kept.forEach((item, i) => {
    items.push(item);
    if (last.get(item.kitId) !== i) return;
    items.push(...(added.get(item.kitId) ?? []));
    added.delete(item.kitId);
  });
  for (const rest of added.values()) items.push(...rest);
  const calendarKits = new Set(delta.calendar?.kitIds ?? []);
  const usage = new Map(snapshot.usage);
  for (const [key, record] of delta.usage ?? []) usage.set(key, record);
  return {
    ...snapshot,
    version: delta.to,
    kits: delta.kits ?? snapshot.kits,
    items,
    calendar: delta.calendar ? [...snapshot.calendar.filter((e) => !calendarKits.has(e.kitId)), ...delta.calendar.entries] : snapshot.calendar,
    favourites: delta.favourites ?? snapshot.favourites,
    usage: delta.usage ? [...usage] : snapshot.usage,
  };
}

/** Two consecutive deltas as one (`a` then `b`). */
export function mergeSnapshotDeltas(a: SnapshotDelta, b: SnapshotDelta): SnapshotDelta {
  const bKeys = new Set([...b.upsert.map((i) => itemKey(i.kitId, i.id)), ...b.remove]);
  const usage = new Map([...(a.usage ?? []), ...(b.usage ?? [])]);
  const calendar = b.calendar && a.calendar
    ? { kitIds: [...new Set([...a.calendar.kitIds, ...b.calendar.kitIds])], entries: [...a.calendar.entries.filter((e) => !b.calendar!.kitIds.includes(e.kitId)), ...b.calendar.entries] }
    : (b.calendar ?? a.calendar);
  return {
    from: a.from,
    to: b.to,
    upsert: [...a.upsert.filter((i) => !bKeys.has(itemKey(i.kitId, i.id))), ...b.upsert],
    remove: [...a.remove.filter((k) => !bKeys.has(k)), ...b.remove],
    ...((b.kits ?? a.kits) && { kits: b.kits ?? a.kits }),
    ...(calendar && { calendar }),
    ...((b.favourites ?? a.favourites) && { favourites: b.favourites ?? a.favourites }),
    ...(usage.size && { usage: [...usage] }),
  };
}
