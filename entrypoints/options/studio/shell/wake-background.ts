import { sendMessage } from '../../../../utils/messaging/send-message';
import type { StoreChange } from '../../../../utils/store/store-change';

/**
 * Tells the background what the store changed. Its BroadcastChannel hears the studio's writes only while the
 * service worker runs; this message also wakes a stopped one (it applies each change once, by its id).
 */
export function wakeBackground(change: StoreChange): void {
  void sendMessage('store.changed', { change }).catch(() => undefined);
}
