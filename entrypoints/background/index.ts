import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isSiteUrl, SITE_MATCHES } from '../../sites/site-hosts';
import { captureSelection } from './capture-selection';
import { createKitStore } from '../../utils/store/create-kit-store';
import { isStoreChange, STORE_CHANNEL } from '../../utils/store/store-change';
import { createRouter } from '../../utils/messaging/create-router';
import { createSnapshotService } from './create-snapshot-service';
import { sendMessage } from '../../utils/messaging/send-message';

const SAVE_MENU_ID = 'ck-save-selection';

// Wires the services; every listener is registered synchronously so a woken service worker gets its event.
export default defineBackground(() => {
  // The background's own writes (usage, favourites from a tab, calendar status, capture) reach the snapshot directly.
  const store = createKitStore({ onChange: (change) => void snapshots.changed(change) });
  const snapshots = createSnapshotService(store);
  const changed = () => void snapshots.invalidate();

  // Every other context's writes arrive on the store's channel (see utils/store/README.md).
  new BroadcastChannel(STORE_CHANNEL).onmessage = (event: MessageEvent<unknown>) => {
    if (isStoreChange(event.data)) void snapshots.changed(event.data);
  };

  const openStudio = async (itemKey?: string) => {
    const url = `${browser.runtime.getURL('/options.html')}${itemKey ? `#item=${encodeURIComponent(itemKey)}` : ''}`;
    await browser.tabs.create({ url });
  };

  const toggleIn = async (tab: { id?: number; url?: string } | undefined) => {
    if (tab?.id !== undefined && isSiteUrl(tab.url)) {
      try {
        await sendMessage('sidebar.toggle', {}, tab.id);
        return;
      } catch {
        // No content script in that tab yet (it was open before install): the studio is the useful answer.
      }
    }
    await openStudio();
  };

  browser.runtime.onMessage.addListener(
    createRouter({
      ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
      'snapshot.get': ({ have }) => snapshots.since(have),
      'usage.record': async ({ key }) => {
        await store.recordUsage(key);
        return { ok: true };
      },
      'favourite.set': async ({ key, on }) => {
        await store.setFavourite(key, on);
        return { ok: true };
      },
      'calendar.setStatus': async ({ kitId, entryId, status }) => {
        await store.updateKit(kitId, (kit) => ({
          ...kit,
          calendar: (kit.calendar ?? []).map((e) => (e.id === entryId ? { ...e, status, updatedAt: new Date().toISOString() } : e)),
        }));
        return { ok: true };
      },
      // A studio page's write, sent to wake a stopped worker (which missed it on the channel): applied once, by id.
      'store.changed': async ({ change }) => {
        if (isStoreChange(change)) await snapshots.changed(change);
        else changed();
        return { ok: true };
      },
      'studio.open': async ({ itemKey }) => {
        await openStudio(itemKey);
        return { ok: true };
      },
    }),
  );

  browser.runtime.onInstalled.addListener(() => {
    void store.ready().then(changed);
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: browser.i18n.getMessage('contextSaveToKit'),
        contexts: ['selection'],
        documentUrlPatterns: SITE_MATCHES,
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || !info.selectionText) return;
    void captureSelection(store, { text: info.selectionText, url: info.pageUrl ?? tab?.url, pageTitle: tab?.title });
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await toggleIn(tab);
  });

  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => void toggleIn(tab));
});
