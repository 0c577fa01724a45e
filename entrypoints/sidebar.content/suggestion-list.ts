import {
  createHighlighter,
  groupNearDuplicates,
  highlightTerms,
  matchesQuery,
  prepareInsertion,
  queryWords,
  searchText,
  textSignature,
  type ItemKind,
  type Platform,
  type PlatformTarget,
  type Stage,
  type Suggestion,
} from '../../content-kit';
import type { Snapshot, SnapshotItem } from '../../utils/snapshot/snapshot-types';
import type { SuggestionView } from './ui/sidebar-view';

const PREVIEW_CHARS = 100;
/** How much of a long body is prepared for its preview (the rest is never shown). */
const PREVIEW_SOURCE = 300;
/** The draft's tail whose words are worth marking. */
const DRAFT_TAIL = 200;

/** What the list is filtered by, besides the query. */
export interface ListFilter {
  query: string;
  kind: ItemKind | '';
  stage: Stage | '';
  site: Platform;
}

/**
 * Turns ranked suggestions into the cards the sidebar shows. A query filters: only items whose title, body, tags
 * or kit name match it stay, ranked ones first, then the other matches in kit order. Near-identical items of
 * other kits fold under the first ("also in"); each card shows the text that goes in, in the target's form.
 * Search texts and signatures are cached per snapshot; a query's matches are found once, not per keystroke.
 */
export function createSuggestionList() {
  let kitNames = new Map<string, string>();
  let items: ReadonlyMap<string, SnapshotItem> = new Map();
  let order: string[] = [];
  const texts = new Map<string, string>();
  const signatures = new Map<string, Set<string>>();
  let matched: { query: string; keys: string[] } | undefined;

  const textOf = (key: string, item: SnapshotItem) => {
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = searchText([item.title, item.body, item.tags, kitNames.get(item.kitId)])));
    return text;
  };
  const signatureOf = (key: string, item: SnapshotItem) => {
    let signature = signatures.get(key);
    if (!signature) signatures.set(key, (signature = textSignature(item.kind === 'topic' ? item.body : `${item.title}\n${item.body}`)));
    return signature;
  };
  const matchesOf = (query: string): string[] => {
    if (matched?.query !== query) {
      const words = queryWords(query);
      matched = { query, keys: order.filter((key) => matchesQuery(textOf(key, items.get(key)!), words)) };
    }
    return matched.keys;
  };

  return {
    /** Takes a new snapshot's items (keyed by suggestion key) and kit names; drops every cache. */
    setSnapshot(snapshot: Snapshot, byKey: ReadonlyMap<string, SnapshotItem>) {
      kitNames = new Map(snapshot.kits.map((k) => [k.id, k.name]));
      items = byKey;
      order = [...byKey.keys()];
      texts.clear();
      signatures.clear();
      matched = undefined;
    },

    /** Whether the query leaves anything to search for. */
    searching: (query: string) => queryWords(query).length > 0,

    /** The cards for these ranked suggestions under the filter, at most `limit`. */
    views(
      ranked: readonly Pick<Suggestion, 'key'>[],
      filter: ListFilter,
      place: { target: PlatformTarget; draft: string; favourites: ReadonlySet<string>; hasBlanks: (key: string, item: SnapshotItem) => boolean },
      limit: number,
    ): SuggestionView[] {
      let keys = ranked.map((r) => r.key);
      if (queryWords(filter.query).length) {
        const hits = matchesOf(filter.query);
        const hitSet = new Set(hits);
        const fits = (item: SnapshotItem) =>
          (!filter.kind || item.kind === filter.kind) && (!filter.stage || item.stage === filter.stage) && (!item.platforms || item.platforms.includes(filter.site));
        keys = keys.filter((key) => hitSet.has(key));
        const seen = new Set(keys);
        for (const key of hits) {
          if (keys.length >= limit * 2) break;
          if (!seen.has(key) && fits(items.get(key)!)) keys.push(key);
        }
      }
      const entries = keys.flatMap((key) => {
        const item = items.get(key);
        return item ? [{ key, item, kitId: item.kitId, kind: item.kind }] : [];
      });
      const groups = kitNames.size > 1 ? groupNearDuplicates(entries, (e) => signatureOf(e.key, e.item)) : entries.map((item) => ({ item, also: [] }));
      const mark = createHighlighter(highlightTerms(filter.query, place.draft.slice(-DRAFT_TAIL)));
      // The preview is the text that goes in; HTML is never needed for it.
      const plainTarget = { ...place.target, content: 'plain' as const };
      return groups.slice(0, limit).map(({ item: { key, item }, also }): SuggestionView => {
        const source = item.kind === 'topic' ? item.body : item.body.slice(0, PREVIEW_SOURCE);
        const preview = prepareInsertion(item.kind, source, plainTarget).text.slice(0, PREVIEW_CHARS);
        return {
          key,
          id: item.id,
          kind: item.kind,
          title: item.title,
          stage: item.stage,
          preview,
          titleSpans: mark(item.title),
          previewSpans: mark(preview),
          favourite: place.favourites.has(key),
          blanks: place.hasBlanks(key, item),
          ...(kitNames.size > 1 && { kitName: kitNames.get(item.kitId) }),
          alsoIn: also.map((o) => kitNames.get(o.kitId) ?? o.kitId),
        };
      });
    },
  };
}
