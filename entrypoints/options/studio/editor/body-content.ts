import type { Editor, JSONContent } from '@tiptap/core';
import type { BodyMode } from './body-mode';
import { plainBodyToJson } from './plain-body-to-json';

/** A stored body as editor content, read as Markdown or as plain text. */
export function bodyContent(editor: Editor, body: string, mode: BodyMode): JSONContent {
  if (mode === 'plain' || !editor.markdown) return plainBodyToJson(body);
  const json = editor.markdown.parse(body);
  return json.content?.length ? json : { type: 'doc', content: [{ type: 'paragraph' }] };
}
