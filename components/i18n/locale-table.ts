import { browser } from 'wxt/browser';
import type { ChosenLocale, MessageTable } from './chosen-locale';

/** The language setting's values. */
export type LanguageSetting = 'auto' | 'zh-CN' | 'en';

/** Where the background publishes the chosen locale for content scripts (absent: follow the browser). */
export const CHOSEN_LOCALE_KEY = 'chosenLocale';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Chrome's messages.json (named placeholders) as a compact table whose messages mark substitutions `$1`…. */
export function compactMessages(file: Record<string, ChromeMessage>): MessageTable {
  const table: MessageTable = {};
  for (const [key, { message, placeholders }] of Object.entries(file))
    table[key] = message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => placeholders?.[name.toLowerCase()]?.content ?? whole);
  return table;
}

/**
 * The chosen locale for a language setting, read from the extension's own _locales files (extension pages and
 * the background only; a content script gets it from storage.local). Null for 'auto'.
 */
export async function loadChosenLocale(language: LanguageSetting | undefined): Promise<ChosenLocale | null> {
  if (language !== 'zh-CN' && language !== 'en') return null;
  const response = await fetch(browser.runtime.getURL(`/_locales/${language === 'en' ? 'en' : 'zh_CN'}/messages.json`));
  return { locale: language === 'en' ? 'en' : 'zh', messages: compactMessages((await response.json()) as Record<string, ChromeMessage>) };
}

/** Asks every Lit element under `root`, through open shadow roots, to render again (after a language change). */
export function renderAgain(root: Document | ShadowRoot | Element): void {
  for (const element of root.querySelectorAll('*')) {
    (element as Element & { requestUpdate?: () => void }).requestUpdate?.();
    if (element.shadowRoot) renderAgain(element.shadowRoot);
  }
}
