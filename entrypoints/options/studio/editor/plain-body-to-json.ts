import type { JSONContent } from '@tiptap/core';

const TOKEN = /\\\{\{|\{\{([\p{L}\p{Nd}_]{1,30})\}\}/gu;

/**
 * A plain-text body (a topic: the words themselves, no Markdown) as editor content: one paragraph per line, blanks
 * as chips and `\{{` as a literal-braces atom.
 */
export function plainBodyToJson(text: string): JSONContent {
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n').map((line): JSONContent => {
    const content: JSONContent[] = [];
    let at = 0;
    for (const match of line.matchAll(TOKEN)) {
      if (match.index > at) content.push({ type: 'text', text: line.slice(at, match.index) });
      content.push(match[1] === undefined ? { type: 'literalBraces' } : { type: 'blank', attrs: { name: match[1] } });
      at = match.index + match[0].length;
    }
    if (at < line.length) content.push({ type: 'text', text: line.slice(at) });
    return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
  });
  return { type: 'doc', content: paragraphs };
}
