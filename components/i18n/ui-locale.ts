import { browser } from 'wxt/browser';
import { chosenLocale } from './chosen-locale';

/** 'zh' or 'en' for picking a language from content-kit's bilingual messages: the chosen one, else the browser's. */
export function uiLocale(): 'zh' | 'en' {
  const chosen = chosenLocale();
  if (chosen) return chosen;
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

/** The BCP 47 tag of the UI language, for `lang` attributes. */
export const uiLang = (): string => (uiLocale() === 'zh' ? 'zh-CN' : 'en');
