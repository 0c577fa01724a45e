import { BUILTIN_KIT_ID, builtinKit, compareSemver, mergeKits, type Kit } from '../../content-kit';
import { defaultSettings, STORE_SCHEMA_VERSION, type KitRecord, type StoreShape } from './store-schema';

/** The part of the store that migrations use, declared here so that the store and its migrations do not import each other. */
export interface MigrationStore {
  read<K extends keyof StoreShape>(key: K): Promise<StoreShape[K] | undefined>;
  write<K extends keyof StoreShape>(key: K, value: StoreShape[K]): Promise<void>;
  kitRecords(): Promise<KitRecord[]>;
  getKit(id: string): Promise<Kit | undefined>;
  updateKit(id: string, change: (kit: Kit) => Kit): Promise<Kit>;
  writeKits(kits: readonly Kit[], records?: KitRecord[]): Promise<void>;
}

type Migration = (store: MigrationStore) => Promise<void>;

/** One step per schema version, from the first release on. Index 0 takes an empty store to version 1. */
const MIGRATIONS: Migration[] = [
  async (store) => {
    // The built-in kit goes first; a kit stored before this ran (an import racing the install) keeps its place after it.
    const others = (await store.kitRecords()).filter((r) => r.id !== BUILTIN_KIT_ID).map((r, i) => ({ ...r, order: i + 1 }));
    const records = [{ id: BUILTIN_KIT_ID, enabled: true, order: 0, builtin: true }, ...others];
    await store.writeKits([builtinKit()], records);
    await store.write('settings', { ...defaultSettings(), ...(await store.read('settings')) });
  },
  async (store) => {
    // Version 2 keeps several undoable imports; the one old snapshot has no record of the kit just after its import
    // (so what undoing it would discard cannot be told): it is dropped rather than risk an edit.
    await store.write('imports', []);
    await store.write('undo-import', null);
  },
];

/**
 * Brings stored data to the current schema version, then refreshes the built-in kit when the product ships a
 * newer one (merged, so the user's later edits of built-in items stay). Data from a newer version is left alone.
 */
export async function runMigrations(store: MigrationStore): Promise<void> {
  const meta = await store.read('meta');
  let version = meta?.schemaVersion ?? 0;
  if (version > STORE_SCHEMA_VERSION) return;
  while (version < STORE_SCHEMA_VERSION) {
    await MIGRATIONS[version]!(store);
    version++;
    await store.write('meta', { schemaVersion: version, installedAt: meta?.installedAt ?? Date.now() });
  }
  const stored = await store.getKit(BUILTIN_KIT_ID);
  const shipped = builtinKit();
  if (stored && compareSemver(shipped.version, stored.version) > 0) {
    await store.updateKit(BUILTIN_KIT_ID, (kit) => mergeKits(kit, shipped).kit);
  }
}
