import { FORMAT_NAME, FORMAT_VERSION, type Kit, type KitItem, sameContent, itemKey } from '../../../../content-kit';
import type { KitStore } from '../../../../utils/store/create-kit-store';
import { freshId } from '../../../../utils/store/fresh-id';
import { nextStamp } from '../../../../utils/store/next-stamp';
import { ItemConflictError, ItemMissingError, KitConflictError, KitNotFoundError } from '../../../../utils/store/store-errors';
import { defaultSettings, type ImportRecord, type KitRecord, type Settings, type TrashEntry } from '../../../../utils/store/store-schema';
import { trashRef } from '../../../../utils/store/trash-writes';
import { batchRemoteChanges, type RemoteBatch } from './batch-remote-changes';
import { Emitter, type Event } from './emitter';

/** What changed; `remote` when another tab (or the background) wrote it. */
export interface DataChange {
  kitIds: ReadonlySet<string>;
  records: boolean;
  trash: boolean;
  settings: boolean;
  /** The list of undoable imports changed. */
  imports: boolean;
  /** The favourite items changed. */
  favourites: boolean;
  remote: boolean;
}

/** An item's kit-level fields a kit editor may change. */
export type KitMeta = Omit<Kit, 'items' | 'calendar' | 'format' | 'formatVersion' | 'id'>;

const KIND_PREFIX: Record<KitItem['kind'], string> = { topic: 'topic', slogan: 'slogan', story: 'story', script: 'script' };

/**
 * The studio's view of the store: every kit in memory, kept current with other tabs through the store's
 * BroadcastChannel, and the operations the studio performs on items, kits and the trash. Every read-modify-write is
 * one store transaction (two tabs writing at once lose nothing); an item save is refused when the stored item is not
 * the one the caller loaded.
 */
