import { FORMAT_NAME, FORMAT_VERSION, type Kit, type KitItem, sameContent } from '../../../../content-kit';
import { STORE_CHANNEL, type KitStore, type StoreChange } from '../../../../utils/store/create-kit-store';
import { defaultSettings, type KitRecord, type Settings, type TrashEntry } from '../../../../utils/store/store-schema';
import { Emitter, type Event } from './emitter';
import { freshId } from './fresh-id';
import { ItemConflictError, ItemMissingError } from './item-errors';
import { nextStamp } from './next-stamp';

/** What changed; `remote` when another tab (or the background) wrote it. */
export interface DataChange {
  kitIds: ReadonlySet<string>;
  records: boolean;
  trash: boolean;
  settings: boolean;
  remote: boolean;
}

/** An item's kit-level fields a kit editor may change. */
export type KitMeta = Omit<Kit, 'items' | 'calendar' | 'format' | 'formatVersion' | 'id'>;

const KIND_PREFIX: Record<KitItem['kind'], string> = { topic: 'topic', slogan: 'slogan', story: 'story', script: 'script' };

/**
 * The studio's view of the store: every kit in memory, kept current with other tabs through the store's
 * BroadcastChannel, and the operations the studio performs on items, kits and the trash. Every item save goes
 * through `store.updateKit` and is refused when the stored item is not the one the caller loaded.
 */
