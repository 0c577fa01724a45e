/** The kit and entry ids of an `entryKey`, or undefined for anything else. */
export function splitEntryKey(key: unknown): { kitId: string; entryId: string } | undefined {
  if (typeof key !== 'string') return undefined;
  const slash = key.indexOf('/');
  if (slash < 1 || slash === key.length - 1 || key.indexOf('/', slash + 1) >= 0) return undefined;
  return { kitId: key.slice(0, slash), entryId: key.slice(slash + 1) };
}
