import { browser } from 'wxt/browser';
import type { ChosenLocale, MessageTable } from './chosen-locale';

/** The language setting's values. */
export type LanguageSetting = 'auto' | 'zh-CN' | 'en';

/** Where the background publishes the chosen locale for content scripts (absent: browser.i18n until it is). */
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
 * The language a setting stands for: 'auto' follows the browser, the user's first preferred language first
 * (`navigator.languages`, what the browser's language settings hold), then the language its UI reports. A Chinese
 * user of a Chromium without its Chinese language pack (Debian's default) reports an English UI but prefers Chinese.
 */
export function resolveLanguage(language: LanguageSetting | undefined): 'zh-CN' | 'en' {
  if (language === 'zh-CN' || language === 'en') return language;
  return browserPrefersChinese() ? 'zh-CN' : 'en';
}

/** Whether the browser's preferred language (or, without one, its UI language) is Chinese. */
export function browserPrefersChinese(): boolean {
  let preferred = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? '';
  if (!preferred)
    try {
      preferred = browser.i18n.getUILanguage();
    } catch {
      return true;
    }
  return preferred.toLowerCase().startsWith('zh');
}

/**
 * The locale and strings a language setting stands for, read from the extension's own _locales files (extension
 * pages and the background only; a content script gets them from storage.local).
 */
export async function loadChosenLocale(language: LanguageSetting | undefined): Promise<ChosenLocale> {
  const resolved = resolveLanguage(language);
  const response = await fetch(browser.runtime.getURL(`/_locales/${resolved === 'en' ? 'en' : 'zh_CN'}/messages.json`));
  return { locale: resolved === 'en' ? 'en' : 'zh', messages: compactMessages((await response.json()) as Record<string, ChromeMessage>) };
}

/** Asks every Lit element under `root`, through open shadow roots, to render again (after a language change). */
export function renderAgain(root: Document | ShadowRoot | Element): void {
  for (const element of root.querySelectorAll('*')) {
    (element as Element & { requestUpdate?: () => void }).requestUpdate?.();
    if (element.shadowRoot) renderAgain(element.shadowRoot);
  }
}
