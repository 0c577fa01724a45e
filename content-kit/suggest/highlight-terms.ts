import { isCjk, normalizeText, textGrams } from './text-grams';
import { createSpanMatcher } from './match-spans';

/** Characters that carry no subject on their own: function words, pronouns, counters and dates. */
const STOP_CHARS = new Set([...'的了在是我你他她它们这那一个和与及也都就要有吗呢吧啊呀哦嘛年月日次第把被给让从到对而又很还会能着过之其或等些每为以于该此么啦']);
/** Common words made of otherwise meaningful characters that still say nothing about a topic. */
const STOP_WORDS = new Set(['大家', '什么', '自己', '没有', '可以', '就是', '还是', '因为', '所以', '但是', '如果', '已经', '今天', '现在', '时候', '怎么', '真的', '觉得', '一起', '知道']);

const allStop = (gram: string) => [...gram].every((ch) => STOP_CHARS.has(ch));
const anyStop = (gram: string) => [...gram].some((ch) => STOP_CHARS.has(ch));

/** `{{blank}}` stretches (an unclosed one at the end of a cut preview too), blanked out so nothing inside them is marked. */
const BLANKS = /\{\{[^{}]*(?:\}\}|$)/gu;
const maskBlanks = (text: string) => text.replace(BLANKS, (blank) => ' '.repeat(blank.length));

/**
 * The terms worth marking in a card: the query's words and pairs (unless they are only function words) and the
 * draft's pairs that hold no function character. A stray single character of the draft is never marked.
 */
export function highlightTerms(query: string, draft: string): Set<string> {
  const terms = new Set<string>();
  textGrams(normalizeText(query), (gram) => {
    if (!STOP_WORDS.has(gram) && !allStop(gram)) terms.add(gram);
  });
  textGrams(normalizeText(draft), (gram) => {
    const cjkPair = gram.length === 2 && isCjk(gram.charCodeAt(0));
    if ((cjkPair && !anyStop(gram) && !STOP_WORDS.has(gram)) || (!isCjk(gram.charCodeAt(0)) && gram.length >= 3)) terms.add(gram);
  });
  return terms;
}

/** Returns a function giving the spans of `terms` in a text, never inside a `{{blank}}`. */
export function createHighlighter(terms: ReadonlySet<string>): (text: string) => [number, number][] {
  const match = createSpanMatcher(terms);
  return (text) => match({ title: maskBlanks(text), body: '' }).map((span): [number, number] => [span.start, span.end]);
}
