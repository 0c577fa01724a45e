// The language the user chose in the settings, with its message table in a compact form; absent, the browser's
// language applies (browser.i18n). Both faces install it: the studio from the extension's own files, the sidebar
// from what the background publishes in storage.local.

/** A locale's UI strings by key, `$1`… marking substitutions. */
export type MessageTable = Record<string, string>;

/** The locale and strings chosen by the language setting. */
export interface ChosenLocale {
  locale: 'zh' | 'en';
  messages: MessageTable;
}

let chosen: ChosenLocale | null = null;

/** Puts a chosen locale in use (null: back to the browser's language). */
export function useChosenLocale(next: ChosenLocale | null): void {
  chosen = next;
}

/** The chosen locale, or null when the browser's language applies. */
export const chosenLocale = (): 'zh' | 'en' | null => chosen?.locale ?? null;

/** A message in the chosen locale, or undefined when none is chosen (or the key is missing). */
export const chosenMessage = (key: string): string | undefined => (chosen && Object.hasOwn(chosen.messages, key) ? chosen.messages[key] : undefined);
