import type { InsertStrategy } from './insert-strategy';

type TextField = HTMLTextAreaElement | HTMLInputElement;

const clamp = (value: number | undefined, field: TextField) => Math.min(value ?? field.value.length, field.value.length);

/**
 * Text fields (Weibo, Douban 我说, the file helper, MP title and digest). `execCommand('insertText')` types at
 * the caret: a trusted `input` event for Vue's v-model and jQuery counters, one step on the undo stack.
 * Fallback: `setRangeText` plus an `input` event, as SITES.md's sources do.
 */
export const textareaStrategy: InsertStrategy = {
  routes: ['execCommand', 'setRangeText'],
  apply(route, element, { text }) {
    const field = element as TextField;
    if (route === 'execCommand') {
      if (!field.ownerDocument.execCommand('insertText', false, text)) return false;
    } else if (route === 'setRangeText') {
      field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    } else return false;
    field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    return true;
  },
  read: (element) => (element as TextField).value,
  save(element) {
    const field = element as TextField;
    return { start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length };
  },
  offsets(element, caret) {
    const field = element as TextField;
    const start = clamp(caret?.start, field);
    return [start, Math.max(start, clamp(caret?.end ?? start, field))];
  },
  select: (element, start, end) => (element as TextField).setSelectionRange(start, end),
  before(element, offset) {
    const text = (element as TextField).value.slice(0, offset);
    return { text, line: text.slice(text.lastIndexOf('\n') + 1) };
  },
  raw: (element) => (element as TextField).value,
  restore(element, raw) {
    const field = element as TextField;
    field.value = raw;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  },
  reveal(element) {
    const field = element as TextField;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // A field scrolls to its caret for typed text but not for setRangeText: follow the caret's line.
    const lines = field.value.split('\n').length;
    const at = field.value.slice(0, field.selectionEnd ?? 0).split('\n').length;
    field.scrollTop = Math.max(0, (field.scrollHeight * at) / lines - field.clientHeight);
  },
};
