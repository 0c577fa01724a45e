import { createSuggester, itemKey, type KitItem, type SuggestContext, type Suggester, type SuggestOptions, type Suggestion } from '../../../../content-kit';
import type { StudioData } from './create-studio-data';

/**
 * The sidebar's suggester over every kit in the studio (search view, quick open), built on first use so that
 * opening the studio does not pay for it, and kept current item by item as kits change.
 */
export function createItemIndex(data: StudioData) {
  let suggester: Suggester | null = null;
  // What each indexed item looked like, to re-index only what changed.
  const indexed = new Map<string, KitItem>();

  const build = (): Suggester => {
    const kits = data.kits();
    suggester = createSuggester(kits);
    indexed.clear();
    for (const kit of kits) for (const item of kit.items) indexed.set(itemKey(kit.id, item.id), item);
    return suggester;
  };

  data.onDidChange((change) => {
    if (!suggester) return;
    if (change.records) {
      build();
      return;
    }
    for (const kitId of change.kitIds) {
      const kit = data.kit(kitId);
      const seen = new Set<string>();
      for (const item of kit?.items ?? []) {
        const key = itemKey(kitId, item.id);
        seen.add(key);
        const before = indexed.get(key);
        if (before === item || (before && before.updatedAt === item.updatedAt && before.title === item.title && before.body === item.body)) continue;
        suggester.upsert(kitId, item);
        indexed.set(key, item);
      }
      for (const key of [...indexed.keys()]) {
        if (key.startsWith(`${kitId}/`) && !seen.has(key)) {
          suggester.remove(kitId, key.slice(kitId.length + 1));
          indexed.delete(key);
        }
      }
    }
  });

  return {
    /** Ranks items as the sidebar does; an empty context lists items in kit order. */
    suggest(context: SuggestContext, options?: SuggestOptions): Suggestion[] {
      return (suggester ?? build()).suggest(context, options);
    },
  };
}

/** The item index's interface. */
export type ItemIndex = ReturnType<typeof createItemIndex>;
