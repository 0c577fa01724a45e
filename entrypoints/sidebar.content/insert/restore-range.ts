import type { SavedCaret } from './insert-strategy';

/** Puts the caret back where it was in a rich editor, or at its end when that range no longer fits. */
export function restoreRange(element: HTMLElement, caret: SavedCaret | undefined): void {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  let range = caret?.range;
  if (!range || !element.contains(range.startContainer) || !element.contains(range.endContainer)) {
    range = doc.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}
