import { InputRule, mergeAttributes, Node, nodePasteRule, type Editor } from '@tiptap/core';
import { PLACEHOLDER_NAME_PATTERN } from '../../../../content-kit';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blank: {
      /** Inserts a `{{name}}` chip at the selection (refused for a name KIT-FORMAT.md does not allow). */
      insertBlank: (name: string) => ReturnType;
    };
  }
}

const AT_START = /^\{\{([\p{L}\p{Nd}_]{1,30})\}\}/u;
const TYPED = /(?<!\\)\{\{([\p{L}\p{Nd}_]{1,30})\}\}$/u;
const PASTED = /(?<!\\)\{\{([\p{L}\p{Nd}_]{1,30})\}\}/gu;

/** Where the next blank could start in Markdown source (marked cuts plain text there). */
function nextBlank(src: string): number {
  const match = /\{\{[\p{L}\p{Nd}_]{1,30}\}\}/u.exec(src);
  return match ? match.index : -1;
}

/**
 * A `{{name}}` placeholder as an inline atom chip. Typed as `{{name}}` (an input rule), pasted, inserted by
 * command, and read from and written to Markdown as the literal `{{name}}` text KIT-FORMAT.md defines.
 */
export const BlankNode = Node.create({
  name: 'blank',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      name: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-blank') ?? '',
        renderHTML: (attributes) => ({ 'data-blank': attributes.name as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-blank]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'ck-blank', 'data-ck': 'blank', contenteditable: 'false' }, HTMLAttributes), node.attrs.name as string];
  },

  renderText({ node }) {
    return `{{${node.attrs.name as string}}}`;
  },


  markdownTokenName: 'ckBlank',

  markdownTokenizer: {
    name: 'ckBlank',
    level: 'inline',
    start: nextBlank,
    tokenize(src) {
      const match = AT_START.exec(src);
      return match ? { type: 'ckBlank', raw: match[0], name: match[1] } : undefined;
    },
  },

  parseMarkdown(token, helpers) {
    return helpers.createNode('blank', { name: String(token.name ?? '') });
  },

  renderMarkdown(node) {
    return `{{${String(node.attrs?.name ?? '')}}}`;
  },

  addCommands() {
    return {
      insertBlank:
        (name) =>
        ({ commands }) =>
          PLACEHOLDER_NAME_PATTERN.test(name) && commands.insertContent({ type: this.name, attrs: { name } }),
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: TYPED,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ name: match[1] }));
        },
      }),
    ];
  },

  addPasteRules() {
    return [nodePasteRule({ find: PASTED, type: this.type, getAttributes: (match) => ({ name: match[1] }) })];
  },
});

/** Blank names in document order, each once. */
export function blankNames(editor: Editor): string[] {
  const names = new Set<string>();
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'blank') names.add(node.attrs.name as string);
    return true;
  });
  return [...names];
}
