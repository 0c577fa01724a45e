import { browser } from 'wxt/browser';
import { CHOSEN_LOCALE_KEY, loadChosenLocale } from '../../components/i18n/locale-table';
import type { KitStore } from '../../utils/store/create-kit-store';

/**
 * Publishes the language setting's locale and strings in storage.local, where open tabs' sidebars read and
 * watch them (so the content script bundles no message table); removes them when the browser's language applies.
 * Republishes after an update of the extension, whose strings may have changed.
 */
export async function publishChosenLocale(store: KitStore): Promise<void> {
  const { language } = await store.settings();
  const version = browser.runtime.getManifest().version;
  const stored = (await browser.storage.local.get(CHOSEN_LOCALE_KEY))[CHOSEN_LOCALE_KEY] as { language?: string; version?: string } | undefined;
  if ((stored?.language ?? 'auto') === language && (!stored || stored.version === version)) return;
  const chosen = await loadChosenLocale(language);
  if (chosen) await browser.storage.local.set({ [CHOSEN_LOCALE_KEY]: { ...chosen, language, version } });
  else await browser.storage.local.remove(CHOSEN_LOCALE_KEY);
}
