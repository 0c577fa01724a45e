import { kitKey } from './explorer-rows';

const EXPANDED_KEY = 'community-kit.studio.explorer-expanded';

/**
 * Which rows of the explorer are unfolded, remembered in localStorage. The first run's default, every kit open
 * and every kind closed, is the marker `*` until the user folds or unfolds something.
 */
export class ExplorerFolds {
  private expanded = ExplorerFolds.load();

  private static load(): Set<string> {
    try {
      const saved = JSON.parse(localStorage.getItem(EXPANDED_KEY) ?? 'null') as string[] | null;
      if (Array.isArray(saved)) return new Set(saved);
    } catch {
      // Fall through to the default: kits open, kinds closed.
    }
    return new Set(['*']);
  }

  /** Whether a kit or group row is unfolded. */
  isExpanded(key: string): boolean {
    return this.expanded.has(key) || (this.expanded.has('*') && key.startsWith('k:'));
  }

  /** Unfolds (or folds) rows by key, given the kits that exist now (for the first-run default). */
  set(keys: readonly string[], open: boolean, kitIds: readonly string[]): void {
    this.materialize(kitIds);
    for (const key of keys) {
      if (open) this.expanded.add(key);
      else this.expanded.delete(key);
    }
    this.save();
  }

  /** Folds every row. */
  clear(): void {
    this.expanded.clear();
    this.save();
  }

  /** Turns the first-run default (every kit open) into explicit keys before the set is changed. */
  private materialize(kitIds: readonly string[]) {
    if (!this.expanded.delete('*')) return;
    for (const id of kitIds) this.expanded.add(kitKey(id));
  }

  private save() {
    try {
      localStorage.setItem(EXPANDED_KEY, JSON.stringify([...this.expanded]));
    } catch {
      // Only the tree's folding is lost.
    }
  }
}
