import { browser } from 'wxt/browser';
import { useChosenLocale, type ChosenLocale } from '../../components/i18n/chosen-locale';
import { CHOSEN_LOCALE_KEY, renderAgain } from '../../components/i18n/locale-table';
import { uiLang } from '../../components/i18n/ui-locale';

const install = (value: unknown) => useChosenLocale(value && typeof value === 'object' && 'messages' in value ? (value as ChosenLocale) : null);

/** Reads the locale the background published (the language setting) before the sidebar's first render. */
export async function readChosenLocale(): Promise<void> {
  try {
    install((await browser.storage.local.get(CHOSEN_LOCALE_KEY))[CHOSEN_LOCALE_KEY]);
  } catch {
    // No storage (an invalidated context): the browser's language still applies.
  }
}

/** Follows later changes of the language setting: the sidebar renders again in the new language. Returns the stop. */
export function followChosenLocale(sidebar: HTMLElement): () => void {
  sidebar.lang = uiLang();
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CHOSEN_LOCALE_KEY in changes)) return;
    install(changes[CHOSEN_LOCALE_KEY]!.newValue);
    sidebar.lang = uiLang();
    (sidebar as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
    if (sidebar.shadowRoot) renderAgain(sidebar.shadowRoot);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
