import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/zh_CN/messages.json';
import { chosenMessage } from './chosen-locale';

/** A key of public/_locales/{zh_CN,en}/messages.json; a unit test keeps both files' keys equal. */
export type MessageKey = keyof typeof messages;

const getMessage = (key: string, substitutions: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, substitutions);

/**
 * A UI string in the chosen language (the language setting, once its table is in use; the browser's language
 * until then), with `$1`… substitutions.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const chosen = chosenMessage(key);
  if (chosen !== undefined) return chosen.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  try {
    return getMessage(key, substitutions.map(String)) || key;
  } catch {
    // An invalidated extension context (after an update) still has to show something.
    return key;
  }
}
