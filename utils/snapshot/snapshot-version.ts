import { browser } from 'wxt/browser';

/** Where the snapshot's version is published; content scripts watch it through storage.onChanged. */
export const SNAPSHOT_VERSION_KEY = 'snapshotVersion';

/** The published snapshot version (1 before anything was published). */
export async function readSnapshotVersion(): Promise<number> {
  const stored = await browser.storage.local.get(SNAPSHOT_VERSION_KEY);
  return Number(stored[SNAPSHOT_VERSION_KEY]) || 1;
}

/** Publishes a version, so open tabs learn that their snapshot is stale. */
export async function publishSnapshotVersion(version: number): Promise<void> {
  await browser.storage.local.set({ [SNAPSHOT_VERSION_KEY]: version });
}
