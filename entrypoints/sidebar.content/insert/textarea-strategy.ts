import type { InsertStrategy } from './insert-strategy';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * Text fields (Weibo, Douban 我说, the file helper, MP title and digest). `execCommand('insertText')` types at
 * the caret: a trusted `input` event for Vue's v-model and jQuery counters, one step on the undo stack.
 * Fallback: `setRangeText` plus an `input` event, as SITES.md's sources do.
 */
export const textareaStrategy: InsertStrategy = {
  async insert(element, { text }, caret) {
    const field = element as TextField;
    field.focus({ preventScroll: true });
    const start = Math.min(caret?.start ?? field.value.length, field.value.length);
    const end = Math.min(caret?.end ?? start, field.value.length);
    field.setSelectionRange(start, end);
    const before = field.value;
    if (field.ownerDocument.execCommand('insertText', false, text) && field.value !== before) {
      field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
      return { ok: true, method: 'execCommand' };
    }
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    return { ok: field.value !== before, method: 'setRangeText' };
  },
  read: (element) => (element as TextField).value,
  save(element) {
    const field = element as TextField;
    return { start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length };
  },
};
