import type { InsertStrategy } from './insert-strategy';
import { editorText } from './editor-text';
import { restoreRange } from './restore-range';
import { saveRange } from './save-range';

/**
 * The legacy UEditor: an iframe whose body is editable. The element handed in is that body; commands run in
 * the iframe's document, and a keyup lets UEditor notice the change as it does for typing.
 */
export const iframeBodyStrategy: InsertStrategy = {
  async insert(body, { text, html }, caret) {
    const doc = body.ownerDocument;
    body.focus({ preventScroll: true });
    restoreRange(body, caret);
    const before = body.innerHTML;
    const ok = (html && doc.execCommand('insertHTML', false, html)) || doc.execCommand('insertText', false, text);
    body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    return { ok: !!ok && body.innerHTML !== before, method: html ? 'insertHTML' : 'insertText' };
  },
  read: editorText,
  save: saveRange,
};
