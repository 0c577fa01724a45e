import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The inverse of plainBodyToJson: lines of text, chips as `{{name}}`, literal braces as `\{{`, formatting dropped. */
export function docToPlainBody(doc: ProseMirrorNode): string {
  return doc.textBetween(0, doc.content.size, '\n', (leaf) => {
    if (leaf.type.name === 'blank') return `{{${leaf.attrs.name as string}}}`;
    if (leaf.type.name === 'literalBraces') return '\\{{';
    if (leaf.type.name === 'hardBreak') return '\n';
    return String(leaf.attrs.alt ?? '');
  });
}
