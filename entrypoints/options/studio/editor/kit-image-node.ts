import { mergeAttributes, Node } from '@tiptap/core';

const escapeAlt = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
const escapeUrl = (url: string) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url);

/**
 * A Markdown image kept as an inline chip that shows its alt text and address but never loads it: a remote image
 * in someone else's kit is a tracking pixel (DESIGN.md). It round-trips as `![alt](src "title")`.
 */
export const KitImageNode = Node.create({
  name: 'image',
  group: 'inline',
  inline: true,
  atom: true,

  addAttributes() {
    return {
      src: { default: '', parseHTML: (el) => el.getAttribute('src') ?? el.getAttribute('data-src') ?? '', renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (el) => el.getAttribute('alt') ?? '', renderHTML: () => ({}) },
      title: { default: null, parseHTML: (el) => el.getAttribute('title'), renderHTML: () => ({}) },
    };
  },

  // A pasted <img> becomes a chip; the clipboard's inert document never loads it.
  parseHTML() {
    return [{ tag: 'img[src]' }, { tag: 'span[data-kit-image]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt } = node.attrs as { src: string; alt: string };
    return ['span', mergeAttributes({ class: 'ck-image', 'data-kit-image': '', 'data-src': src, title: src, contenteditable: 'false' }, HTMLAttributes), `🖼 ${alt || src}`];
  },


  renderText({ node }) {
    return String(node.attrs.alt ?? '');
  },

  markdownTokenName: 'image',

  parseMarkdown(token, helpers) {
    return helpers.createNode('image', { src: String(token.href ?? ''), alt: String(token.text ?? ''), title: token.title ? String(token.title) : null });
  },

  renderMarkdown(node) {
    const { src, alt, title } = (node.attrs ?? {}) as { src?: string; alt?: string; title?: string | null };
    return `![${escapeAlt(alt ?? '')}](${escapeUrl(src ?? '')}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
  },
});