export function createStudioData(store: KitStore, options: { listen?: boolean } = {}) {
  const kits = new Map<string, Kit>();
  const itemMaps = new WeakMap<Kit, Map<string, KitItem>>();
  let records: KitRecord[] = [];
  let trash: TrashEntry[] = [];
  let settings: Settings = defaultSettings();
  const changed = new Emitter<DataChange>();
  const channel = options.listen !== false && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(STORE_CHANNEL) : null;

  const fire = (change: Partial<Omit<DataChange, 'kitIds'>> & { kitIds?: Iterable<string> }) =>
    changed.fire({
      kitIds: new Set(change.kitIds ?? []),
      records: change.records ?? false,
      trash: change.trash ?? false,
      settings: change.settings ?? false,
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

  // Remote changes arrive in bursts (one message per write): collect them and reload once.
  let pending: { kitIds: Set<string>; records: boolean; trash: boolean; settings: boolean } | null = null;
  const reloadSoon = (change: StoreChange) => {
    if (!pending) {
      pending = { kitIds: new Set(), records: false, trash: false, settings: false };
      setTimeout(() => void flushRemote(), 30);
    }
    for (const id of change.kitIds ?? []) pending.kitIds.add(id);
    if (change.keys.includes('kits')) pending.records = true;
    if (change.keys.includes('trash')) pending.trash = true;
    if (change.keys.includes('settings')) pending.settings = true;
  };
  const flushRemote = async () => {
    const work = pending;
    pending = null;
    if (!work) return;
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
    fire({ ...work, kitIds: ids, remote: true });
  };
  if (channel) channel.onmessage = (event: MessageEvent<StoreChange>) => event.data?.type === 'changed' && reloadSoon(event.data);

  const setKit = (kit: Kit) => {
    kits.set(kit.id, kit);
    return kit;
  };

  const api = {
    /** Loads everything once (running the store's migrations first, in case the background has not yet). */
    async load(): Promise<void> {
      await store.ready();
      const [recs, all, storedTrash, storedSettings] = await Promise.all([store.kitRecords(), store.getKits(), store.read('trash'), store.settings()]);
      records = recs;
      kits.clear();
      for (const kit of all) kits.set(kit.id, kit);
      trash = storedTrash ?? [];
      settings = storedSettings;
    },
    onDidChange: changed.event as Event<DataChange>,
    /** Kits in the order of their records (disabled ones too). */
    kits: (): Kit[] => records.map((r) => kits.get(r.id)).filter((k): k is Kit => !!k),
    records: (): KitRecord[] => records,
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
        if (error instanceof Error && /^No kit /.test(error.message)) throw new ItemMissingError(kitId, item.id);
        throw error;
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

    /** Moves an item to the trash: the trash entry is written first, so a crash in between leaves a copy, never nothing. */
    async trashItem(kitId: string, itemId: string): Promise<TrashEntry> {
      const fresh = await store.getKit(kitId);
      const value = fresh?.items.find((i) => i.id === itemId);
      if (!value) throw new ItemMissingError(kitId, itemId);
      const entry: TrashEntry = { kitId, kind: 'item', value, deletedAt: Date.now() };
      trash = [...((await store.read('trash')) ?? []), entry];
      await store.write('trash', trash);
      const kit = await store.updateKit(kitId, (stored) => {
        const removed = stored.items.find((i) => i.id === itemId);
        if (removed && removed !== value && !sameContent(removed, value)) entry.value = removed;
        stored.items = stored.items.filter((i) => i.id !== itemId);
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      });
      if (entry.value !== value) await store.write('trash', trash);
      setKit(kit);
      fire({ kitIds: [kitId], trash: true });
      return entry;
    },

    /** Puts a trashed item back into its kit (under a new id if the old one is taken again); returns where it went. */
    async restoreTrash(entry: TrashEntry): Promise<{ kitId: string; itemId: string }> {
      if (entry.kind !== 'item') throw new Error('Only items are restored here');
      if (!kits.has(entry.kitId)) throw new Error(`No kit "${entry.kitId}"`);
      const item = entry.value as KitItem;
      let itemId = item.id;
      const kit = await store.updateKit(entry.kitId, (stored) => {
        const taken = new Set(stored.items.map((i) => i.id));
        if (taken.has(itemId)) itemId = freshId(itemId.slice(0, 20), taken);
        stored.items.push({ ...item, id: itemId, updatedAt: nextStamp(item.updatedAt) });
        stored.updatedAt = nextStamp(stored.updatedAt);
        return stored;
      });
      setKit(kit);
      trash = ((await store.read('trash')) ?? []).filter((e) => !(e.kitId === entry.kitId && e.deletedAt === entry.deletedAt && e.value.id === item.id));
      await store.write('trash', trash);
      fire({ kitIds: [entry.kitId], trash: true });
      return { kitId: entry.kitId, itemId };
    },

    /** Deletes trash entries for good (all of them without an argument). */
    async purgeTrash(entries?: readonly TrashEntry[]): Promise<void> {
      const drop = entries ? new Set(entries.map((e) => `${e.kitId}\u0000${e.value.id}\u0000${e.deletedAt}`)) : null;
      trash = drop ? ((await store.read('trash')) ?? []).filter((e) => !drop.has(`${e.kitId}\u0000${e.value.id}\u0000${e.deletedAt}`)) : [];
      await store.write('trash', trash);
      fire({ trash: true });
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
        if (clash.length) throw Object.assign(new Error(`Changed elsewhere: ${clash.join(', ')}`), { name: 'KitConflictError', fields: clash });
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
      fire({ kitIds: kits.keys(), records: true, trash: true, settings: true });
    },

    /** Whether a kit feeds the sidebar. */
    async setKitEnabled(kitId: string, enabled: boolean): Promise<void> {
      const stored = (await store.read('kits')) ?? [];
      records = stored.map((r) => (r.id === kitId ? { ...r, enabled } : r)).sort((a, b) => a.order - b.order);
      await store.write('kits', records);
      fire({ records: true });
    },

    /** Orders the kits that feed the sidebar as `ids` lists them (one write of the records). */
    async setKitOrder(ids: readonly string[]): Promise<void> {
      records = await store.setKitOrder(ids);
      fire({ records: true });
    },

    async saveSettings(patch: Partial<Settings>): Promise<void> {
      settings = { ...(await store.settings()), ...patch };
      await store.write('settings', settings);
      fire({ settings: true });
    },

    close(): void {
      channel?.close();
    },
  };
  return api;
}

/** The studio's data service. */
export type StudioData = ReturnType<typeof createStudioData>;
