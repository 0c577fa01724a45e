import { markdownToPlainText, type Kit, type KitItem } from '../../../../../content-kit';
import { kindLabel } from '../../../../../components/i18n/labels';
import { baseSlashItems } from '../../editor/base-slash-items';
import { bodyContent } from '../../editor/body-content';
import { bodyModeOf } from '../../editor/body-mode';
import type { SlashItem } from '../../editor/slash-menu';

/**
 * The slash menu of an item's body: the body mode's own entries, a blank for each name declared or used, and every
 * other item of its kit to paste in (as plain text where the body is plain).
 */
export function itemSlashItems(item: KitItem, usedBlanks: readonly string[], kit: Kit | undefined): SlashItem[] {
  const mode = bodyModeOf(item.kind);
  const blanks: SlashItem[] = [...new Set([...(item.variables ?? []).map((v) => v.name), ...usedBlanks])].map((name) => ({
    id: `blank:${name}`,
    icon: '{}',
    label: `{{${name}}}`,
    keywords: [name],
    run: (editor, range) => editor.chain().focus().deleteRange(range).insertBlank(name).run(),
  }));
  const others: SlashItem[] = (kit?.items ?? [])
    .filter((other) => other.id !== item.id)
    .map((other) => ({
      id: `item:${other.id}`,
      icon: '↳',
      label: other.title,
      detail: kindLabel(other.kind),
      keywords: [other.id, ...(other.tags ?? [])],
      run: (editor, range) => {
        const plain = other.kind === 'topic' || mode === 'plain';
        const content = bodyContent(editor, plain && other.kind !== 'topic' ? markdownToPlainText(other.body) : other.body, plain ? 'plain' : 'markdown');
        editor.chain().focus().deleteRange(range).insertContent(content.content ?? []).run();
      },
    }));
  return [...baseSlashItems(mode), ...blanks, ...others];
}
