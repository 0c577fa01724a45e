import type { InsertStrategy } from './insert-strategy';
import { dispatchPaste } from './dispatch-paste';
import { editorText } from './editor-text';
import { nextFrame } from './next-frame';
import { restoreRange } from './restore-range';
import { saveRange } from './save-range';

/**
 * Contenteditable editors (web WeChat's #editArea, Douban's DRE, Draft.js). `execCommand('insertText')`
 * fires beforeinput and input like typing and stays undoable; an editor that ignores it (DRE may) gets a
 * synthetic paste, the other route SITES.md names.
 */
export const contenteditableStrategy: InsertStrategy = {
  async insert(element, { text, html }, caret) {
    element.focus({ preventScroll: true });
    restoreRange(element, caret);
    await nextFrame();
    const before = element.innerHTML;
    const doc = element.ownerDocument;
    if (doc.execCommand('insertText', false, text) && element.innerHTML !== before) return { ok: true, method: 'execCommand' };
    dispatchPaste(element, text, html);
    await nextFrame();
    return { ok: element.innerHTML !== before, method: 'paste' };
  },
  read: editorText,
  save: saveRange,
};
