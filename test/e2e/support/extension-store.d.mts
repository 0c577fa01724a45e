/** Every key of the extension's store, or just the given ones (run it through Playwright's `evaluate`). */
export declare function readStore(keys?: string[]): Promise<Record<string, unknown>>;

/** Writes kits (with their records), removals and plain keys in one transaction (through `evaluate`). */
export declare function writeStore(change: {
  kits?: unknown[];
  enabled?: boolean;
  removeKits?: string[];
  put?: Record<string, unknown>;
  remove?: string[];
}): Promise<void>;
