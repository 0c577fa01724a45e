import { Emitter, type Event } from './emitter';

/** Where an entry sits and what clicking it runs. */
export interface StatusEntry {
  id: string;
  alignment: 'left' | 'right';
  /** Higher sits further out (left entries: further left; right entries: further right). */
  priority?: number;
  command?: string;
}

/** What an entry shows now. */
export interface StatusEntryState {
  text: string;
  tooltip?: string;
  severity?: 'error' | 'warning' | 'info';
  hidden?: boolean;
}

/** A registered entry: update what it shows, or remove it. */
export interface StatusEntryHandle {
  update(state: Partial<StatusEntryState>): void;
  dispose(): void;
}

/** The status bar's entries, contributed by features. */
export interface StatusBar {
  register(entry: StatusEntry, state: StatusEntryState): StatusEntryHandle;
  /** Entries in display order (left ones, then right ones). */
  entries(): { entry: StatusEntry; state: StatusEntryState }[];
  readonly onDidChange: Event<void>;
}

/** Creates the status-bar model the workbench renders. */
export function createStatusBar(): StatusBar {
  const entries = new Map<string, { entry: StatusEntry; state: StatusEntryState }>();
  const changed = new Emitter<void>();
  return {
    register(entry, state) {
      if (entries.has(entry.id)) throw new Error(`Status entry "${entry.id}" is already registered`);
      const record = { entry, state: { ...state } };
      entries.set(entry.id, record);
      changed.fire();
      return {
        update(next) {
          const merged = { ...record.state, ...next };
          if (Object.keys(merged).every((k) => merged[k as keyof StatusEntryState] === record.state[k as keyof StatusEntryState])) return;
          record.state = merged;
          changed.fire();
        },
        dispose() {
          entries.delete(entry.id);
          changed.fire();
        },
      };
    },
    entries() {
      const all = [...entries.values()];
      const left = all.filter((e) => e.entry.alignment === 'left').sort((a, b) => (b.entry.priority ?? 0) - (a.entry.priority ?? 0));
      const right = all.filter((e) => e.entry.alignment === 'right').sort((a, b) => (a.entry.priority ?? 0) - (b.entry.priority ?? 0));
      return [...left, ...right];
    },
    onDidChange: changed.event,
  };
}
