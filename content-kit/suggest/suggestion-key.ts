/** The key that names an item across kits: `kitId/itemId` (a kit id never contains `/`). */
export function suggestionKey(kitId: string, itemId: string): string {
  return `${kitId}/${itemId}`;
}
