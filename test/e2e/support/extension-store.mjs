// Functions that run inside an extension context (its service worker or one of its pages, through Playwright's
// `evaluate`) to read and write the extension's IndexedDB directly: idb-keyval's database `community-kit`, object
// store `store`. Each is self-contained, as `evaluate` needs. Writes tell the background and the studio through
// the store's BroadcastChannel, as the extension's own writes do.

/** Every key of the store, or just the given ones, as an object. */
export function readStore(keys) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('community-kit');
    open.onupgradeneeded = () => open.result.createObjectStore('store');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('store').objectStore('store');
      const names = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        open.result.close();
        const all = Object.fromEntries(names.result.map((k, i) => [k, values.result[i]]));
        resolve(keys ? Object.fromEntries(keys.map((k) => [k, all[k]])) : all);
      };
      values.onerror = () => reject(values.error);
    };
  });
}

/**
 * Writes in one transaction: `kits` are stored whole with a record (after the built-in kit's first-run install, so
 * the two never race), `removeKits` are dropped with their records, `put` and `remove` are plain keys.
 */
export async function writeStore({ kits = [], enabled = true, removeKits = [], put = {}, remove = [] }) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('community-kit');
    open.onupgradeneeded = () => open.result.createObjectStore('store');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  for (let i = 0; i < 100; i++) {
    const meta = await new Promise((resolve) => {
      const read = db.transaction('store').objectStore('store').get('meta');
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => resolve(undefined);
    });
    if (meta) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve, reject) => {
    const tx = db.transaction('store', 'readwrite');
    const store = tx.objectStore('store');
    const touched = new Set([...kits.map((k) => k.id), ...removeKits]);
    if (touched.size) {
      const read = store.get('kits');
      read.onsuccess = () => {
        const records = (read.result ?? []).filter((r) => !touched.has(r.id));
        for (const kit of kits) {
          store.put(kit, `kit:${kit.id}`);
          records.push({ id: kit.id, enabled, order: records.length });
        }
        for (const id of removeKits) store.delete(`kit:${id}`);
        store.put(records, 'kits');
      };
    }
    for (const [key, value] of Object.entries(put)) store.put(value, key);
    for (const key of remove) store.delete(key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  const keys = [...(kits.length || removeKits.length ? ['kit', 'kits'] : []), ...Object.keys(put), ...remove];
  new BroadcastChannel('community-kit-store').postMessage({ type: 'changed', kitIds: [...kits.map((k) => k.id), ...removeKits], keys });
}
