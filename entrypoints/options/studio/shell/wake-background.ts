import { sendMessage } from '../../../../utils/messaging/send-message';

/**
 * Tells the background that the store changed. Its BroadcastChannel hears the studio's writes only while the
 * service worker runs; a message also wakes a stopped one, so the sidebar's snapshot is republished either way.
 */
export function wakeBackground(): void {
  void sendMessage('store.changed', {}).catch(() => undefined);
}
