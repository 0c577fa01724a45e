import { mergeAttributes, Node } from '@tiptap/core';

/**
 * `\{{` of KIT-FORMAT.md: a literal `{{` that is not a blank. Kept as its own inline atom because the Markdown
 * serializer would otherwise write it back as `{{`, turning literal text into a placeholder.
 */
export const LiteralBracesNode = Node.create({
  name: 'literalBraces',
  group: 'inline',
  inline: true,
  atom: true,

  parseHTML() {
    return [{ tag: 'span[data-literal-braces]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'ck-literal-braces', 'data-literal-braces': '', contenteditable: 'false' }, HTMLAttributes), '{{'];
  },

  renderText() {
    return '{{';
  },


  markdownTokenName: 'ckLiteralBraces',

  markdownTokenizer: {
    name: 'ckLiteralBraces',
    level: 'inline',
    start: (src) => src.indexOf('\\{{'),
    tokenize(src) {
      return src.startsWith('\\{{') ? { type: 'ckLiteralBraces', raw: '\\{{' } : undefined;
    },
  },

  parseMarkdown(_token, helpers) {
    return helpers.createNode('literalBraces');
  },

  renderMarkdown() {
    return '\\{{';
  },
});
