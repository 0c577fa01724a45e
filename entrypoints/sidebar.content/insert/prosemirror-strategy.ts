import type { InsertStrategy } from './insert-strategy';
import { dispatchPaste } from './dispatch-paste';
import { editorText } from './editor-text';
import { nextFrame } from './next-frame';
import { restoreRange } from './restore-range';
import { saveRange } from './save-range';

/**
 * ProseMirror (the Official Accounts editor since 2024). A paste with HTML keeps paragraphs and goes through
 * the editor's own parser and history; `insertHTML` and `insertText` are the fallbacks SITES.md lists.
 */
export const prosemirrorStrategy: InsertStrategy = {
  async insert(element, { text, html }, caret) {
    element.focus({ preventScroll: true });
    restoreRange(element, caret);
    await nextFrame();
    const before = element.innerHTML;
    dispatchPaste(element, text, html);
    await nextFrame();
    if (element.innerHTML !== before) return { ok: true, method: 'paste' };
    const doc = element.ownerDocument;
    if (html && doc.execCommand('insertHTML', false, html) && element.innerHTML !== before) return { ok: true, method: 'insertHTML' };
    doc.execCommand('insertText', false, text);
    await nextFrame();
    return { ok: element.innerHTML !== before, method: 'insertText' };
  },
  read: editorText,
  save: saveRange,
};
