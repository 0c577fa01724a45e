import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isSiteUrl, SITE_MATCHES } from '../../sites/site-hosts';
import { captureSelection } from './capture-selection';
import { createKitStore } from '../../utils/store/create-kit-store';
import { isStoreChange, STORE_CHANNEL, type StoreChange } from '../../utils/store/store-change';
import { createRouter } from '../../utils/messaging/create-router';
import { createSnapshotService } from './create-snapshot-service';
import { publishChosenLocale } from './publish-chosen-locale';
import { sendMessage } from '../../utils/messaging/send-message';
import { PLACEHOLDER_NAME_PATTERN } from '../../content-kit';

const SAVE_MENU_ID = 'ck-save-selection';
/** A profile value is a name or a phrase, never an article. */
const PROFILE_VALUE_MAX = 200;

// Wires the services; every listener is registered synchronously so a woken service worker gets its event.
export default defineBackground(() => {
  // The background's own writes (usage, favourites from a tab, calendar status, capture) reach the snapshot directly.
  const store = createKitStore({ onChange: (change) => void storeChanged(change) });
  const snapshots = createSnapshotService(store);
  // The context menu's title follows the language setting too.
  const publishLocale = () =>
    void publishChosenLocale(store)
      .then(async ({ messages }) => {
        try {
          if (messages.contextSaveToKit) await browser.contextMenus.update(SAVE_MENU_ID, { title: messages.contextSaveToKit });
        } catch {
          // Before the install has created the menu there is nothing to retitle.
        }
      })
      .catch((error: unknown) => console.error('Could not publish the chosen language', error));
  const changed = () => {
    void snapshots.invalidate();
    publishLocale();
  };
  /** One store change: the snapshot follows it, and a new language setting reaches open tabs. */
  const storeChanged = (change: StoreChange) => {
    if (change.keys.includes('settings') && (!change.settings || change.settings.includes('language'))) publishLocale();
    return snapshots.changed(change);
  };

  // Every other context's writes arrive on the store's channel (see utils/store/README.md).
  new BroadcastChannel(STORE_CHANNEL).onmessage = (event: MessageEvent<unknown>) => {
    if (isStoreChange(event.data)) void storeChanged(event.data);
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
      'profile.set': async ({ name, value }) => {
        if (typeof name !== 'string' || typeof value !== 'string' || !PLACEHOLDER_NAME_PATTERN.test(name) || value.length > PROFILE_VALUE_MAX) throw new TypeError('profile.set: a blank name and a short value');
        await store.setProfileValue(name, value);
        return { ok: true };
      },
      'calendar.setStatus': async ({ kitId, entryId, status }) => {
        await store.updateKit(kitId, (kit) => ({
          ...kit,
          calendar: (kit.calendar ?? []).map((e) => (e.id === entryId ? { ...e, status, updatedAt: new Date().toISOString() } : e)),
        }));
        return { ok: true };
      },
      'lint.allow': async ({ phrases }) => {
        await store.allowLintPhrases(Array.isArray(phrases) ? phrases.filter((p): p is string => typeof p === 'string') : []);
        return { ok: true };
      },
      // A studio page's write, sent to wake a stopped worker (which missed it on the channel): applied once, by id.
      'store.changed': async ({ change }) => {
        if (isStoreChange(change)) await storeChanged(change);
        else changed();
        return { ok: true };
      },
      'studio.open': async ({ itemKey }) => {
        await openStudio(itemKey);
        return { ok: true };
      },
    }),
  );

  // The browser's UI language (behind the 'auto' setting) can only have changed across a restart.
  browser.runtime.onStartup.addListener(publishLocale);

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
