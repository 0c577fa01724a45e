import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSuggesterWithLexicon, itemKey, type Suggester, type UsageRecord } from '../../content-kit';
import { sendMessage } from '../../utils/messaging/send-message';
import { applySnapshotDelta } from '../../utils/snapshot/apply-snapshot-delta';
import type { Snapshot, SnapshotDelta, SnapshotItem } from '../../utils/snapshot/snapshot-types';
import { SNAPSHOT_VERSION_KEY } from '../../utils/snapshot/snapshot-version';

/** Items indexed per task (about 40 ms each on a slow machine). */
const INDEX_SLICE = 500;

/** What the sidebar ranks over: the snapshot, its index and lookups, replaced or patched as changes arrive. */
export interface SnapshotState {
  snapshot: Snapshot;
  suggester: Suggester;
  /** The items by `kitId/itemId`. */
  items: Map<string, SnapshotItem>;
  usage: Map<string, UsageRecord>;
  favourites: Set<string>;
  limits: Map<string, number>;
}

/**
 * The content script's copy of the snapshot. When the published version moves it asks the background for what changed
 * since its own version and, for a delta, updates the snapshot and the index item by item; only a large change (or a
 * worker that forgot the deltas) sends the whole snapshot again. `onChange` hears every update, with which keys changed
 * (all of them for a full one); `onIndexed` hears that a large index finished building in the background.
 */
export function createSnapshotClient(
  ctx: ContentScriptContext,
  handlers: { onChange: (state: SnapshotState, changedKeys: readonly string[] | 'all') => void; onIndexed: () => void; onError: (error: unknown) => void },
) {
  let state: SnapshotState | undefined;
  let indexing = 0;
  let loading: Promise<void> | null = null;
  let again = false;

  function setSnapshot(next: Snapshot) {
    const items = new Map(next.items.map((item) => [itemKey(item.kitId, item.id), item]));
    const byKit = new Map<string, SnapshotItem[]>();
    for (const item of next.items.slice(0, INDEX_SLICE)) byKit.set(item.kitId, [...(byKit.get(item.kitId) ?? []), item]);
    const run = ++indexing;
    const suggester = createSuggesterWithLexicon(next.lexicon, [...byKit].map(([id, list]) => ({ id, items: list })));
    state = { snapshot: next, suggester, items, usage: new Map(next.usage), favourites: new Set(next.favourites), limits: new Map(Object.entries(next.limits)) };
    handlers.onChange(state, 'all');
    // The rest is indexed in slices between tasks, so a large kit never holds up the page for long.
    let at = INDEX_SLICE;
    const step = () => {
      if (run !== indexing) return;
      for (const item of next.items.slice(at, at + INDEX_SLICE)) suggester.upsert(item.kitId, item);
      at += INDEX_SLICE;
      if (at < next.items.length) ctx.setTimeout(step, 0);
      else handlers.onIndexed();
    };
    if (at < next.items.length) ctx.setTimeout(step, 0);
  }

  function applyDelta(current: SnapshotState, delta: SnapshotDelta) {
    const snapshot = applySnapshotDelta(current.snapshot, delta);
    for (const key of delta.remove) {
      const item = current.items.get(key);
      if (item) current.suggester.remove(item.kitId, item.id);
      current.items.delete(key);
    }
    for (const item of delta.upsert) {
      current.items.set(itemKey(item.kitId, item.id), item);
      current.suggester.upsert(item.kitId, item);
    }
    for (const [key, record] of delta.usage ?? []) current.usage.set(key, record);
    if (delta.favourites) current.favourites = new Set(delta.favourites);
    current.snapshot = snapshot;
    handlers.onChange(current, [...delta.remove, ...delta.upsert.map((i) => itemKey(i.kitId, i.id))]);
  }

  async function load(): Promise<void> {
    const reply = await sendMessage('snapshot.get', { have: state?.snapshot.version });
    if ('snapshot' in reply) {
      performance.mark('ck:snapshot-full');
      setSnapshot(reply.snapshot);
    } else if ('delta' in reply && state && reply.delta.from === state.snapshot.version) {
      applyDelta(state, reply.delta);
      // For `npm run bench`: how much crossed the message channel for this change.
      performance.mark('ck:snapshot-delta', { detail: { bytes: new TextEncoder().encode(JSON.stringify(reply)).byteLength } });
    } else if ('delta' in reply) {
      state = undefined;
      return load();
    }
  }

  /** Loads once at a time; a version published meanwhile loads again afterwards. */
  function refresh(): Promise<void> {
    if (loading) {
      again = true;
      return loading;
    }
    loading = load()
      .catch(handlers.onError)
      .finally(() => {
        loading = null;
        if (again) {
          again = false;
          void refresh();
        }
      });
    return loading;
  }

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SNAPSHOT_VERSION_KEY in changes) void refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  return {
    /** Fetches the snapshot (or what changed since the one held). */
    refresh,
    state: () => state,
  };
}

/** The sidebar's snapshot client. */
export type SnapshotClient = ReturnType<typeof createSnapshotClient>;
