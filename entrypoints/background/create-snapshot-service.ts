import { buildSnapshot, NODE_TIME_ZONE } from '../../utils/snapshot/build-snapshot';
import { todayIn } from '../../content-kit';
import type { KitStore } from '../../utils/store/create-kit-store';
import type { Snapshot } from '../../utils/snapshot/snapshot-types';
import { publishNextSnapshotVersion, readSnapshotVersion } from '../../utils/snapshot/snapshot-version';

/**
 * Keeps the sidebar snapshot: built lazily from the enabled kits, rebuilt after a change, its version
 * persisted in storage.local so that it survives the service worker being stopped and reaches open tabs.
 */
export function createSnapshotService(store: KitStore) {
  let current: Promise<Snapshot> | null = null;
  let bump: Promise<void> | null = null;
  let builtFor = '';

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

  const service = {
    async get(): Promise<Snapshot> {
      // The snapshot names the coming week's 节点: on a new day it is built again, under a new version.
      if (current && builtFor !== todayIn(NODE_TIME_ZONE)) await service.invalidate();
      builtFor = todayIn(NODE_TIME_ZONE);
      current ??= build().catch((error) => {
        current = null;
        throw error;
      });
      return current;
    },
    /** Drops the cached snapshot and publishes a new version, so tabs fetch it again. */
    invalidate(): Promise<void> {
      current = null;
      // A write is often announced twice (channel and message) and by several tabs: one new version covers them all.
      bump ??= new Promise<void>((resolve) => setTimeout(resolve, 20))
        .then(async () => {
          current = null;
          await publishNextSnapshotVersion();
        })
        .finally(() => (bump = null));
      return bump;
    },
  };
  return service;
}
