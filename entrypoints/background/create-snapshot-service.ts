import { applySnapshotDelta, mergeSnapshotDeltas } from '../../utils/snapshot/apply-snapshot-delta';
import { todayIn } from '../../content-kit';
import { buildSnapshot, NODE_TIME_ZONE } from '../../utils/snapshot/build-snapshot';
import type { Snapshot, SnapshotDelta } from '../../utils/snapshot/snapshot-types';
import { publishSnapshotVersion, readSnapshotVersion } from '../../utils/snapshot/snapshot-version';
import type { KitStore } from '../../utils/store/create-kit-store';
import type { StoreChange } from '../../utils/store/store-change';
import { changeToDelta } from './change-to-delta';

/** How many recent deltas are kept for tabs a few versions behind. */
const KEPT_DELTAS = 20;
/** How many change ids are remembered, so a change heard on the channel and in a wake-up message applies once. */
const KEPT_IDS = 200;

/**
 * Keeps the sidebar snapshot: built lazily from the enabled kits, then kept current change by change. A change
 * becomes an item-level delta (kept for tabs that ask with the version they have) and a new version published in
 * storage.local, which open tabs watch; a change to the kits' records or limits drops the snapshot, and tabs fetch
 * it whole. The version survives the service worker being stopped.
 */
export function createSnapshotService(store: KitStore) {
  let current: Promise<Snapshot> | null = null;
  let deltas: SnapshotDelta[] = [];
  const seen: string[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  async function build(): Promise<Snapshot> {
    await store.ready();
    const [kits, settings, usage, favourites, v] = await Promise.all([
      store.getKits({ enabledOnly: true }),
      store.settings(),
      store.read('usage'),
      store.read('favourites'),
      readSnapshotVersion(),
    ]);
    return buildSnapshot(kits, { version: v, limits: settings.limits, usage, favourites, profile: settings.profile, lintAllow: settings.lintAllow });
  }

  let builtFor = '';
  const snapshot = async (): Promise<Snapshot> => {
    // The snapshot names the coming week's 节点: on a new day it is built again, under a new version.
    const today = todayIn(NODE_TIME_ZONE);
    if (current && builtFor !== today) await invalidate();
    builtFor = today;
    return (current ??= build().catch((error) => {
      current = null;
      throw error;
    }));
  };

  /** Drops the snapshot and publishes a new version, so tabs fetch it whole. */
  async function invalidate(): Promise<void> {
    current = null;
    deltas = [];
    await publishSnapshotVersion((await readSnapshotVersion()) + 1);
  }

  async function apply(change: StoreChange): Promise<void> {
    // Nothing built yet: no tab holds this worker's snapshot, a new version is enough.
    if (!current) return invalidate();
    const before = await current;
    const effect = await changeToDelta(store, before, change);
    if (effect === 'none') return;
    if (effect === 'full') return invalidate();
    const next = applySnapshotDelta(before, effect);
    current = Promise.resolve(next);
    deltas = [...deltas.slice(1 - KEPT_DELTAS), effect];
    await publishSnapshotVersion(next.version);
  }

  return {
    get: snapshot,
    /** What a tab holding version `have` needs: nothing, the deltas since (merged), or the whole snapshot. */
    async since(have: number | undefined): Promise<{ unchanged: true; version: number } | { delta: SnapshotDelta } | { snapshot: Snapshot }> {
      await queue;
      const now = await snapshot();
      if (have === now.version) return { unchanged: true, version: now.version };
      const start = deltas.findIndex((d) => d.from === have);
      if (start < 0) return { snapshot: now };
      return { delta: deltas.slice(start).reduce(mergeSnapshotDeltas) };
    },
    /** Applies one store change (once, however many times it is heard). */
    changed(change: StoreChange): Promise<unknown> {
      if (change.id) {
        if (seen.includes(change.id)) return queue;
        seen.push(change.id);
        if (seen.length > KEPT_IDS) seen.shift();
      }
      queue = queue.then(() => apply(change)).catch(() => invalidate());
      return queue;
    },
    /** Something changed that no change describes (install, an update): tabs fetch everything. */
    invalidate(): Promise<unknown> {
      queue = queue.then(invalidate, invalidate);
      return queue;
    },
  };
}
