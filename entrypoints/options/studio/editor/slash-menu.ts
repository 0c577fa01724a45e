import { Extension, type Editor, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import type { SuggestMenuItem } from './ck-suggest-menu';
import { fuzzyScore } from '../shell/fuzzy-score';
import { suggestionPopup } from './suggestion-popup';

/** One entry of the slash menu: what it shows, the words it is found by, and what it does to the `/query` range. */
export interface SlashItem extends SuggestMenuItem {
  keywords?: readonly string[];
  run(editor: Editor, range: Range): void;
}

export interface SlashMenuOptions {
  /** Every entry on offer now (headings, lists, blanks, the kit's other items …). */
  items: (editor: Editor) => readonly SlashItem[];
  /** How many entries to show at most. */
  limit: number;
}

export const slashMenuKey = new PluginKey('ckSlashMenu');

/** The entries matching a query, best first (all of them, in order, for an empty query). */
export function filterSlashItems(items: readonly SlashItem[], query: string, limit: number): SlashItem[] {
  if (!query) return items.slice(0, limit);
  const scored: { item: SlashItem; score: number }[] = [];
  for (const item of items) {
    let best = fuzzyScore(query, item.label)?.score ?? -Infinity;
    for (const keyword of item.keywords ?? []) best = Math.max(best, (fuzzyScore(query, keyword)?.score ?? -Infinity) - 1);
    if (best > -Infinity) scored.push({ item, score: best });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.item);
}

/**
 * A `/` menu built on @tiptap/suggestion. `allowedPrefixes: null` lets it open right after Chinese text (`你好/`),
 * where no space precedes the slash.
 */
export const SlashMenu = Extension.create<SlashMenuOptions>({
  name: 'slashMenu',

  addOptions() {
    return { items: () => [], limit: 40 };
  },

  addProseMirrorPlugins() {
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashMenuKey,
        char: '/',
        allowedPrefixes: null,
        items: ({ query, editor }) => filterSlashItems(this.options.items(editor), query, this.options.limit),
        command: ({ editor, range, props }) => props.run(editor, range),
        render: suggestionPopup<SlashItem>(),
      }),
    ];
  },
});
