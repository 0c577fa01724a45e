/**
 * The key that names an item or a calendar entry across kits: `kitId/id`. Neither kind of id may hold a slash
 * (the id rule), so the key splits back exactly.
 */
export function itemKey(kitId: string, id: string): string {
  return `${kitId}/${id}`;
}

/** The kit id and the item or entry id of an `itemKey`, or undefined for anything else. */
export function parseItemKey(key: unknown): { kitId: string; id: string } | undefined {
  if (typeof key !== 'string') return undefined;
  const slash = key.indexOf('/');
  if (slash < 1 || slash === key.length - 1 || key.indexOf('/', slash + 1) >= 0) return undefined;
  return { kitId: key.slice(0, slash), id: key.slice(slash + 1) };
}
