import { chosenLocale } from './chosen-locale';
import { browserPrefersChinese } from './locale-table';

/** 'zh' or 'en' for picking a language from content-kit's bilingual messages: the chosen one, else the browser's preferred one. */
export function uiLocale(): 'zh' | 'en' {
  const chosen = chosenLocale();
  if (chosen) return chosen;
  return browserPrefersChinese() ? 'zh' : 'en';
}

/** The BCP 47 tag of the UI language, for `lang` attributes. */
export const uiLang = (): string => (uiLocale() === 'zh' ? 'zh-CN' : 'en');
