import type { Editor } from '@tiptap/core';
import type { BodyMode } from './body-mode';
import { docToPlainBody } from './doc-to-plain-body';

/** The editor's content as a stored body: Markdown (without the trailing blank lines the serializer adds) or plain text. */
export function readBody(editor: Editor, mode: BodyMode): string {
  if (mode === 'plain' || !editor.markdown) return docToPlainBody(editor.state.doc);
  return editor.getMarkdown().replace(/\n+$/, '');
}
