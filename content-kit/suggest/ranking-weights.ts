import type { ItemKind } from '../schema/kit-schema';

// The suggester's weights and boosts, tuned against the judged query set (test/fixtures/suggest/queries.jsonl).

// Field weights, BM25 saturation, and how much of a body is indexed (its opening carries its meaning).
export const TITLE_WEIGHT = 3;
export const TAG_WEIGHT = 2.5;
export const BODY_WEIGHT = 1;
export const CONCEPT_WEIGHT = 2;
/** A concept only the body mentions counts for less than one the title or tags name: the item is not about it. */
export const BODY_CONCEPT_WEIGHT = 1;
export const BODY_CHARS = 400;
export const K1 = 1.2;
export const B = 0.5;
// Query weights by where the words come from; the draft is the main signal, the page only hints.
export const QUERY_WEIGHT = { search: 2, draft: 1, place: 0.6, hot: 0.25, concept: 1.6 };
export const DRAFT_CHARS = 280;
/**
 * Characters that make a bigram grammar rather than a noun (里有, 你们, 的书): such a bigram of the draft
 * counts for little, so the draft's own nouns outweigh the glue between them.
 */
export const FUNCTION_CHARS = new Set('的了是在有和与也都就还又很吗呢吧啊呀哦嘛么这那哪些们我你他她它您咱谁啥怎把被让从向于着其并而但却则'.split('').map((c) => c.charCodeAt(0)));
export const FUNCTION_GRAM_WEIGHT = 0.3;
export const isFunctionGram = (gram: string) =>
  gram.length <= 2 && (FUNCTION_CHARS.has(gram.charCodeAt(0)) || (gram.length === 2 && FUNCTION_CHARS.has(gram.charCodeAt(1))));
export const DAY = 86_400_000;
/** Postings visited per query before the least informative terms are skipped. */
export const POSTINGS_BUDGET = 8_000;
/** How much more an item of a stage the draft names weighs. */
export const STAGE_BOOST = 0.35;
/** The largest product of the site, kind, stage and favourite boosts below. */
export const MAX_STATIC_BOOST = 1.08 * 1.15 * (1 + STAGE_BOOST) * 1.25;
/** How much an item tagged with a word of the season (the coming 节点) rises: a nudge, close to a favourite's. */
export const SEASON_BOOST = 1.2;

/** Kinds that fit a target better: a chat wants scripts, a post wants topics, an article wants stories. */
export const KIND_FIT: Record<string, Partial<Record<ItemKind, number>>> = {
  'weibo-post': { topic: 1.12 },
  'weibo-comment': { topic: 1.05, slogan: 1.05 },
  'douban-broadcast': { topic: 1.1 },
  'douban-group-title': { topic: 1.1, slogan: 1.05 },
  'douban-group-topic': { script: 1.08, story: 1.04 },
  'wechat-chat': { script: 1.15, slogan: 1.02, topic: 0.92 },
  'wechat-mp-title': { slogan: 1.1, topic: 1.05 },
  'wechat-mp-digest': { slogan: 1.1 },
  'wechat-mp-body': { story: 1.15, script: 1.05 },
};
