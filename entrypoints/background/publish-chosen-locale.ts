import { browser } from 'wxt/browser';
import type { ChosenLocale } from '../../components/i18n/chosen-locale';
import { CHOSEN_LOCALE_KEY, loadChosenLocale, resolveLanguage } from '../../components/i18n/locale-table';
import type { KitStore } from '../../utils/store/create-kit-store';

/**
 * Publishes the locale and strings of the language setting (for 'auto', the browser's UI language) in
 * storage.local, where open tabs' sidebars read and watch them, so the content script bundles no message table.
 * Publishes again only when the language or the extension's version (whose strings may differ) changed; resolves
 * to the locale in use either way.
 */
export async function publishChosenLocale(store: KitStore): Promise<ChosenLocale> {
  const language = resolveLanguage((await store.settings()).language);
  const version = browser.runtime.getManifest().version;
  const stored = (await browser.storage.local.get(CHOSEN_LOCALE_KEY))[CHOSEN_LOCALE_KEY] as (ChosenLocale & { language?: string; version?: string }) | undefined;
  if (stored?.language === language && stored.version === version) return stored;
  const chosen = await loadChosenLocale(language);
  await browser.storage.local.set({ [CHOSEN_LOCALE_KEY]: { ...chosen, language, version } });
  return chosen;
}
