import { isCjk } from './text-grams';
import { normalizeText } from './text-grams';
import type { MatchSpan, SuggestItem } from './suggestion-types';
import { textGrams } from './text-grams';

/** How much of a body the sidebar shows, and so highlights. */
const BODY_PREVIEW = 100;

/** A CJK bigram as one number, so matching allocates no strings (0x10000 × 0xFFFF stays below 2^32). */
const pairKey = (a: number, b: number) => a * 0x10000 + b;

/**
 * Returns a function that finds where a query's terms stand in an item's title and the opening of its body,
 * merged into spans. The terms are turned into numbers once per query; matching then walks characters.
 */
export function createSpanMatcher(terms: ReadonlySet<string>): (item: Pick<SuggestItem, 'title' | 'body'>) => MatchSpan[] {
  const cjk = new Set<number>();
  const words = new Set<string>();
  for (const term of terms) {
    const a = term.charCodeAt(0);
    if (term.length === 2 && isCjk(a) && isCjk(term.charCodeAt(1))) cjk.add(pairKey(a, term.charCodeAt(1)));
    else if (term.length === 1 && isCjk(a)) cjk.add(a);
    else words.add(term);
  }
  const spansIn = (raw: string, field: MatchSpan['field']): MatchSpan[] => {
    const text = normalizeText(raw);
    const hits: [number, number][] = [];
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isCjk(c)) {
        previous = 0;
        continue;
      }
      if (previous && cjk.has(pairKey(previous, c))) hits.push([i - 1, i + 1]);
      else if (cjk.has(c)) hits.push([i, i + 1]);
      previous = c;
    }
    if (words.size) {
      textGrams(text, (gram, start) => words.has(gram) && hits.push([start, start + gram.length]));
      hits.sort((a, b) => a[0] - b[0]);
    }
    const spans: MatchSpan[] = [];
    for (const [start, end] of hits) {
      const last = spans[spans.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else spans.push({ field, start, end });
    }
    return spans;
  };
  return (item) =>
    terms.size === 0 ? [] : [...spansIn(item.title, 'title'), ...spansIn(item.body.slice(0, BODY_PREVIEW), 'body')];
}
