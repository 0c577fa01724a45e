import { normalizeText } from './text-grams';

/** How alike two texts must be (shared character pairs over all pairs) to count as the same item. */
const NEAR = 0.8;

/** A text's character pairs with punctuation, spaces and `#` marks left out: what "the same words" compares. */
export function textSignature(text: string): Set<string> {
  const letters = normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '');
  const pairs = new Set<string>();
  if (letters.length === 1) pairs.add(letters);
  for (let i = 0; i + 1 < letters.length; i++) pairs.add(letters.slice(i, i + 2));
  return pairs;
}

/** Whether two signatures are near-identical (Jaccard ≥ 0.8); sizes far apart are answered without comparing. */
export function nearlySame(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < NEAR * large.size) return false;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / (a.size + b.size - shared) >= NEAR;
}

/** One shown item and the near-identical items of other kits folded under it. */
export interface DuplicateGroup<T> {
  item: T;
  also: T[];
}

/**
 * Folds near-identical items of the same kind from different kits under the first (best ranked) of them, keeping
 * the list's order. `signature` should be cached by the caller: it is asked for each item more than once.
 */
export function groupNearDuplicates<T extends { kitId: string; kind: string }>(items: readonly T[], signature: (item: T) => ReadonlySet<string>): DuplicateGroup<T>[] {
  const groups: DuplicateGroup<T>[] = [];
  for (const item of items) {
    const home = groups.find(
      (g) => g.item.kind === item.kind && g.item.kitId !== item.kitId && !g.also.some((o) => o.kitId === item.kitId) && nearlySame(signature(g.item), signature(item)),
    );
    if (home) home.also.push(item);
    else groups.push({ item, also: [] });
  }
  return groups;
}
