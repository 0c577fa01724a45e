import type { SavedCaret } from './insert-strategy';

/** The range to remember when the selection is inside the element. */
export function saveRange(element: HTMLElement): SavedCaret | undefined {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return element.contains(range.commonAncestorContainer) ? { range: range.cloneRange() } : undefined;
}
