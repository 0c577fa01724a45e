import { isCjk, normalizeText } from './text-grams';

/** The words of a search box query, normalized; CJK runs stay whole (a query is short and deliberate). */
export function queryWords(query: string): string[] {
  return normalizeText(query).split(/[\s,，、;；]+/u).filter(Boolean);
}

/** The text a search looks through for one item: its title, body, tags and kit name, normalized once. */
export function searchText(fields: readonly (string | readonly string[] | undefined)[]): string {
  return normalizeText(fields.flat().filter(Boolean).join('\n'));
}

const pairsOf = (word: string): string[] => {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
};

/**
 * Whether an item's search text answers every query word: the word itself, or for a CJK word of three or more
 * characters all of its character pairs (读下去 finds 读不下去). Anything looser lists unrelated items.
 */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  return words.every((word) => {
    if (text.includes(word)) return true;
    if (word.length < 3 || ![...word].every((ch) => isCjk(ch.charCodeAt(0)))) return false;
    return pairsOf(word).every((pair) => text.includes(pair));
  });
}
