import type { BrowserContext } from '@playwright/test';
import type { Kit } from '../../../content-kit';

/**
 * Stores a kit straight into the extension's IndexedDB from its service worker (as an import would) and tells
 * the background to republish the sidebar snapshot.
 */
export async function seedKit(context: BrowserContext, kit: Kit, record: { enabled?: boolean } = {}): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    async ({ kit, enabled }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('community-kit');
        open.onupgradeneeded = () => open.result.createObjectStore('store');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // Wait for the first-run migration (the built-in kit) so the two writes do not race.
      for (let i = 0; i < 100; i++) {
        const meta = await new Promise((resolve) => {
          const read = db.transaction('store').objectStore('store').get('meta');
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => resolve(undefined);
        });
        if (meta) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('store', 'readwrite');
        const store = tx.objectStore('store');
        const read = store.get('kits');
        read.onsuccess = () => {
          const records = ((read.result ?? []) as { id: string; enabled: boolean; order: number }[]).filter((r) => r.id !== kit.id);
          records.push({ id: kit.id, enabled, order: records.length });
          store.put(records, 'kits');
          store.put(kit, `kit:${kit.id}`);
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      new BroadcastChannel('community-kit-store').postMessage({ type: 'changed', kitIds: [kit.id], keys: ['kit', 'kits'] });
    },
    { kit, enabled: record.enabled ?? true },
  );
}

/** Reads one key of the extension's store (as the background sees it), for tests that wait for a write. */
export async function readStoreValue(context: BrowserContext, key: string): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('community-kit');
        open.onsuccess = () => {
          const read = open.result.transaction('store').objectStore('store').get(key);
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
        open.onerror = () => reject(open.error);
      }),
    key,
  );
}
