import type { Stage } from '../schema/kit-schema';
import { createConceptMatcher } from './create-concept-matcher';
import type { Concept } from './domain-lexicon';
import { createSpanMatcher } from './match-spans';
import { normalizeText } from './text-grams';
import { itemKey } from '../schema/item-key';
import type { SuggestContext, Suggester, SuggestItem, SuggestOptions, Suggestion } from './suggestion-types';
import { textGrams } from './text-grams';
import {
  TITLE_WEIGHT,
  TAG_WEIGHT,
  BODY_WEIGHT,
  CONCEPT_WEIGHT,
  BODY_CONCEPT_WEIGHT,
  BODY_CHARS,
  K1,
  B,
  QUERY_WEIGHT,
  DRAFT_CHARS,
  FUNCTION_GRAM_WEIGHT,
  isFunctionGram,
  DAY,
  POSTINGS_BUDGET,
  STAGE_BOOST,
  MAX_STATIC_BOOST,
  SEASON_BOOST,
  KIND_FIT,
} from './ranking-weights';

/** A term's documents and weights; plain arrays grow cheaply while items are added. */
interface Posting {
  docs: number[];
  weights: number[];
  /** Entries of removed items still in `docs`: they do not count toward the term's document frequency. */
  dead: number;
}

export interface SuggesterKit {
  id: string;
  items: readonly SuggestItem[];
}

export interface SuggesterOptions {
  /** The concepts of the domain; DOMAIN_LEXICON unless given (the content script receives it as data). */
  lexicon?: readonly Concept[];
  /** Words of the season for every query that does not bring its own (SuggestOptions.seasonWords). */
  seasonWords?: readonly string[];
}

/** Season words as tags are matched: normalized, blank ones dropped. */
function seasonOf(words: readonly string[] | undefined): string[] {
  return (words ?? []).map((word) => normalizeText(word.trim())).filter(Boolean);
}

/**
 * Builds a Chinese-aware ranking index over kits (character bigrams, Latin words and domain concepts,
 * BM25-weighted by field) and returns a suggester that ranks items against everything known of where the
 * user writes. Items can be added, changed and removed afterwards without a rebuild.
 */
