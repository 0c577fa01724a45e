import { dispatchPaste } from './dispatch-paste';
import type { InsertRouteId, InsertStrategy, Insertion } from './insert-strategy';
import { rangeOffsets, revealCaret, selectOffsets, textBefore } from './rich-text-position';
import { saveRange } from './save-range';

/** The editor's text with line breaks, as a person sees it. */
export function editorText(element: HTMLElement): string {
  return element.innerText ?? element.textContent ?? '';
}

/** What every rich (contenteditable) editor kind shares: reading, caret, putting back and revealing. */
export const richEditing: Omit<InsertStrategy, 'routes' | 'apply'> = {
  read: editorText,
  save: saveRange,
  offsets: rangeOffsets,
  select: selectOffsets,
  before: textBefore,
  raw: (element) => element.innerHTML,
  restore(element, raw) {
    element.innerHTML = raw;
    // An editor that syncs its model on input (web WeChat's Angular directive) follows the restored content.
    element.dispatchEvent(new Event('input', { bubbles: true }));
  },
  reveal: revealCaret,
};

/**
 * The routes into a rich editor: the browser's own editing command (trusted input events, native undo), HTML
 * through the same command, a synthetic `beforeinput` for editors that keep their model from it, and a synthetic
 * paste for editors that only trust their paste handler (Draft.js, DRE).
 */
export function applyRichRoute(route: InsertRouteId, element: HTMLElement, { text, html }: Insertion): boolean {
  const doc = element.ownerDocument;
  switch (route) {
    case 'execCommand':
      return doc.execCommand('insertText', false, text);
    case 'insertHTML':
      return !!html && doc.execCommand('insertHTML', false, html);
    case 'beforeinput':
      element.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
      return true;
    case 'paste':
      dispatchPaste(element, text, html);
      return true;
    default:
      return false;
  }
}
