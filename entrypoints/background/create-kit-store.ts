import { createStore, get, getMany, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import type { Kit, UsageRecord } from '../../content-kit';
import { runMigrations } from './run-migrations';
import { defaultSettings, type KitRecord, type Settings, type StoreShape } from './store-schema';

/** Posted on this channel after every write, so the background and other studio tabs can refresh. */
export const STORE_CHANNEL = 'community-kit-store';
export interface StoreChange {
  type: 'changed';
  /** Kits whose content changed; absent when only records, settings or usage changed. */
  kitIds?: string[];
  keys: (keyof StoreShape | 'kit')[];
}

const kitKey = (id: string) => `kit:${id}`;

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
export function createKitStore(options: { dbName?: string; notify?: boolean } = {}) {
  const db: UseStore = createStore(options.dbName ?? 'community-kit', 'store');
  const channel = options.notify !== false && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(STORE_CHANNEL) : null;
  let ready: Promise<void> | null = null;

  const announce = (change: Omit<StoreChange, 'type'>) => channel?.postMessage({ type: 'changed', ...change } satisfies StoreChange);
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
    async settings(): Promise<Settings> {
      return { ...defaultSettings(), ...(await read('settings')) };
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
