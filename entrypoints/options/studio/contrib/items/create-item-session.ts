import { findBlanks, type KitItem } from '../../../../../content-kit';
import type { DraftStore } from '../../shell/create-draft-store';
import type { StudioData } from '../../shell/create-studio-data';
import { Emitter } from '../../shell/emitter';
import { ItemConflictError, ItemMissingError } from '../../../../../utils/store/store-errors';
import { itemProblem } from './item-problem';
import { mergeItem } from './merge-item';

/** Where an item's edits stand. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'conflict' | 'missing' | 'error';

export interface SessionState {
  status: SaveStatus;
  /** What went wrong (invalid, error), in words. */
  message?: string;
  /** The stored item that conflicts with the edits (conflict). */
  theirs?: KitItem;
}

/** What the session needs from the editor that shows the item. */
export interface SessionView {
  /** The body as it stands in the editor (read only when saving, so typing stays cheap). */
  readBody(): string;
  /** Replaces what the editor shows with a stored version (another tab's change). */
  show(item: KitItem, bodyChanged: boolean): void;
}

export interface SessionOptions {
  data: StudioData;
  drafts: DraftStore;
  kitId: string;
  itemId: string;
  /** Milliseconds after the last edit before saving (autosave). */
  delay?: number;
  /** Milliseconds before retrying a save the store refused. */
  retry?: number;
}

/** Declared variables the body no longer uses are not stored (KIT-FORMAT.md makes them an error), but kept in the session. */
function storable(item: KitItem): KitItem {
  const used = new Set(findBlanks(item.body).map((b) => b.name));
  const out: KitItem = { ...item };
  const variables = (item.variables ?? []).filter((v) => used.has(v.name));
  if (variables.length) out.variables = variables;
  else delete out.variables;
  if (!out.tags?.length) delete out.tags;
  if (!out.platforms?.length) delete out.platforms;
  if (!out.stage) delete out.stage;
  return out;
}

/**
 * One open item's edits and their way into the store: autosave shortly after the last change, saves that are
 * refused when another tab saved first (and merged by field when the two did not touch the same field), remote
 * changes shown at once when there is nothing unsaved, and a localStorage draft whenever the store is behind.
 */
