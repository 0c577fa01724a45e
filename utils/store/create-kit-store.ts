import type { Kit } from '../../content-kit';
import { findImport, importKit, isUndoKey, undoDiscard, undoImport } from './import-writes';
import { putKit, updateKit, writeKits } from './kit-writes';
import { allowLintPhrases, recordUsage, saveSettings, setFavourite, setKitEnabled, setKitOrder, setLimit, setProfileValue, showKit } from './record-writes';
import { runMigrations } from './run-migrations';
import { STORE_CHANNEL, stampChange, type StoreChange } from './store-change';
import type { UndoDiscard } from './store-errors';
import { defaultSettings, type ImportRecord, type KitRecord, type Settings, type StoreShape, type TrashEntry } from './store-schema';
import { kitKey, openStoreDb, type StoreTx, type Written } from './store-transaction';
import { purgeTrash, restoreTrash, trashCutoff, trashItem, trashKit, type TrashRef } from './trash-writes';

export { STORE_CHANNEL, type StoreChange } from './store-change';
export { ImportStaleError, KitNotFoundError } from './store-errors';

/** Everything a backup holds: every kit with its record, the settings, use history, favourites and trash. */
export interface StoreDump {
  schemaVersion: number;
  records: KitRecord[];
  /** The kits of `records`, in record order. */
  kits: Kit[];
  settings: Settings;
  usage: StoreShape['usage'];
  favourites: string[];
  trash: TrashEntry[];
}

/**
 * The extension's IndexedDB, shared by the background, the studio and its import worker (same origin). Every
 * read-modify-write is one transaction, so two tabs (or a tab and the worker) writing at once never lose each other's
 * change; every write is announced once on STORE_CHANNEL with what it changed (see README.md).
 */
