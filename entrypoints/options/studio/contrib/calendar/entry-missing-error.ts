/** An entry a command named is no longer there (deleted in another tab, say). */
export class EntryMissingError extends Error {
  constructor(readonly key: string) {
    super(`No calendar entry "${key}"`);
    this.name = 'EntryMissingError';
  }
}