export function createItemSession(options: SessionOptions) {
  const { data, drafts, kitId, itemId } = options;
  const delay = options.delay ?? 500;
  const retry = options.retry ?? 5000;
  const loaded = data.item(kitId, itemId);
  if (!loaded) throw new ItemMissingError(kitId, itemId);
  let base: KitItem = loaded;
  let fields: KitItem = structuredClone(loaded);
  let view: SessionView | null = null;
  let dirty = false;
  let edits = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let state: SessionState = { status: 'saved' };
  const changed = new Emitter<SessionState>();
  const setState = (next: SessionState) => {
    state = next;
    changed.fire(next);
  };

  const current = (): KitItem => ({ ...fields, body: view ? view.readBody() : fields.body });
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void session.save(), ms);
  };
  const keepDraft = (item: KitItem) => drafts.put({ kitId, itemId, base: base.updatedAt, value: item });

  const adopt = (stored: KitItem) => {
    const bodyChanged = stored.body !== current().body;
    base = stored;
    fields = structuredClone(stored);
    dirty = false;
    drafts.remove(kitId, itemId);
    view?.show(stored, bodyChanged);
    setState({ status: 'saved' });
  };

  /** Folds a stored version into the edits when their changes do not overlap; false on a real conflict. */
  const merge = (theirs: KitItem): boolean => {
    const mine = current();
    const result = mergeItem(base, mine, theirs);
    if ('conflicts' in result) {
      keepDraft(mine);
      setState({ status: 'conflict', theirs, message: result.conflicts.join(', ') });
      return false;
    }
    base = theirs;
    fields = result.item;
    if (result.item.body !== mine.body) view?.show(fields, true);
    return true;
  };

  async function runSave(): Promise<void> {
    clearTimeout(timer);
    if (!dirty || state.status === 'conflict' || state.status === 'missing') return;
    const item = current();
    const problem = itemProblem(storable(item));
    if (problem) {
      keepDraft(item);
      setState({ status: 'invalid', message: problem });
      return;
    }
    const startedAt = edits;
    setState({ status: 'saving' });
    try {
      const saved = await data.saveItem(kitId, storable(item), base.updatedAt);
      base = saved;
      fields = { ...fields, updatedAt: saved.updatedAt };
      if (edits === startedAt) {
        dirty = false;
        drafts.remove(kitId, itemId);
        setState({ status: 'saved' });
      } else {
        setState({ status: 'pending' });
        schedule(delay);
      }
    } catch (error) {
      if (error instanceof ItemConflictError) {
        if (merge(error.stored)) return runSave();
      } else if (error instanceof ItemMissingError) {
        keepDraft(item);
        setState({ status: 'missing' });
      } else {
        keepDraft(item);
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        schedule(retry);
      }
    }
  }

  const session = {
    kitId,
    itemId,
    onDidChangeState: changed.event,
    state: () => state,
    isDirty: () => dirty,
    /** The item with the edits so far (fields and, when an editor is attached, its body). */
    current,
    /** The version the edits are based on. */
    base: () => base,
    /** Connects the editor that shows the item; detaching keeps the body it last showed. */
    attach(next: SessionView | null) {
      if (view && !next) fields = current();
      view = next;
    },
    /** Changes fields (title, kind, stage, tags, platforms, variables). */
    edit(patch: Partial<Omit<KitItem, 'id' | 'updatedAt'>>) {
      fields = { ...fields, ...patch };
      session.touch();
    },
    /** Records that something changed (the body); autosave runs `delay` ms after the last call. */
    touch() {
      dirty = true;
      edits++;
      if (state.status !== 'conflict' && state.status !== 'missing') {
        if (state.status !== 'pending') setState({ status: 'pending' });
        schedule(delay);
      }
    },
    /** Saves now; resolves when this save (and any running one) is done. */
    async save(): Promise<void> {
      while (running) await running;
      running = runSave().finally(() => (running = null));
      return running;
    },
    /** Saves pending edits now (before a tab closes); a draft covers what the store refuses. */
    async flush(): Promise<void> {
      if (dirty) keepDraft(current());
      await session.save();
    },
    /** Keeps the edits in localStorage synchronously (the page is going away, IndexedDB may not finish). */
    keepDraftNow() {
      if (dirty) keepDraft(current());
    },
    /** A stored version may have changed (another tab, the background): show it, merge it, or report a conflict. */
    remoteChanged() {
      const stored = data.item(kitId, itemId);
      if (running) return;
      if (!stored) {
        if (state.status !== 'missing') setState({ status: 'missing' });
        return;
      }
      if (stored.updatedAt === base.updatedAt) return;
      if (!dirty) adopt(stored);
      else if (merge(stored)) {
        setState({ status: 'pending' });
        schedule(delay);
      }
    },
    /** Ends a conflict: take the stored version, or keep the edits and write them over it. */
    async resolve(choice: 'theirs' | 'mine'): Promise<void> {
      // The newer of what the studio holds and what the refused save reported.
      const held = data.item(kitId, itemId);
      const stored = held && state.theirs && (state.theirs.updatedAt ?? '') > (held.updatedAt ?? '') ? state.theirs : (held ?? state.theirs);
      if (choice === 'theirs') {
        if (stored) adopt(stored);
        return;
      }
      if (stored) base = stored;
      if (state.status === 'missing') {
        const revived = await data.createItem(kitId, { ...storable(current()), id: itemId });
        base = revived;
        dirty = false;
        drafts.remove(kitId, itemId);
        setState({ status: 'saved' });
        return;
      }
      dirty = true;
      setState({ status: 'pending' });
      await session.save();
    },
    /** Offers back a draft left by a crash or a refused save; true when one was restored. */
    restoreDraft(): boolean {
      const draft = drafts.get(kitId, itemId);
      if (!draft || typeof draft.value !== 'object' || draft.value === null) return false;
      const value = { ...(draft.value as KitItem), id: itemId };
      if (JSON.stringify(storable(value)) === JSON.stringify(storable(base))) {
        drafts.remove(kitId, itemId);
        return false;
      }
      fields = structuredClone(value);
      view?.show(fields, true);
      if (draft.base !== base.updatedAt) {
        // Made from an older version than the stored one: let the person choose.
        dirty = true;
        edits++;
        setState({ status: 'conflict', theirs: base, message: 'draft' });
        return true;
      }
      session.touch();
      return true;
    },
    dispose() {
      clearTimeout(timer);
      view = null;
    },
  };
  return session;
}

/** An open item's session. */
export type ItemSession = ReturnType<typeof createItemSession>;
