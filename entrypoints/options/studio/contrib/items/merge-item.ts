import type { KitItem } from '../../../../../content-kit';
import { sameContent } from '../../../../../content-kit';


/**
 * A three-way merge of one item by field: a field only one side changed since `base` takes that side's value; a
 * field both changed differently is a conflict. Returns the merged item, or the conflicting field names.
 */
export function mergeItem(base: KitItem, mine: KitItem, theirs: KitItem): { item: KitItem } | { conflicts: string[] } {
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  keys.delete('updatedAt');
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  for (const key of keys) {
    let value: unknown;
    if (sameContent(m[key], b[key])) value = t[key];
    else if (sameContent(t[key], b[key]) || sameContent(m[key], t[key])) value = m[key];
    else {
      conflicts.push(key);
      continue;
    }
    if (value !== undefined) merged[key] = value;
  }
  if (conflicts.length) return { conflicts };
  if (theirs.updatedAt !== undefined) merged.updatedAt = theirs.updatedAt;
  return { item: merged as KitItem };
}
