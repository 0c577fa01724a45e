/**
 * A most-recent-first list of ids kept in localStorage (recent commands, recent items). Storage that is full or
 * refused only costs the order of a list, so errors are swallowed.
 */
export function recentList(storageKey: string, limit: number) {
  const read = (): string[] => {
    try {
      const list = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    read,
    /** Moves an id to the front. */
    touch(id: string): void {
      try {
        localStorage.setItem(storageKey, JSON.stringify([id, ...read().filter((x) => x !== id)].slice(0, limit)));
      } catch {
        // Only the order suffers.
      }
    },
  };
}
