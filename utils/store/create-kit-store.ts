import { createStore, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Kit, UsageRecord } from '../../content-kit';
import { runMigrations } from './run-migrations';
import { defaultSettings, type KitRecord, type Settings, type StoreShape, type TrashEntry } from './store-schema';

/** Posted on this channel after every write, so the background and other studio tabs can refresh. */
export const STORE_CHANNEL = 'community-kit-store';
export interface StoreChange {
  type: 'changed';
  /** Kits whose content changed; absent when only records, settings or usage changed. */
  kitIds?: string[];
  keys: (keyof StoreShape | 'kit')[];
}

const kitKey = (id: string) => `kit:${id}`;

/** Everything a backup holds: every kit with its record, the settings, use history, favourites and trash. */
export interface StoreDump {
  schemaVersion: number;
  records: KitRecord[];
  /** The kits of `records`, in record order. */
  kits: Kit[];
  settings: Settings;
  usage: Record<string, UsageRecord>;
  favourites: string[];
  trash: TrashEntry[];
}

/** An import planned against one stored version of a kit meets another: nothing is written. */
export class ImportStaleError extends Error {
  override name = 'ImportStaleError';
  constructor(kitId: string) {
    super(`Kit "${kitId}" changed after the preview was made; import the file again. 内容包「${kitId}」在预览之后又被修改过，请重新导入。`);
  }
}

