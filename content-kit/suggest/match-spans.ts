import { normalizeText } from './normalize-text';
import type { MatchSpan, SuggestItem } from './suggestion-types';
import { textGrams } from './text-grams';

/** How much of a body the sidebar shows, and so highlights. */
const BODY_PREVIEW = 160;

function spansIn(text: string, field: MatchSpan['field'], terms: ReadonlySet<string>): MatchSpan[] {
  const spans: MatchSpan[] = [];
  textGrams(normalizeText(text), (gram, start) => {
    if (!terms.has(gram)) return;
    const end = start + gram.length;
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ field, start, end });
  });
  return spans;
}

/** Where the query's terms stand in an item's title and the opening of its body, merged into spans. */
export function matchSpans(item: Pick<SuggestItem, 'title' | 'body'>, terms: ReadonlySet<string>): MatchSpan[] {
  if (terms.size === 0) return [];
  return [...spansIn(item.title, 'title', terms), ...spansIn(item.body.slice(0, BODY_PREVIEW), 'body', terms)];
}