export function createSuggesterWithLexicon(lexicon: readonly Concept[], kits: readonly SuggesterKit[], options: SuggesterOptions = {}): Suggester {
  const matcher = createConceptMatcher(lexicon);
  /** Scenes by the type an item's first tag names. */
  const sceneOfType = new Map(lexicon.filter((c) => c.scene && c.type).map((c) => [normalizeText(c.type!), c]));
  const defaultSeason = seasonOf(options.seasonWords);
  let postings = new Map<string, Posting>();
  let items: (SuggestItem | undefined)[] = [];
  let kitIds: string[] = [];
  let keys: string[] = [];
  /** Each item's tags as numbers, for the season boost; the tag names are kept once, in `tagNames`. */
  let tagIds: number[][] = [];
  const tagIndex = new Map<string, number>();
  const tagNames: string[] = [];
  /** Which tags hold a word of the last season asked for: recomputed when the season or the tag set changes. */
  let seasonCache = { key: '', size: 0, flags: new Uint8Array(0) };
  function seasonFlags(season: readonly string[]): Uint8Array {
    const key = season.join('\u0001');
    if (seasonCache.key !== key || seasonCache.size !== tagNames.length) {
      const flags = new Uint8Array(tagNames.length);
      tagNames.forEach((name, id) => (flags[id] = season.some((word) => name.includes(word)) ? 1 : 0));
      seasonCache = { key, size: tagNames.length, flags };
    }
    return seasonCache.flags;
  }
  let scores = new Float64Array(64);
  const byKey = new Map<string, number>();
  let live = 0;
  let averageLength = 0;

  const terms = new Map<string, number>();
  const concepts = new Set<Concept>();
  const bodyConcepts = new Set<Concept>();
  /** The item's weighted terms, in one pass over its fields joined by a separator no gram crosses. */
  function termsOf(item: SuggestItem): Map<string, number> {
    terms.clear();
    concepts.clear();
    bodyConcepts.clear();
    const tags = (item.tags ?? []).join(' ');
    const text = normalizeText(`${item.title}\u0001${tags}\u0001${item.body.slice(0, BODY_CHARS)}`);
    const tagsStart = text.indexOf('\u0001') + 1;
    const bodyStart = text.indexOf('\u0001', tagsStart) + 1;
    textGrams(text, (gram, index) => {
      const weight = index < tagsStart ? TITLE_WEIGHT : index < bodyStart ? TAG_WEIGHT : BODY_WEIGHT;
      terms.set(gram, (terms.get(gram) ?? 0) + weight);
      matcher.at(text, gram, index, index < bodyStart ? concepts : bodyConcepts);
    });
    // An item of a community type is of that scene only: a bookshop topic of a reading group is not a local one.
    const scene = item.tags?.length ? sceneOfType.get(normalizeText(item.tags[0]!)) : undefined;
    if (scene) {
      for (const found of [concepts, bodyConcepts]) for (const concept of found) if (concept.scene) found.delete(concept);
      concepts.add(scene);
    }
    for (const concept of bodyConcepts) terms.set(`@${concept.id}`, BODY_CONCEPT_WEIGHT);
    for (const concept of concepts) terms.set(`@${concept.id}`, CONCEPT_WEIGHT);
    return terms;
  }

  function addDoc(kitId: string, item: SuggestItem): void {
    const terms = termsOf(item);
    const doc = items.length;
    const key = itemKey(kitId, item.id);
    items.push(item);
    kitIds.push(kitId);
    keys.push(key);
    tagIds.push(
      (item.tags ?? []).map((tag) => {
        const name = normalizeText(tag);
        let id = tagIndex.get(name);
        if (id === undefined) tagIndex.set(name, (id = tagNames.push(name) - 1));
        return id;
      }),
    );
    byKey.set(key, doc);
    live++;
    if (scores.length <= doc) {
      const grown = new Float64Array(scores.length * 2);
      grown.set(scores);
      scores = grown;
    }
    let length = 0;
    for (const tf of terms.values()) length += tf;
    const norm = K1 * (1 - B + (B * length) / (averageLength || length || 1));
    for (const [term, tf] of terms) {
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { docs: [], weights: [], dead: 0 }));
      posting.docs.push(doc);
      posting.weights.push((tf * (K1 + 1)) / (tf + norm));
    }
  }

  function rebuild(): void {
    const keep: [string, SuggestItem][] = [];
    items.forEach((item, doc) => item && keep.push([kitIds[doc]!, item]));
    postings = new Map();
    items = [];
    kitIds = [];
    keys = [];
    tagIds = [];
    byKey.clear();
    live = 0;
    for (const [kitId, item] of keep) addDoc(kitId, item);
  }

  function remove(kitId: string, itemId: string): void {
    const key = itemKey(kitId, itemId);
    const doc = byKey.get(key);
    if (doc === undefined) return;
    for (const term of termsOf(items[doc]!).keys()) postings.get(term)!.dead++;
    items[doc] = undefined;
    byKey.delete(key);
    live--;
    // Postings keep dead entries until they outnumber the living ones.
    if (items.length > 1000 && items.length > 2 * live) rebuild();
  }

  {
    // BM25 needs the average document length up front: a sample of the items gives it without a second pass.
    const all = kits.flatMap((kit) => kit.items.map((item): [string, SuggestItem] => [kit.id, item]));
    const step = Math.max(1, Math.floor(all.length / 500));
    let total = 0;
    let sampled = 0;
    for (let i = 0; i < all.length; i += step, sampled++) for (const tf of termsOf(all[i]![1]).values()) total += tf;
    averageLength = sampled ? total / sampled : 0;
    for (const [kitId, item] of all) {
      if (byKey.has(itemKey(kitId, item.id))) remove(kitId, item.id);
      addDoc(kitId, item);
    }
  }

  function queryTerms(context: SuggestContext): { terms: Map<string, number>; stages: Map<Stage, number>; plain: Set<string> } {
    const terms = new Map<string, number>();
    const plain = new Set<string>();
    const add = (text: string | undefined, full: number) => {
      if (!text) return;
      textGrams(normalizeText(text), (gram) => {
        const weight = isFunctionGram(gram) ? full * FUNCTION_GRAM_WEIGHT : full;
        terms.set(gram, Math.min((terms.get(gram) ?? 0) + weight, 2 * weight));
        if (full >= QUERY_WEIGHT.draft) plain.add(gram);
      });
    };
    const draft = context.text && context.text.length > DRAFT_CHARS ? context.text.slice(-DRAFT_CHARS) : context.text;
    add(context.query, QUERY_WEIGHT.search);
    add(draft, QUERY_WEIGHT.draft);
    add(context.title, QUERY_WEIGHT.place);
    add(context.group, QUERY_WEIGHT.place);
    add(context.chat, QUERY_WEIGHT.place);
    for (const topic of context.hotTopics ?? []) add(topic, QUERY_WEIGHT.hot);
    const stages = new Map<Stage, number>();
    const said = normalizeText([context.query, draft, context.group, context.chat, context.title].filter(Boolean).join(' '));
    const found = matcher.all(said);
    // One passing word of another scene (学习 in a parenting draft) must not pull that scene in at full weight.
    let sceneMentions = 0;
    for (const [concept, count] of found) if (concept.scene) sceneMentions = Math.max(sceneMentions, count);
    for (const [concept, count] of found) {
      const share = concept.scene ? count / sceneMentions : 1;
      terms.set(`@${concept.id}`, QUERY_WEIGHT.concept * (concept.weight ?? 1) * share);
      if (concept.stage) stages.set(concept.stage, (stages.get(concept.stage) ?? 0) + 1);
    }
    return { terms, stages, plain };
  }

  function suggest(context: SuggestContext, options: SuggestOptions = {}): Suggestion[] {
    const limit = Math.max(1, options.limit ?? 20);
    const now = options.now ?? Date.now();
    const { terms, stages, plain } = queryTerms(context);
    // Every stage the draft names counts, by its mentions against the most-named one's (a draft can name two).
    const stageVotes = Math.max(0, ...stages.values());
    const kindFit = KIND_FIT[context.target ?? ''] ?? {};
    const season = options.seasonWords ? seasonOf(options.seasonWords) : defaultSeason;
    const flags = season.length ? seasonFlags(season) : undefined;
    const inSeason = (doc: number) => {
      for (const id of tagIds[doc]!) if (flags![id]) return true;
      return false;
    };

    const boost = (doc: number, item: SuggestItem): number => {
      let factor = 1;
      if (context.site && item.platforms?.includes(context.site)) factor *= 1.08;
      factor *= kindFit[item.kind] ?? 1;
      if (item.stage && stageVotes) factor *= 1 + (STAGE_BOOST * (stages.get(item.stage) ?? 0)) / stageVotes;
      const key = keys[doc]!;
      const used = options.usage?.get(key);
      if (used) factor *= 1 + 0.1 * Math.log2(1 + used.count) + (now - used.lastUsed < 7 * DAY ? 0.08 : 0);
      if (options.favourites?.has(key)) factor *= 1.25;
      if (season.length && inSeason(doc)) factor *= SEASON_BOOST;
      return factor;
    };
    const allowed = (item: SuggestItem | undefined): item is SuggestItem =>
      !!item &&
      (!options.kind || item.kind === options.kind) &&
      (!options.stage || item.stage === options.stage) &&
      (!context.site || !item.platforms || item.platforms.includes(context.site));

    const top: { doc: number; score: number }[] = [];
    const offer = (doc: number, score: number) => {
      if (top.length === limit && score <= top[top.length - 1]!.score) return;
      let i = top.length;
      while (i > 0 && top[i - 1]!.score < score) i--;
      top.splice(i, 0, { doc, score });
      if (top.length > limit) top.pop();
    };

    // Most informative terms first; past a postings budget the common ones are skipped (they barely move a rank).
    const ranked: { posting: Posting; factor: number }[] = [];
    for (const [term, weight] of terms) {
      const posting = postings.get(term);
      if (!posting) continue;
      const df = posting.docs.length - posting.dead;
      const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
      if (idf > 0) ranked.push({ posting, factor: idf * weight });
    }
    ranked.sort((a, b) => b.factor - a.factor);
    const touched: number[] = [];
    let visited = 0;
    for (const { posting, factor } of ranked) {
      if (visited > POSTINGS_BUDGET) break;
      const { docs, weights } = posting;
      visited += docs.length;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + factor * weights[j]!;
      }
    }
    let usageCeiling = 1;
    for (const used of options.usage?.values() ?? []) usageCeiling = Math.max(usageCeiling, 1.08 + 0.1 * Math.log2(1 + used.count));
    const ceiling = MAX_STATIC_BOOST * usageCeiling;
    for (const doc of touched) {
      const raw = scores[doc]!;
      scores[doc] = 0;
      // Only a document that could still enter the top list pays for its boosts.
      if (top.length === limit) {
        const bound = raw * ceiling;
        const last = top[top.length - 1]!.score;
        // The season's tags are looked at only for the few documents it could lift over the line.
        if (bound <= last && (!season.length || bound * SEASON_BOOST <= last || !inSeason(doc))) continue;
      }
      const item = items[doc];
      if (allowed(item)) offer(doc, raw * boost(doc, item));
    }

    const needle = normalizeText(context.query?.trim() ?? '');
    if (top.length === 0 && (terms.size === 0 || needle)) {
      // A one-character search has no bigram in the index: scan titles and tags. No query at all: favourites, history, kit order.
      items.forEach((item, doc) => {
        if (!allowed(item)) return;
        if (needle && !normalizeText(`${item.title} ${(item.tags ?? []).join(' ')}`).includes(needle)) return;
        offer(doc, (0.01 * boost(doc, item)) / (1 + doc / 1e6));
      });
    }

    const matchSpans = createSpanMatcher(plain);
    return top.map(({ doc, score }) => {
      const item = items[doc]!;
      return {
        key: keys[doc]!,
        id: item.id,
        kitId: kitIds[doc]!,
        kind: item.kind,
        title: item.title,
        ...(item.stage && { stage: item.stage }),
        score: Math.round(score * 10_000) / 10_000,
        matches: matchSpans(item),
      };
    });
  }

  return {
    suggest,
    upsert(kitId, item) {
      remove(kitId, item.id);
      addDoc(kitId, item);
    },
    remove,
    get: (key) => {
      const doc = byKey.get(key);
      return doc === undefined ? undefined : items[doc];
    },
    get size() {
      return live;
    },
  };
}
