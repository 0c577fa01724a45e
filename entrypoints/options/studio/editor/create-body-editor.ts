import { Editor } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { Markdown } from '@tiptap/markdown';
import { LITERAL_HTML } from '../shell/literal-html';
import StarterKit from '@tiptap/starter-kit';
import { Marked } from 'marked';
import type { LintOptions, PlatformTarget } from '../../../../content-kit';
import { BlankCompletion, type BlankCompletionOptions } from './blank-completion';
import { BlankNode } from './blank-node';
import type { BodyMode } from './body-mode';
import { KitImageNode } from './kit-image-node';
import { KitOrderedList } from './kit-ordered-list';
import { LintDecorations } from './lint-decorations';
import { LiteralBracesNode } from './literal-braces-node';
import { plainBodyToJson } from './plain-body-to-json';
import { SlashMenu, type SlashItem } from './slash-menu';

/** What the body editor needs to know. */
export interface BodyEditorOptions {
  /** Where to mount; omitted for a headless editor (tests). */
  element?: HTMLElement;
  body: string;
  mode: BodyMode;
  target: PlatformTarget;
  /** The user's allow-list and the enabled kits' lint settings. */
  lintOptions?: LintOptions;
  locale: 'zh' | 'en';
  placeholder?: string;
  /** The editing area's accessible name. */
  label?: string;
  slashItems?: (editor: Editor) => readonly SlashItem[];
  blankNames?: BlankCompletionOptions['names'];
  newBlankLabel?: (name: string) => string;
  /** The `{{` menu's hint while it has nothing to offer. */
  blankHint?: () => string;
  onUpdate?: (editor: Editor) => void;
  onSelectionUpdate?: (editor: Editor) => void;
}

/**
 * The item body editor: StarterKit, Markdown in and out (each editor gets its own marked instance, so its
 * tokenizers are not added again to a shared one), blank chips, literal `\{{`, images that never load, the slash
 * menu, `{{` completion and lint decorations for the item's platform target. `injectCSS` is off: the editor lives
 * in a shadow root that brings its own styles.
 */
export function createBodyEditor(options: BodyEditorOptions): Editor {
  const editor = new Editor({
    element: options.element ?? null,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        link: { openOnClick: false, autolink: false, linkOnPaste: true },
        codeBlock: options.mode === 'plain' ? false : {},
        orderedList: false,
      }),
      KitOrderedList,
      Markdown.configure({ marked: new Marked(LITERAL_HTML) as unknown as NonNullable<Parameters<typeof Markdown.configure>[0]>['marked'] }),
      BlankNode,
      LiteralBracesNode,
      KitImageNode,
      LintDecorations.configure({ target: options.target, lintOptions: options.lintOptions, locale: options.locale }),
      Placeholder.configure({ placeholder: options.placeholder ?? '' }),
      SlashMenu.configure({ items: options.slashItems ?? (() => []) }),
      BlankCompletion.configure({
        names: options.blankNames ?? (() => []),
        ...(options.newBlankLabel && { newLabel: options.newBlankLabel }),
        ...(options.blankHint && { hint: options.blankHint }),
      }),
    ],
    // Loaded as initial content, so the stored text is the start of the undo history, not an edit in it.
    ...(options.mode === 'plain' ? { content: plainBodyToJson(options.body) } : { content: options.body, contentType: 'markdown' as const }),
    ...(options.label && { editorProps: { attributes: { 'aria-label': options.label, 'aria-multiline': 'true' } } }),
    onUpdate: ({ editor }) => options.onUpdate?.(editor as Editor),
    onSelectionUpdate: ({ editor }) => options.onSelectionUpdate?.(editor as Editor),
  });
  return editor;
}
