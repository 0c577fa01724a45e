import type { Editor } from '@tiptap/core';
import { lintStateOf, type LintState } from '../../editor/lint-decorations';
import type { Disposable } from '../../shell/emitter';
import type { StudioContext } from '../../shell/studio-context';
import { itemLintOptions } from './item-lint-options';

/**
 * Keeps an item body's lint current: reports each new lint state of the editor, and hands the editor new lint
 * options when the settings, records or kits they come from change.
 */
export function syncItemLint(
  editor: Editor,
  studio: StudioContext | null,
  kitId: string,
  lint: { current(): LintState | null; changed(lint: LintState | null): void },
): Disposable[] {
  editor.on('transaction', () => {
    const next = lintStateOf(editor.state) ?? null;
    if (next !== lint.current()) lint.changed(next);
  });
  if (!studio) return [];
  return [
    studio.data.onDidChange((change) => {
      const options = itemLintOptions(studio.data, kitId);
      if (!editor.isDestroyed && (change.settings || change.records || change.kitIds.size) && options !== lintStateOf(editor.state)?.options)
        editor.commands.setLintOptions(options);
    }),
  ];
}
