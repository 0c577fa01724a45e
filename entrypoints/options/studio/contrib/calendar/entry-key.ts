/** The key of an entry across kits, `kitId/entryId`: kit and entry ids never hold a slash, so it splits back exactly. */
export function entryKey(kitId: string, entryId: string): string {
  return `${kitId}/${entryId}`;
}
