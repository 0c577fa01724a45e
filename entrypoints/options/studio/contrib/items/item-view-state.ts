import type { Editor } from '@tiptap/core';

/** Caret, preview and target of an item editor, saved with its tab. */
export interface ItemViewState {
  anchor?: number;
  head?: number;
  preview?: boolean;
  targetId?: string;
  scroll?: number;
}

/** Puts the saved caret and scroll back into a freshly mounted body, clamped to what the body now holds. */
export function restoreCaretAndScroll(editor: Editor, { anchor, head, scroll }: ItemViewState, scroller: () => Element | null): void {
  if (typeof anchor === 'number' && typeof head === 'number') {
    const max = editor.state.doc.content.size;
    try {
      editor.commands.setTextSelection({ from: Math.min(anchor, max), to: Math.min(head, max) });
    } catch {
      // A stale position (the item changed since) just leaves the caret at the start.
    }
  }
  if (typeof scroll === 'number') requestAnimationFrame(() => {
    const element = scroller();
    if (element) element.scrollTop = scroll;
  });
}