export function createStudioData(store: KitStore, options: { listen?: boolean } = {}) {
  const kits = new Map<string, Kit>();
  const itemMaps = new WeakMap<Kit, Map<string, KitItem>>();
  let records: KitRecord[] = [];
  let trash: TrashEntry[] = [];
  let settings: Settings = defaultSettings();
  let imports: ImportRecord[] = [];
  let favourites = new Set<string>();
  const changed = new Emitter<DataChange>();

  const fire = (change: Partial<Omit<DataChange, 'kitIds'>> & { kitIds?: Iterable<string> }) =>
    changed.fire({
      kitIds: new Set(change.kitIds ?? []),
      records: change.records ?? false,
      trash: change.trash ?? false,
      settings: change.settings ?? false,
      imports: change.imports ?? false,
      favourites: change.favourites ?? false,
      remote: change.remote ?? false,
    });

  const itemsOf = (kit: Kit): Map<string, KitItem> => {
    let map = itemMaps.get(kit);
    if (!map) {
      map = new Map(kit.items.map((i) => [i.id, i]));
      itemMaps.set(kit, map);
    }
    return map;
  };

  const flushRemote = async (work: RemoteBatch) => {
    if (work.records) records = await store.kitRecords();
    const ids = new Set(work.kitIds);
    if (work.records) for (const r of records) if (!kits.has(r.id)) ids.add(r.id);
    for (const id of ids) {
      const kit = await store.getKit(id);
      if (kit && records.some((r) => r.id === id)) kits.set(id, kit);
      else kits.delete(id);
    }
    if (work.trash) trash = (await store.read('trash')) ?? [];
    if (work.settings) settings = await store.settings();
    if (work.imports) imports = await store.imports();
    if (work.favourites) favourites = new Set((await store.read('favourites')) ?? []);
    fire({ ...work, kitIds: ids, remote: true });
  };
  const remote = options.listen !== false ? batchRemoteChanges(store, (batch) => void flushRemote(batch)) : null;

  const setKit = (kit: Kit) => {
    kits.set(kit.id, kit);
    return kit;
  };

  const shown = () => records.filter((r) => !r.hidden);

  const api = {
    /** The one store connection of this page (the import fallback and undo use it too). */
    store,
    /** Loads everything once (running the store's migrations first, in case the background has not yet). */
    async load(): Promise<void> {
      await store.ready();
      const [recs, all, storedTrash, storedSettings, storedImports, storedFavourites] = await Promise.all([
        store.kitRecords(),
        store.getKits(),
        store.read('trash'),
        store.settings(),
        store.imports(),
        store.read('favourites'),
      ]);
      favourites = new Set(storedFavourites ?? []);
      records = recs;
      kits.clear();
      for (const kit of all) kits.set(kit.id, kit);
      trash = storedTrash ?? [];
      settings = storedSettings;
      imports = storedImports;
    },
    onDidChange: changed.event as Event<DataChange>,
    /** Kits in the order of their records (disabled ones too). */
    kits: (): Kit[] => shown().map((r) => kits.get(r.id)).filter((k): k is Kit => !!k),
    /** The records of the kits shown (a deleted built-in kit is hidden). */
    records: (): KitRecord[] => shown(),
    /** Kits deleted but only hidden (the built-in kit), for "show the starter kit again". */
    hiddenKits: (): KitRecord[] => records.filter((r) => r.hidden),
    /** The imports that can still be undone, newest first. */
    imports: (): ImportRecord[] => imports,
    record: (id: string) => records.find((r) => r.id === id),
    kit: (id: string): Kit | undefined => kits.get(id),
    item(kitId: string, itemId: string): KitItem | undefined {
      const kit = kits.get(kitId);
      return kit ? itemsOf(kit).get(itemId) : undefined;
    },
    trash: (): TrashEntry[] => trash,
    settings: (): Settings => settings,

    /**
     * Saves an item over the stored one, but only if the stored one still has `base` as its updatedAt (the
     * version the caller loaded); otherwise throws ItemConflictError with the stored item and writes nothing.
     */
    async saveItem(kitId: string, item: KitItem, base: string | undefined): Promise<KitItem> {
      let saved: KitItem | undefined;
      const kit = await store.updateKit(kitId, (stored) => {
        const i = stored.items.findIndex((x) => x.id === item.id);
        if (i < 0) throw new ItemMissingError(kitId, item.id);
        const current = stored.items[i]!;
        if (current.updatedAt !== base) throw new ItemConflictError(current);
        saved = { ...item, updatedAt: nextStamp(base) };
        stored.items[i] = saved;
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      }).catch((error: unknown) => {
        throw error instanceof KitNotFoundError ? new ItemMissingError(kitId, item.id) : error;
      });
      setKit(kit);
      fire({ kitIds: [kitId] });
      return saved!;
    },

    /** Adds a new item to a kit with a fresh id; returns it as stored. */
    async createItem(kitId: string, draft: Omit<KitItem, 'id'> & { id?: string }): Promise<KitItem> {
      let created: KitItem | undefined;
      const kit = await store.updateKit(kitId, (stored) => {
        const taken = new Set(stored.items.map((i) => i.id));
        const id = draft.id && !taken.has(draft.id) ? draft.id : freshId(KIND_PREFIX[draft.kind], taken);
        created = { ...draft, id, updatedAt: nextStamp(undefined) };
        stored.items.push(created);
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      });
      setKit(kit);
      fire({ kitIds: [kitId] });
      return created!;
    },

    /** Moves an item to the trash, in one transaction with its removal from the kit. */
    async trashItem(kitId: string, itemId: string): Promise<TrashEntry> {
      const { entry, kit } = await store.trashItem(kitId, itemId);
      setKit(kit);
      trash = [...trash, entry];
      fire({ kitIds: [kitId], trash: true });
      return entry;
    },

    /** Puts a trashed item, entry or kit back (an item under a new id if the old one is taken again); returns where it went. */
    async restoreTrash(entry: TrashEntry): Promise<{ kitId: string; itemId: string }> {
      const done = await store.restoreTrash(trashRef(entry));
      await api.reloadParts({ kitIds: [done.kitId], records: entry.kind === 'kit', trash: true });
      return { kitId: done.kitId, itemId: done.id };
    },

    /** Deletes trash entries for good (all of them without an argument). */
    async purgeTrash(entries?: readonly TrashEntry[]): Promise<void> {
      await store.purgeTrash(entries?.map(trashRef));
      await api.reloadParts({ trash: true });
    },

    /** Empties trash entries older than 30 days (once, when the studio opens). */
    async emptyExpiredTrash(): Promise<void> {
      if (await store.purgeExpiredTrash()) await api.reloadParts({ trash: true });
    },

    /** Deletes a kit to the trash with everything in it (the built-in kit is only hidden); returns whether it was hidden. */
    async trashKit(kitId: string): Promise<{ hidden: boolean }> {
      const done = await store.trashKit(kitId);
      await api.reloadParts({ kitIds: [kitId], records: true, trash: true, imports: true });
      return done;
    },

    /** Shows the hidden built-in kit again. */
    async showKit(kitId: string): Promise<void> {
      records = await store.showKit(kitId);
      fire({ kitIds: [kitId], records: true });
    },

    /** Reads parts of the store again after a write that changed more than one kit's content, and says so. */
    async reloadParts(parts: { kitIds?: string[]; records?: boolean; trash?: boolean; imports?: boolean }): Promise<void> {
      if (parts.records) records = await store.kitRecords();
      for (const id of parts.kitIds ?? []) {
        const kit = await store.getKit(id);
        if (kit) kits.set(id, kit);
        else kits.delete(id);
      }
      if (parts.trash) trash = (await store.read('trash')) ?? [];
      if (parts.imports) imports = await store.imports();
      fire({ ...parts });
    },

    /** Copies an item into another kit, then removes the original (so a failure in between duplicates, never loses). */
    async moveItem(fromKitId: string, itemId: string, toKitId: string): Promise<KitItem> {
      if (fromKitId === toKitId) throw new Error('Same kit');
      const fresh = await store.getKit(fromKitId);
      const item = fresh?.items.find((i) => i.id === itemId);
      if (!item) throw new ItemMissingError(fromKitId, itemId);
      const moved = await api.createItem(toKitId, item);
      const kit = await store.updateKit(fromKitId, (stored) => {
        stored.items = stored.items.filter((i) => i.id !== itemId);
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      });
      setKit(kit);
      fire({ kitIds: [fromKitId, toKitId] });
      return moved;
    },

    /** A copy of an item in the same kit, titled as a copy. */
    async duplicateItem(kitId: string, itemId: string, copyTitle: (title: string) => string): Promise<KitItem> {
      const item = api.item(kitId, itemId);
      if (!item) throw new ItemMissingError(kitId, itemId);
      const { id: _id, ...rest } = item;
      return api.createItem(kitId, { ...rest, title: [...copyTitle(item.title)].slice(0, 200).join('') });
    },

    /** A new empty kit, last in order and feeding the sidebar. */
    async createKit(name: string): Promise<Kit> {
      const taken = new Set(kits.keys());
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
      const id = slug && !taken.has(slug) ? slug.slice(0, 64) : freshId(slug || 'kit', taken);
      const kit: Kit = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, id, name, version: '1.0.0', locale: 'zh-CN', timezone: 'Asia/Shanghai', updatedAt: nextStamp(undefined), items: [] };
      await store.putKit(kit);
      setKit(kit);
      records = await store.kitRecords();
      fire({ kitIds: [id], records: true });
      return kit;
    },

    /**
     * Writes changed kit fields. Each field is compared with the value the caller loaded (`base`); a field someone
     * else changed meanwhile is refused with an error naming it, and nothing is written.
     */
    async saveKitMeta(kitId: string, patch: Partial<KitMeta>, base: Partial<KitMeta>): Promise<Kit> {
      const kit = await store.updateKit(kitId, (stored) => {
        const record = stored as unknown as Record<string, unknown>;
        const clash = Object.keys(patch).filter((k) => !sameContent(record[k], (base as Record<string, unknown>)[k]));
        if (clash.length) throw new KitConflictError(clash);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined) delete record[k];
          else record[k] = v;
        }
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      });
      setKit(kit);
      fire({ kitIds: [kitId] });
      return kit;
    },

    /**
     * Changes a kit in one store transaction (calendar entries, imports): `change` gets the stored kit and
     * returns the new one, or throws to write nothing. The kit's updatedAt is advanced.
     */
    async updateKit(kitId: string, change: (kit: Kit) => Kit): Promise<Kit> {
      const kit = await store.updateKit(kitId, (stored) => {
        const next = change(stored);
        return { ...next, updatedAt: nextStamp(stored.updatedAt) };
      });
      setKit(kit);
      fire({ kitIds: [kitId] });
      return kit;
    },

    /** Reads everything again from the store (after a restore writes many keys at once). */
    async reload(): Promise<void> {
      await api.load();
      fire({ kitIds: kits.keys(), records: true, trash: true, settings: true, imports: true });
    },

    /** Whether a kit feeds the sidebar. */
    async setKitEnabled(kitId: string, enabled: boolean): Promise<void> {
      records = await store.setKitEnabled(kitId, enabled);
      fire({ records: true });
    },

    /** Orders the kits that feed the sidebar as `ids` lists them. */
    async setKitOrder(ids: readonly string[]): Promise<void> {
      records = await store.setKitOrder(ids);
      fire({ records: true });
    },

    /** Saves the given settings fields (another tab's save of other fields is kept). */
    async saveSettings(patch: Partial<Settings>): Promise<void> {
      settings = await store.saveSettings(patch);
      fire({ settings: true });
    },

    /** Whether an item is a favourite (suggested first in the sidebar). */
    isFavourite: (kitId: string, itemId: string) => favourites.has(itemKey(kitId, itemId)),
    async setFavourite(kitId: string, itemId: string, on: boolean): Promise<void> {
      favourites = new Set(await store.setFavourite(itemKey(kitId, itemId), on));
      fire({ favourites: true });
    },

    /** Sets one platform target's length limit (null: the built-in one). */
    async setLimit(targetId: string, limit: number | null): Promise<void> {
      settings = await store.setLimit(targetId, limit);
      fire({ settings: true });
    },

    close(): void {
      remote?.close();
    },
  };
  return api;
}

/** The studio's data service. */
export type StudioData = ReturnType<typeof createStudioData>;