/** A storage error in words a person can act on (quota, a closed database, a refused write). */
function explain(error: unknown): Error {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return Object.assign(new Error('Storage is full: free some space or delete unused kits, then save again. 存储空间已满。'), { name });
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The extension's IndexedDB, shared by the background and the studio (same origin). Every write is one
 * transaction: a kit is stored whole, together with its record, so it is written all or nothing.
 */
export function createKitStore(options: { dbName?: string; notify?: boolean; onChange?: (change: Omit<StoreChange, 'type'>) => void } = {}) {
  const db: UseStore = createStore(options.dbName ?? 'community-kit', 'store');
  const channel = options.notify !== false && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(STORE_CHANNEL) : null;
  let ready: Promise<void> | null = null;

  const announce = (change: Omit<StoreChange, 'type'>) => {
    channel?.postMessage({ type: 'changed', ...change } satisfies StoreChange);
    options.onChange?.(change);
  };
  const read = async <K extends keyof StoreShape>(key: K): Promise<StoreShape[K] | undefined> => get(key, db);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw explain(error);
    }
  };

  /** Reads, changes and writes several keys in one readwrite transaction. */
  const transact = <T>(keys: string[], change: (values: unknown[]) => { writes: [string, unknown][]; deletes?: string[]; result: T }) =>
    guard(() =>
      db('readwrite', async (store) => {
        const values = await Promise.all(keys.map((k) => promisifyRequest(store.get(k))));
        const { writes, deletes, result } = change(values);
        for (const [k, v] of writes) store.put(v, k);
        for (const k of deletes ?? []) store.delete(k);
        await promisifyRequest(store.transaction);
        return result;
      }),
    );

  /** One transaction whose reads depend on earlier reads; any error aborts it, so nothing it wrote stays. */
  const withStore = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>) =>
    guard(() =>
      db(mode, async (store) => {
        try {
          const result = await work(store);
          await promisifyRequest(store.transaction);
          return result;
        } catch (error) {
          try {
            store.transaction.abort();
          } catch {
            // Already finished or aborted: nothing of it was committed.
          }
          throw error;
        }
      }),
    );
  const getIn = <T>(store: IDBObjectStore, key: string) => promisifyRequest(store.get(key)) as Promise<T | undefined>;

  const api = {
    /** Runs pending migrations once (installing the built-in kit on first run). */
    ready(): Promise<void> {
      ready ??= runMigrations(api);
      return ready;
    },
    read,
    write: <K extends keyof StoreShape>(key: K, value: StoreShape[K]) =>
      guard(async () => {
        await set(key, value, db);
        announce({ keys: [key] });
      }),
    async kitRecords(): Promise<KitRecord[]> {
      return ((await read('kits')) ?? []).slice().sort((a, b) => a.order - b.order);
    },
    async getKit(id: string): Promise<Kit | undefined> {
      return get(kitKey(id), db);
    },
    /** Kits in record order; only the enabled ones when asked. */
    async getKits(filter: { enabledOnly?: boolean } = {}): Promise<Kit[]> {
      const records = (await api.kitRecords()).filter((r) => !filter.enabledOnly || r.enabled);
      const kits = await getMany<Kit>(records.map((r) => kitKey(r.id)), db);
      return kits.filter((k): k is Kit => !!k);
    },
    /** Stores a whole kit and its record in one transaction; a new kit goes last and enabled. */
    putKit(kit: Kit, record: Partial<KitRecord> = {}): Promise<void> {
      return transact(['kits'], ([records]) => {
        const list = ((records as KitRecord[] | undefined) ?? []).slice();
        const i = list.findIndex((r) => r.id === kit.id);
        const next: KitRecord = { id: kit.id, enabled: true, order: list.length, ...(i >= 0 ? list[i] : {}), ...record };
        if (i >= 0) list[i] = next;
        else list.push(next);
        return { writes: [[kitKey(kit.id), kit], ['kits', list]], result: undefined };
      }).then(() => announce({ kitIds: [kit.id], keys: ['kit', 'kits'] }));
    },
    /** Changes one kit atomically: `change` sees the stored kit and returns the new one (or throws to abort). */
    updateKit(id: string, change: (kit: Kit) => Kit): Promise<Kit> {
      return transact([kitKey(id)], ([stored]) => {
        if (!stored) throw new Error(`No kit "${id}" (它可能已被删除)`);
        const next = change(structuredClone(stored as Kit));
        return { writes: [[kitKey(id), next]], result: next };
      }).then((kit) => {
        announce({ kitIds: [id], keys: ['kit'] });
        return kit;
      });
    },
    deleteKit(id: string): Promise<void> {
      return transact(['kits'], ([records]) => ({
        writes: [['kits', ((records as KitRecord[] | undefined) ?? []).filter((r) => r.id !== id)]],
        deletes: [kitKey(id)],
        result: undefined,
      })).then(() => announce({ kitIds: [id], keys: ['kit', 'kits'] }));
    },
    /** Writes several keys at once (restore, undo import): all or nothing. */
    writeMany(entries: { kits?: Kit[]; deleteKits?: string[]; values?: Partial<StoreShape> }): Promise<void> {
      return transact([], () => ({
        writes: [
          ...(entries.kits ?? []).map((k): [string, unknown] => [kitKey(k.id), k]),
          ...Object.entries(entries.values ?? {}),
        ],
        deletes: (entries.deleteKits ?? []).map(kitKey),
        result: undefined,
      })).then(() =>
        announce({
          kitIds: [...(entries.kits ?? []).map((k) => k.id), ...(entries.deleteKits ?? [])],
          keys: ['kit', ...(Object.keys(entries.values ?? {}) as (keyof StoreShape)[])],
        }),
      );
    },
    /**
     * Stores an imported kit, its record (a new kit goes last, enabled) and the undo snapshot (the kit as it was, or
     * null for a new one) in one transaction. `expected` is the updatedAt of the stored kit the import was planned
     * against, null when there was none: if the stored kit is not that one any more, ImportStaleError is thrown and
     * nothing is written.
     */
    importKit(kit: Kit, expected: string | null, at = Date.now()): Promise<void> {
      return transact(['kits', kitKey(kit.id)], ([records, stored]) => {
        const current = stored as Kit | undefined;
        if ((current?.updatedAt ?? null) !== expected) throw new ImportStaleError(kit.id);
        const list = ((records as KitRecord[] | undefined) ?? []).slice();
        const undo: StoreShape['undo-import'] = { kitId: kit.id, before: current ?? null, records: list.slice(), at };
        if (!list.some((r) => r.id === kit.id)) list.push({ id: kit.id, enabled: true, order: list.reduce((n, r) => Math.max(n, r.order + 1), 0) });
        return { writes: [[kitKey(kit.id), kit], ['kits', list], ['undo-import', undo]], result: undefined };
      }).then(() => announce({ kitIds: [kit.id], keys: ['kit', 'kits', 'undo-import'] }));
    },
    /**
     * Puts back the kit the last import changed, as it was (a kit the import created is removed with its record),
     * and forgets the snapshot, in one transaction. Returns what was undone, or null when there was nothing to undo.
     */
    async undoImport(): Promise<{ kitId: string; removed: boolean } | null> {
      const done = await withStore('readwrite', async (store) => {
        const undo = await getIn<StoreShape['undo-import']>(store, 'undo-import');
        if (!undo) return null;
        const records = (await getIn<KitRecord[]>(store, 'kits')) ?? [];
        if (undo.before) {
          store.put(undo.before, kitKey(undo.kitId));
          const old = undo.records.find((r) => r.id === undo.kitId);
          if (old && !records.some((r) => r.id === undo.kitId)) store.put([...records, old], 'kits');
        } else {
          store.delete(kitKey(undo.kitId));
          store.put(records.filter((r) => r.id !== undo.kitId), 'kits');
        }
        store.put(null, 'undo-import');
        return { kitId: undo.kitId, removed: !undo.before };
      });
      if (done) announce({ kitIds: [done.kitId], keys: ['kit', 'kits', 'undo-import'] });
      return done;
    },
    /** Orders the kits as `ids` lists them (kits it leaves out keep their order after those); returns the records. */
    setKitOrder(ids: readonly string[]): Promise<KitRecord[]> {
      return transact(['kits'], ([records]) => {
        const rank = new Map(ids.map((id, i) => [id, i]));
        const list = ((records as KitRecord[] | undefined) ?? [])
          .slice()
          .sort((a, b) => a.order - b.order)
          .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))
          .map((r, order) => ({ ...r, order }));
        return { writes: [['kits', list]], result: list };
      }).then((list) => {
        announce({ keys: ['kits'] });
        return list;
      });
    },
    /** Everything a backup needs, read in one transaction so that it is consistent. */
    dump(): Promise<StoreDump> {
      return withStore('readonly', async (store) => {
        const [meta, records, settings, usage, favourites, trash] = await Promise.all([
          getIn<StoreShape['meta']>(store, 'meta'),
          getIn<KitRecord[]>(store, 'kits'),
          getIn<Settings>(store, 'settings'),
          getIn<StoreShape['usage']>(store, 'usage'),
          getIn<string[]>(store, 'favourites'),
          getIn<TrashEntry[]>(store, 'trash'),
        ]);
        const ordered = (records ?? []).slice().sort((a, b) => a.order - b.order);
        const kits = await Promise.all(ordered.map((r) => getIn<Kit>(store, kitKey(r.id))));
        const present = ordered.filter((_, i) => !!kits[i]);
        return {
          schemaVersion: meta?.schemaVersion ?? 0,
          records: present,
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
     * transaction (all or nothing), and forgets the undo snapshot. The store's meta stays.
     */
    async replaceAll(dump: Omit<StoreDump, 'schemaVersion'>): Promise<void> {
      const removed = await withStore('readwrite', async (store) => {
        const keys = (await promisifyRequest(store.getAllKeys())) as IDBValidKey[];
        const old = keys.filter((k): k is string => typeof k === 'string' && k.startsWith('kit:'));
        const keep = new Set(dump.kits.map((k) => kitKey(k.id)));
        for (const key of old) if (!keep.has(key)) store.delete(key);
        for (const kit of dump.kits) store.put(kit, kitKey(kit.id));
        store.put(dump.records, 'kits');
        store.put(dump.settings, 'settings');
        store.put(dump.usage, 'usage');
        store.put(dump.favourites, 'favourites');
        store.put(dump.trash, 'trash');
        store.put(null, 'undo-import');
        return old.map((key) => key.slice('kit:'.length));
      });
      announce({
        kitIds: [...new Set([...removed, ...dump.kits.map((k) => k.id)])],
        keys: ['kit', 'kits', 'settings', 'usage', 'favourites', 'trash', 'undo-import'],
      });
    },
    async settings(): Promise<Settings> {
      return { ...defaultSettings(), ...(await read('settings')) };
    },
    /** Sets one profile value by blank name (an empty value removes it), in one transaction with the rest of the settings. */
    async setProfileValue(name: string, value: string): Promise<void> {
      await transact(['settings'], ([stored]) => {
        const settings = { ...defaultSettings(), ...(stored as Partial<Settings> | undefined) };
        // Built with fromEntries: a blank named `__proto__` stays a plain key.
        const profile = Object.fromEntries([...Object.entries(settings.profile ?? {}).filter(([k]) => k !== name), ...(value.trim() ? [[name, value.trim()]] : [])]);
        return { writes: [['settings', { ...settings, profile }]], result: undefined };
      });
      announce({ keys: ['settings'] });
    },
    async recordUsage(key: string, now = Date.now()): Promise<void> {
      await transact(['usage'], ([usage]) => {
        const all = { ...((usage as Record<string, UsageRecord> | undefined) ?? {}) };
        // Keys are `kitId/itemId`, so never a bare `__proto__`.
        all[key] = { count: (all[key]?.count ?? 0) + 1, lastUsed: now };
        return { writes: [['usage', all]], result: undefined };
      });
    },
    async setFavourite(key: string, on: boolean): Promise<void> {
      await transact(['favourites'], ([favourites]) => {
        const set = new Set((favourites as string[] | undefined) ?? []);
        if (on) set.add(key);
        else set.delete(key);
        return { writes: [['favourites', [...set]]], result: undefined };
      });
      announce({ keys: ['favourites'] });
    },
    close(): void {
      channel?.close();
    },
  };
  return api;
}

/** The store's interface, as used across the extension. */
export type KitStore = ReturnType<typeof createKitStore>;
