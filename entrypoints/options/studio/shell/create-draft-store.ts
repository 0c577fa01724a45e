import { itemKey } from '../../../../content-kit';
/** Where unsaved item text waits when the kit store refuses it. */
export const DRAFTS_KEY = 'community-kit.studio.drafts';

/** Text not yet in the kit store, with the stored version it was based on. */
export interface Draft {
  kitId: string;
  itemId: string;
  base: string | undefined;
  value: unknown;
  at: number;
}


/**
 * A last-resort copy of unsaved edits in localStorage: written while a save is pending or has failed, removed once
 * the store has it. A reload offers it back, so a crash or a full disk does not lose the text.
 */
export function createDraftStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
  const read = (): Map<string, Draft> => {
    try {
      const raw = storage?.getItem(DRAFTS_KEY);
      const list = raw ? (JSON.parse(raw) as Draft[]) : [];
      return new Map(Array.isArray(list) ? list.map((d) => [itemKey(d.kitId, d.itemId), d]) : []);
    } catch {
      return new Map();
    }
  };
  const write = (drafts: Map<string, Draft>): boolean => {
    try {
      storage?.setItem(DRAFTS_KEY, JSON.stringify([...drafts.values()]));
      return true;
    } catch {
      return false;
    }
  };
  return {
    get: (kitId: string, itemId: string): Draft | undefined => read().get(itemKey(kitId, itemId)),
    /** Keeps a draft; false when localStorage refused it too. */
    put(draft: Omit<Draft, 'at'>): boolean {
      const drafts = read();
      drafts.set(itemKey(draft.kitId, draft.itemId), { ...draft, at: Date.now() });
      return write(drafts);
    },
    remove(kitId: string, itemId: string): void {
      const drafts = read();
      if (drafts.delete(itemKey(kitId, itemId))) write(drafts);
    },
  };
}

/** The draft store's interface. */
export type DraftStore = ReturnType<typeof createDraftStore>;
