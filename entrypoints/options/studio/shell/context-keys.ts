import { Emitter, type Event } from './emitter';

/** Shared facts that commands consult (`explorer.selectedItem`, `editor.activeItem` …), like VS Code's context keys. */
export interface ContextKeys {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  readonly onDidChange: Event<string>;
}

/** Creates an empty context-key service. Keys are plain strings kept in a Map. */
export function createContextKeys(): ContextKeys {
  const values = new Map<string, unknown>();
  const changed = new Emitter<string>();
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set(key, value) {
      if (values.get(key) === value) return;
      if (value === undefined) values.delete(key);
      else values.set(key, value);
      changed.fire(key);
    },
    onDidChange: changed.event,
  };
}
