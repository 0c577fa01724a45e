import { entryEntries, itemEntries, kitEntries, sequenceEntries, wordListEntries } from '../schema/kit-schema';
import { sameContent } from './same-content';

/** One field that differs between my copy and theirs (`undefined` where a side lacks it). */
export interface FieldChange {
  field: string;
  mine: unknown;
  theirs: unknown;
}

const ORDER = {
  items: Object.keys(itemEntries),
  calendar: Object.keys(entryEntries),
  kit: Object.keys(kitEntries),
  sequences: Object.keys(sequenceEntries),
  wordLists: Object.keys(wordListEntries),
} as const;

// Fields a side-by-side view never lists: the id matched the pair, updatedAt only says when, a kit's items, entries,
// sequences and lint are compared one by one, and its formatVersion follows from its content.
const SKIPPED = new Set(['id', 'updatedAt', 'items', 'calendar', 'sequences', 'lint', 'formatVersion']);

/**
 * The fields in which two items, entries, sequences, word lists or two kits' own fields differ, in the format's field order, then
 * `x-` extensions by name. Values are compared as content (key order and `updatedAt` inside them do not count).
 */
export function diffFields(mine: object, theirs: object, section: keyof typeof ORDER): FieldChange[] {
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const known = ORDER[section];
  const extra = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.includes(k)).sort();
  const changes: FieldChange[] = [];
  for (const field of [...known, ...extra]) {
    if (SKIPPED.has(field)) continue;
    const [x, y] = [Object.hasOwn(a, field) ? a[field] : undefined, Object.hasOwn(b, field) ? b[field] : undefined];
    if (x === undefined && y === undefined) continue;
    if (!sameContent(x, y)) changes.push({ field, mine: x, theirs: y });
  }
  return changes;
}
