import type { Concept } from './domain-lexicon';
import { normalizeText } from './text-grams';
import { textGrams } from './text-grams';

/** Finds the lexicon's concepts in normalized text, one term at a time, as the text's grams are produced. */
export interface ConceptMatcher {
  /** The concept of the longest lexicon word that starts at `index` of `text`, given the term found there. */
  at(text: string, gram: string, index: number, found: Set<Concept>): void;
  /** Every concept in the text, with how many times its words occur (the longest word at each place). */
  all(text: string): Map<Concept, number>;
}

/**
 * Indexes the lexicon's words by their first term (a bigram or a Latin word), so finding concepts costs one
 * lookup per term of the text, not one search per word of the lexicon.
 */
export function createConceptMatcher(lexicon: readonly Concept[]): ConceptMatcher {
  const byFirstTerm = new Map<string, { word: string; concept: Concept }[]>();
  for (const concept of lexicon) {
    for (const raw of concept.words) {
      const word = normalizeText(raw);
      let first: string | undefined;
      textGrams(word, (gram, index) => {
        if (first === undefined && index === 0) first = gram;
      });
      if (!first) continue;
      const list = byFirstTerm.get(first) ?? [];
      list.push({ word, concept });
      byFirstTerm.set(first, list);
    }
  }
  // Longest word first: where 帮忙宣传 matches, the 帮忙 inside it is not also a call for help.
  for (const list of byFirstTerm.values()) list.sort((a, b) => b.word.length - a.word.length);
  const each = (text: string, gram: string, index: number, found: (concept: Concept) => void) => {
    const candidates = byFirstTerm.get(gram);
    if (!candidates) return;
    for (const { word, concept } of candidates) {
      if (!text.startsWith(word, index)) continue;
      found(concept);
      return;
    }
  };
  return {
    at: (text, gram, index, found) => each(text, gram, index, (concept) => found.add(concept)),
    all(text) {
      const found = new Map<Concept, number>();
      const count = (concept: Concept) => found.set(concept, (found.get(concept) ?? 0) + 1);
      textGrams(text, (gram, index) => each(text, gram, index, count));
      return found;
    },
  };
}
