import { createStore, promisifyRequest } from 'idb-keyval';
import { kitFormatVersion, type Kit } from '../../content-kit';
import type { ChangeDraft } from './store-change';
import { StorageFullError } from './store-errors';
import type { KitRecord, StoreShape } from './store-schema';

/** Where a kit is stored: each kit whole under its own key. */
export const kitKey = (id: string) => `kit:${id}`;

/** One open transaction over the store's keys. Writes are queued on it and commit together or not at all. */
export interface StoreTx {
  get<K extends keyof StoreShape>(key: K): Promise<StoreShape[K] | undefined>;
  getRaw<T>(key: string): Promise<T | undefined>;
  put<K extends keyof StoreShape>(key: K, value: StoreShape[K]): void;
  putRaw(key: string, value: unknown): void;
  delete(key: string): void;
  keys(): Promise<string[]>;
  /** The kit records in order. */
  records(): Promise<KitRecord[]>;
  kit(id: string): Promise<Kit | undefined>;
  /** Stores a kit whole, with the formatVersion its fields need (a version 2 field in a kit marked 1 would be lost). */
  putKit(kit: Kit): Kit;
}

/** What a write did: its result, and the change to announce (null when nothing changed). */
export interface Written<T> {
  result: T;
  change: ChangeDraft | null;
}

/** A storage error in words a person can act on (quota, a closed database, a refused write). */
function explain(error: unknown): Error {
  if ((error as { name?: string })?.name === 'QuotaExceededError') return new StorageFullError();
  return error instanceof Error ? error : new Error(String(error));
}

/** Opens the store's database; `run` does one transaction, aborting it (so nothing stays) when `work` throws. */
export function openStoreDb(name: string) {
  const db = createStore(name, 'store');
  return {
    run<T>(mode: IDBTransactionMode, work: (tx: StoreTx) => Promise<T>): Promise<T> {
      const attempt = db(mode, async (store) => {
        const getRaw = <V>(key: string) => promisifyRequest(store.get(key)) as Promise<V | undefined>;
        const tx: StoreTx = {
          get: (key) => getRaw(key),
          getRaw,
          put: (key, value) => void store.put(value, key),
          putRaw: (key, value) => void store.put(value, key),
          delete: (key) => void store.delete(key),
          keys: async () => ((await promisifyRequest(store.getAllKeys())) as IDBValidKey[]).filter((k): k is string => typeof k === 'string'),
          records: async () => ((await getRaw<KitRecord[]>('kits')) ?? []).slice().sort((a, b) => a.order - b.order),
          kit: (id) => getRaw<Kit>(kitKey(id)),
          putKit(kit) {
            const stored = { ...kit, formatVersion: kitFormatVersion(kit) };
            store.put(stored, kitKey(kit.id));
            return stored;
          },
        };
        try {
          const result = await work(tx);
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
      });
      return attempt.catch((error: unknown) => {
        throw explain(error);
      });
    },
  };
}
