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
const listeners = new Set<() => void>();

/** Puts a chosen locale in use (null: back to the browser's language) and tells those who show text. */
export function useChosenLocale(next: ChosenLocale | null): void {
  const changed = chosen?.locale !== next?.locale;
  chosen = next;
  if (changed) for (const listener of listeners) listener();
}

/** Calls `listener` after each change of the locale in use (for text computed outside a render); returns the stop. */
export function onChosenLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chosen locale, or null when the browser's language applies. */
export const chosenLocale = (): 'zh' | 'en' | null => chosen?.locale ?? null;

/** A message in the chosen locale, or undefined when none is chosen (or the key is missing). */
export const chosenMessage = (key: string): string | undefined => (chosen && Object.hasOwn(chosen.messages, key) ? chosen.messages[key] : undefined);
