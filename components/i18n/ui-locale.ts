import { browser } from 'wxt/browser';

/** 'zh' or 'en' for picking a language from content-kit's bilingual messages, following the browser. */
export function uiLocale(): 'zh' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}
