import {
  authorEntries,
  canvasEntries,
  entryEntries,
  itemEntries,
  kitEntries,
  lintEntries,
  sequenceEntries,
  stepEntries,
  variableEntries,
  wordListEntries,
  wordListMessageEntries,
} from './kit-schema';

// A path's segments: field names (possibly quoted by formatPath) and [indices].
const SEGMENT = /\[(\d+)\]|\["(?:[^"\\]|\\.)*"\]|[^.[\]:\s]+/g;

/** The format's field order at each level, named by the field that holds the level ($ for the file). */
const FIELD_ORDER = new Map<string, string[]>([
  ['$', Object.keys(kitEntries)],
  ['items', Object.keys(itemEntries)],
  ['calendar', Object.keys(entryEntries)],
  ['variables', Object.keys(variableEntries)],
  ['authors', Object.keys(authorEntries)],
  ['canvas', Object.keys(canvasEntries)],
  ['sequences', Object.keys(sequenceEntries)],
  ['steps', Object.keys(stepEntries)],
  ['lint', Object.keys(lintEntries)],
  // `lint.words` holds word lists; a word list's own `words` holds phrases, which have no fields.
  ['words', Object.keys(wordListEntries)],
  ['message', Object.keys(wordListMessageEntries)],
]);

/**
 * A sort key for one `path: reason` line: indices as numbers, field names by their place in the format at
 * their level (unknown names after known ones), so errors read in the order of a well-formed file.
 */
function sortKey(line: string): number[] {
  const path = line.slice(0, line.search(/: /) >>> 0);
  let level = '$';
  return [...path.matchAll(SEGMENT)].map((m) => {
    if (m[1] !== undefined) return Number(m[1]);
    const order = FIELD_ORDER.get(level) ?? [];
    const at = order.indexOf(m[0]);
    level = m[0];
    // Fields sort before indices (negative), in format order; unknown fields last among fields.
    return -1000 + (at < 0 ? 999 : at);
  });
}

/**
 * Orders `path: reason` lines the way a reader goes through the file: `items[2]` before `items[10]`, and inside
 * an item its fields in the format's order and `variables[1]` before `variables[2]`. Ties keep their order.
 */
export function sortErrors(lines: readonly string[]): string[] {
  const keyed = lines.map((line, order) => ({ line, key: sortKey(line), order }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.min(a.key.length, b.key.length); i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return a.key.length - b.key.length || a.order - b.order;
  });
  return keyed.map((k) => k.line);
}
