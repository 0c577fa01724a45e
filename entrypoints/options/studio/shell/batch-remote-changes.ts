import type { KitStore } from '../../../../utils/store/create-kit-store';
import { isStoreChange, STORE_CHANNEL, type StoreChange } from '../../../../utils/store/store-change';

/** What other tabs, the worker or the background wrote during one short burst. */
export interface RemoteBatch {
  kitIds: Set<string>;
  records: boolean;
  trash: boolean;
  settings: boolean;
  imports: boolean;
  favourites: boolean;
}

/**
 * Listens on the store's channel for writes made elsewhere (this page's own are skipped) and hands them over in
 * batches: remote changes arrive in bursts, one message per write, and are read back once per burst.
 */
export function batchRemoteChanges(store: KitStore, onBatch: (batch: RemoteBatch) => void, delay = 30): { close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { close() {} };
  const channel = new BroadcastChannel(STORE_CHANNEL);
  let pending: RemoteBatch | null = null;
  const add = (change: StoreChange) => {
    if (store.isOwn(change)) return;
    if (!pending) {
      pending = { kitIds: new Set(), records: false, trash: false, settings: false, imports: false, favourites: false };
      setTimeout(() => {
        const batch = pending!;
        pending = null;
        onBatch(batch);
      }, delay);
    }
    for (const id of change.kitIds ?? []) pending.kitIds.add(id);
    const keys = new Set(change.keys);
    pending.records ||= keys.has('kits');
    pending.trash ||= keys.has('trash');
    pending.settings ||= keys.has('settings');
    pending.imports ||= keys.has('imports');
    pending.favourites ||= keys.has('favourites');
  };
  channel.onmessage = (event: MessageEvent<unknown>) => void (isStoreChange(event.data) && add(event.data));
  return { close: () => channel.close() };
}
