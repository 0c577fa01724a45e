import type { Editor } from '@tiptap/core';
import { afterAll } from 'vitest';
import { platformTarget } from '../../../../../../content-kit';
import type { BodyMode } from '../../../../../../entrypoints/options/studio/editor/body-mode';
import { createBodyEditor } from '../../../../../../entrypoints/options/studio/editor/create-body-editor';

const open: Editor[] = [];
// ProseMirror's DOM observer flushes on a timer: an editor left open could fire after the test's DOM is gone.
afterAll(() => {
  for (const editor of open.splice(0)) editor.destroy();
});

/** A body editor mounted on a detached element (the DOM comes from the test environment), destroyed when the file's tests end. */
export function makeEditor(body: string, options: { mode?: BodyMode; target?: string } = {}): Editor {
  const editor = createBodyEditor({ element: document.createElement('div'), body, mode: options.mode ?? 'markdown', target: platformTarget(options.target ?? 'wechat-chat'), locale: 'zh' });
  open.push(editor);
  return editor;
}

/** Types text as a person would, through the editor's text-input handlers (so input rules run). */
export function type(editor: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (f) => f(editor.view, from, to, ch, () => editor.state.tr.insertText(ch, from, to)));
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(ch, from, to));
  }
}
