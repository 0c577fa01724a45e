import type { KitItem } from '../../content-kit';
import type { Settings, StoreShape } from './store-schema';

/** The BroadcastChannel on which every store write is announced, once, with what it changed. */
export const STORE_CHANNEL = 'community-kit-store';

/** The items of one kit a write changed (added or edited) and removed. */
export interface KitItemsChange {
  kitId: string;
  changed: string[];
  removed: string[];
  /** The kit's calendar changed. */
  calendar?: boolean;
  /** The kit's own fields (name, locale, …) changed. */
  meta?: boolean;
  /** The changed items themselves, when they are few. */
  values?: KitItem[];
}

/** What one write changed. A kit in `kitIds` without an entry in `items` may have changed in any way. */
export interface StoreChange {
  type: 'changed';
  /** Unique per write, so a change heard twice (channel and wake-up message) is applied once. */
  id: string;
  /** Kits whose content changed or that were stored or removed. */
  kitIds?: string[];
  items?: KitItemsChange[];
  keys: (keyof StoreShape | 'kit')[];
  /** Settings fields written, when `keys` has `settings`. */
  settings?: (keyof Settings)[];
  /** Favourite keys toggled, when `keys` has `favourites`. */
  favourites?: string[];
  /** Use-history keys recorded, when `keys` has `usage`. */
  usage?: string[];
}

/** A change being described, before it gets its id. */
export type ChangeDraft = Omit<StoreChange, 'type' | 'id'>;

/** Gives a described change its id. */
export function stampChange(draft: ChangeDraft): StoreChange {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return { type: 'changed', id, ...draft };
}

/** Whether a message heard on the channel is a store change. */
export function isStoreChange(value: unknown): value is StoreChange {
  return typeof value === 'object' && value !== null && (value as StoreChange).type === 'changed' && Array.isArray((value as StoreChange).keys);
}
