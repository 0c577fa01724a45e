import { t } from '../../../../../components/i18n/t';
import type { KitItem } from '../../../../../content-kit';
import { fuzzyScore } from '../../shell/fuzzy-score';
import { defineContribution, type StudioContext } from '../../shell/studio-context';
import type { QuickPickItem } from '../../shell/studio-types';
import { kindLabel, stageLabel } from '../../../../../components/i18n/labels';
import { itemKey, parseItemKey } from '../../../../../content-kit';
import { recentList } from '../../shell/recent-list';

const LIMIT = 60;
const recentItems = recentList('community-kit.studio.recent-items', 20);

interface ItemRow extends QuickPickItem {
  kitId: string;
  itemId: string;
}


/**
 * Rows for a query: titles that match fuzzily (as VS Code's Ctrl+P matches file names) first, then what the
 * sidebar's suggester finds in tags and bodies; recently opened items for an empty query.
 */
function rowsFor(studio: StudioContext, query: string): ItemRow[] {
  const kitName = new Map(studio.data.kits().map((k) => [k.id, k.name]));
  const row = (kitId: string, item: KitItem, highlights: number[] = []): ItemRow => ({
    id: itemKey(kitId, item.id),
    kitId,
    itemId: item.id,
    label: item.title,
    description: kitName.get(kitId),
    detail: [kindLabel(item.kind), item.stage ? stageLabel(item.stage) : ''].filter(Boolean).join(' · '),
    highlights,
  });
  if (!query.trim()) {
    const rows: ItemRow[] = [];
    for (const key of recentItems.read()) {
      const ref = parseItemKey(key);
      const item = ref && studio.data.item(ref.kitId, ref.id);
      if (ref && item) rows.push(row(ref.kitId, item));
    }
    for (const kit of studio.data.kits()) {
      for (const item of kit.items) {
        if (rows.length >= LIMIT) return rows;
        if (!rows.some((r) => r.kitId === kit.id && r.itemId === item.id)) rows.push(row(kit.id, item));
      }
    }
    return rows;
  }
  const scored: { row: ItemRow; score: number }[] = [];
  for (const kit of studio.data.kits()) {
    for (const item of kit.items) {
      const match = fuzzyScore(query, item.title);
      if (match) scored.push({ row: row(kit.id, item, match.matches), score: match.score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const rows = scored.slice(0, LIMIT).map((s) => s.row);
  const seen = new Set(rows.map((r) => r.id));
  for (const suggestion of studio.index.suggest({ query }, { limit: LIMIT })) {
    if (rows.length >= LIMIT) break;
    const item = studio.data.item(suggestion.kitId, suggestion.id);
    if (item && !seen.has(suggestion.key)) rows.push(row(suggestion.kitId, item));
  }
  return rows;
}

/** Quick open (Ctrl+P): items by title across every kit. */
export default defineContribution({
  id: 'quick-open',
  activate(studio) {
    studio.workbench.onDidChangeActive((tab) => {
      const input = tab?.input;
      if (input?.type === 'item' && typeof input.kitId === 'string') recentItems.touch(input.id);
    });

    studio.commands.register({
      id: 'studio.quickOpen.show',
      title: { zh: '转到条目…', en: 'Go to Item…' },
      keybinding: 'Mod+P',
      run: async () => {
        const picked = await studio.workbench.quickPick<ItemRow>({
          hook: 'quick-open',
          placeholder: t('studioQuickOpenPlaceholder'),
          items: (query) => rowsFor(studio, query),
          empty: t('studioNoResults'),
        });
        if (picked) await studio.commands.execute('studio.item.open', { kitId: picked.kitId, itemId: picked.itemId, pinned: true });
      },
    });
  },
});
