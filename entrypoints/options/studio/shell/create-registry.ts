import { Emitter, type Disposable, type Event } from './emitter';

/** A keyed list of contributed things (views, editors, panels) that tells its readers when it changes. */
export interface Registry<T extends { id: string }> {
  /** Adds an entry; an id registered twice is a programming error and throws. */
  register(entry: T): Disposable;
  get(id: string): T | undefined;
  /** Entries by `order` (then registration order). */
  all(): T[];
  readonly onDidChange: Event<void>;
}

/** Creates a registry for contributions of one sort. */
export function createRegistry<T extends { id: string; order?: number }>(what: string): Registry<T> {
  const entries = new Map<string, T>();
  const changed = new Emitter<void>();
  return {
    register(entry) {
      if (entries.has(entry.id)) throw new Error(`${what} "${entry.id}" is already registered`);
      entries.set(entry.id, entry);
      changed.fire();
      return () => {
        if (entries.get(entry.id) === entry) entries.delete(entry.id);
        changed.fire();
      };
    },
    get: (id) => entries.get(id),
    all: () => [...entries.values()].sort((a, b) => (a.order ?? 100) - (b.order ?? 100)),
    onDidChange: changed.event,
  };
}