export function createKitStore(options: { dbName?: string; notify?: boolean; onChange?: (change: StoreChange) => void } = {}) {
  const db = openStoreDb(options.dbName ?? 'community-kit');
  const channel = options.notify !== false && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(STORE_CHANNEL) : null;
  let ready: Promise<void> | null = null;
  // The ids of this connection's own recent changes, so a listener on the channel in the same page can skip them.
  const own: string[] = [];

  const read = <K extends keyof StoreShape>(key: K): Promise<StoreShape[K] | undefined> => db.run('readonly', (tx) => tx.get(key));
  /** Runs a write operation in one readwrite transaction, then announces what it changed. */
  const write =
    <A extends unknown[], T>(op: (tx: StoreTx, ...args: A) => Promise<Written<T>>) =>
    async (...args: A): Promise<T> => {
      const { result, change } = await db.run('readwrite', (tx) => op(tx, ...args));
      if (change) {
        const stamped = stampChange(change);
        own.push(stamped.id);
        if (own.length > 50) own.shift();
        channel?.postMessage(stamped);
        options.onChange?.(stamped);
      }
      return result;
    };

  const api = {
    /** Runs pending migrations once (installing the built-in kit on first run). */
    ready(): Promise<void> {
      ready ??= runMigrations(api);
      return ready;
    },
    read,
    /** Replaces one key whole (migrations only: everything else changes what is stored through an operation below). */
    write: <K extends keyof StoreShape>(key: K, value: StoreShape[K]): Promise<void> =>
      write(async (tx: StoreTx): Promise<Written<void>> => {
        tx.put(key, value);
        return { result: undefined, change: { keys: [key] } };
      })(),
    /** The kit records in order, hidden ones included. */
    kitRecords: (): Promise<KitRecord[]> => db.run('readonly', (tx) => tx.records()),
    getKit: (id: string): Promise<Kit | undefined> => db.run('readonly', (tx) => tx.kit(id)),
    /** Kits in record order (hidden ones left out); only those feeding the sidebar when asked. */
    getKits(filter: { enabledOnly?: boolean } = {}): Promise<Kit[]> {
      return db.run('readonly', async (tx) => {
        const records = (await tx.records()).filter((r) => !r.hidden && (!filter.enabledOnly || r.enabled));
        const kits = await Promise.all(records.map((r) => tx.kit(r.id)));
        return kits.filter((k): k is Kit => !!k);
      });
    },
    async settings(): Promise<Settings> {
      return { ...defaultSettings(), ...(await read('settings')) };
    },
    /** Stores a whole kit and its record; a new kit goes last and enabled. */
    putKit: write(putKit),
    /** Changes one kit atomically: `change` sees the stored kit and returns the new one (or throws to abort). */
    updateKit: write(updateKit),
    /** Writes kits and, optionally, all the records at once (all or nothing). */
    writeKits: write(writeKits),
    /** Deletes a kit to the trash (the built-in kit is only hidden). */
    trashKit: (kitId: string, now = Date.now()) => write(trashKit)(kitId, now),
    /** Shows the hidden built-in kit again. */
    showKit: write(showKit),
    trashItem: (kitId: string, itemId: string, now = Date.now()) => write(trashItem)(kitId, itemId, now),
    restoreTrash: (ref: TrashRef, now = Date.now()) => write(restoreTrash)(ref, now),
    /** Empties the given trash entries, or all of them. */
    purgeTrash: (refs?: readonly TrashRef[]) => write(purgeTrash)({ refs }),
    /** Empties trash entries older than 30 days. */
    purgeExpiredTrash: (now = Date.now()) => write(purgeTrash)({ before: trashCutoff(now) }),
    setKitEnabled: write(setKitEnabled),
    setKitOrder: write(setKitOrder),
    /** Writes the given settings fields over the stored ones. */
    saveSettings: write(saveSettings),
    /** Sets one length limit (null: the built-in one), keeping the others as stored. */
    setLimit: write(setLimit),
    setProfileValue: write(setProfileValue),
    allowLintPhrases: write(allowLintPhrases),
    setFavourite: write(setFavourite),
    recordUsage: (key: string, now = Date.now()) => write(recordUsage)(key, now),
    /** Stores an imported kit and keeps its undo (ImportStaleError when the kit changed after the preview). */
    importKit: (kit: Kit, expected: string | null, at = Date.now(), id = `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`) =>
      write(importKit)(kit, expected, at, id),
    /** The imports that can still be undone, newest first. */
    async imports(): Promise<ImportRecord[]> {
      return ((await read('imports')) ?? []).slice().reverse();
    },
    /** What undoing an import would discard now (null: nothing, the kit is as the import left it). */
    undoPreview: (id: string) => db.run('readonly', async (tx) => {
      const { entry, snapshot, current } = await findImport(tx, id);
      return undoDiscard(entry, snapshot, current);
    }),
    /** Undoes one import; ImportChangedSinceError unless its kit is unchanged since, or what it discards was `accepted`. */
    undoImport: (id: string, accepted: UndoDiscard | null = null) => write(undoImport)(id, accepted),
    /** Everything a backup needs, read in one transaction so that it is consistent. */
    dump(): Promise<StoreDump> {
      return db.run('readonly', async (tx) => {
        const [meta, records, settings, usage, favourites, trash] = await Promise.all([
          tx.get('meta'),
          tx.records(),
          tx.get('settings'),
          tx.get('usage'),
          tx.get('favourites'),
          tx.get('trash'),
        ]);
        const kits = await Promise.all(records.map((r) => tx.kit(r.id)));
        return {
          schemaVersion: meta?.schemaVersion ?? 0,
          records: records.filter((_, i) => !!kits[i]),
          kits: kits.filter((k): k is Kit => !!k),
          settings: { ...defaultSettings(), ...settings },
          usage: usage ?? {},
          favourites: favourites ?? [],
          trash: trash ?? [],
        };
      });
    },
    /**
     * Replaces every kit, the records, settings, use history, favourites and trash with a backup's, in one
     * transaction (all or nothing), and forgets every undoable import. The store's meta stays.
     */
    replaceAll: write(async (tx: StoreTx, dump: Omit<StoreDump, 'schemaVersion'>): Promise<Written<void>> => {
      const keys = await tx.keys();
      const old = keys.filter((k) => k.startsWith('kit:'));
      const keep = new Set(dump.kits.map((k) => kitKey(k.id)));
      for (const key of old) if (!keep.has(key)) tx.delete(key);
      for (const key of keys.filter(isUndoKey)) tx.delete(key);
      for (const kit of dump.kits) tx.putKit(kit);
      tx.put('kits', dump.records);
      tx.put('settings', dump.settings);
      tx.put('usage', dump.usage);
      tx.put('favourites', dump.favourites);
      tx.put('trash', dump.trash);
      tx.put('imports', []);
      const kitIds = [...new Set([...old.map((key) => key.slice('kit:'.length)), ...dump.kits.map((k) => k.id)])];
      return { result: undefined, change: { kitIds, keys: ['kit', 'kits', 'settings', 'usage', 'favourites', 'trash', 'imports'] } };
    }),
    /** Whether a change heard on the channel was written through this connection. */
    isOwn: (change: StoreChange) => own.includes(change.id),
    close(): void {
      channel?.close();
    },
  };
  return api;
}

/** The store's interface, as used across the extension. */
export type KitStore = ReturnType<typeof createKitStore>;
