import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { PLACEHOLDER_NAME_PATTERN } from '../../../../content-kit';
import type { SuggestMenuItem } from './ck-suggest-menu';
import { suggestionPopup } from './suggestion-popup';

/** A name offered after `{{`. */
export interface BlankChoice extends SuggestMenuItem {
  name: string;
}

export interface BlankCompletionOptions {
  /** The names to offer: the item's declared variables first, then blanks already used. */
  names: (editor: Editor) => readonly { name: string; label?: string }[];
  /** The label of the entry that declares a new blank with the typed name. */
  newLabel: (name: string) => string;
  /** A hint shown while there is nothing to offer yet (no variables, nothing typed). */
  hint: () => string;
}

export const blankCompletionKey = new PluginKey('ckBlankCompletion');

/** The choices for what follows `{{`: known names containing the query, then the query itself as a new blank. */
export function blankChoices(names: readonly { name: string; label?: string }[], query: string, newLabel: (name: string) => string): BlankChoice[] {
  const seen = new Set<string>();
  const choices: BlankChoice[] = [];
  for (const { name, label } of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (query && !name.includes(query) && !label?.includes(query)) continue;
    choices.push({ id: name, name, label: name, detail: label && label !== name ? label : undefined, icon: '{}' });
  }
  if (query && PLACEHOLDER_NAME_PATTERN.test(query) && !seen.has(query)) choices.push({ id: `new:${query}`, name: query, label: newLabel(query), icon: '+' });
  return choices;
}

/** Typing `{{` opens a menu of the item's variables; choosing one (or a new name) inserts a blank chip. */
export const BlankCompletion = Extension.create<BlankCompletionOptions>({
  name: 'blankCompletion',

  addOptions() {
    return { names: () => [], newLabel: (name) => `{{${name}}}`, hint: () => '' };
  },

  addProseMirrorPlugins() {
    return [
      Suggestion<BlankChoice, BlankChoice>({
        editor: this.editor,
        pluginKey: blankCompletionKey,
        char: '{{',
        allowedPrefixes: null,
        // `\{{` is a literal, not the start of a blank.
        allow: ({ state, range }) => range.from < 2 || state.doc.textBetween(range.from - 1, range.from) !== '\\',
        items: ({ query, editor }) => blankChoices(this.options.names(editor), query, this.options.newLabel),
        command: ({ editor, range, props }) => {
          editor.chain().focus().deleteRange(range).insertBlank(props.name).run();
        },
        render: suggestionPopup<BlankChoice>({ empty: () => this.options.hint() }),
      }),
    ];
  },
});
