import type { KitMeta, StudioData } from '../../shell/create-studio-data';
import { Emitter } from '../../shell/emitter';
import type { SaveStatus } from '../items/create-item-session';
import { kitProblem } from './kit-problem';
import { sameContent } from '../../../../../content-kit';
import { KitConflictError, KitNotFoundError } from '../../../../../utils/store/store-errors';

/** The kit fields the kit editor shows. */
export const KIT_FIELDS = ['name', 'version', 'locale', 'timezone', 'description', 'authors', 'canvas'] as const;
type Fields = Pick<KitMeta, (typeof KIT_FIELDS)[number]>;

const pick = (source: Partial<KitMeta>): Fields => Object.fromEntries(KIT_FIELDS.map((k) => [k, structuredClone(source[k])])) as Fields;

/**
 * Edits of one kit's metadata and canvas, autosaved field by field: only changed fields are written, each checked
 * against the value it was edited from, so two tabs editing different fields both keep their changes.
 */
export function createKitSession(data: StudioData, kitId: string, delay = 500) {
  const kit = data.kit(kitId);
  if (!kit) throw new KitNotFoundError(kitId);
  let base = pick(kit);
  let fields = pick(kit);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: { status: SaveStatus; message?: string } = { status: 'saved' };
  const changed = new Emitter<typeof state>();
  const setState = (next: typeof state) => {
    state = next;
    changed.fire(next);
  };
  const patch = () => Object.fromEntries(KIT_FIELDS.filter((k) => !sameContent(fields[k], base[k])).map((k) => [k, fields[k]])) as Partial<Fields>;

  const session = {
    kitId,
    onDidChangeState: changed.event,
    state: () => state,
    fields: () => fields,
    edit(next: Partial<Fields>) {
      fields = { ...fields, ...next };
      setState({ status: 'pending' });
      clearTimeout(timer);
      timer = setTimeout(() => void session.save(), delay);
    },
    async save(): Promise<void> {
      clearTimeout(timer);
      if (state.status === 'conflict' || state.status === 'missing') return;
      const changes = patch();
      if (!Object.keys(changes).length) {
        if (state.status === 'pending') setState({ status: 'saved' });
        return;
      }
      const problem = kitProblem(fields);
      if (problem) {
        setState({ status: 'invalid', message: problem });
        return;
      }
      setState({ status: 'saving' });
      try {
        const saved = await data.saveKitMeta(kitId, changes, base);
        base = { ...base, ...structuredClone(changes) };
        if (sameContent(pick(saved), fields)) setState({ status: 'saved' });
        else if (!Object.keys(patch()).length) setState({ status: 'saved' });
      } catch (error) {
        const conflict = error instanceof KitConflictError;
        setState({ status: conflict ? 'conflict' : 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    /** Another tab changed the kit: take its fields where there are no edits here; a field edited on both sides is a conflict. */
    remoteChanged(): boolean {
      const stored = data.kit(kitId);
      if (!stored) {
        setState({ status: 'missing' });
        return false;
      }
      const theirs = pick(stored);
      const clashes: string[] = [];
      let took = false;
      for (const key of KIT_FIELDS) {
        if (sameContent(theirs[key], base[key])) continue;
        if (sameContent(fields[key], base[key])) {
          (fields as Record<string, unknown>)[key] = theirs[key];
          (base as Record<string, unknown>)[key] = theirs[key];
          took = true;
        } else if (sameContent(fields[key], theirs[key])) (base as Record<string, unknown>)[key] = theirs[key];
        else clashes.push(key);
      }
      if (clashes.length) setState({ status: 'conflict', message: clashes.join(', ') });
      return took;
    },
    /** Ends a conflict: take the stored fields, or write the edits over them. */
    async resolve(choice: 'theirs' | 'mine'): Promise<void> {
      const stored = data.kit(kitId);
      if (!stored) return;
      const theirs = pick(stored);
      if (choice === 'theirs') {
        fields = structuredClone(theirs);
        base = structuredClone(theirs);
        setState({ status: 'saved' });
        return;
      }
      base = structuredClone(theirs);
      setState({ status: 'pending' });
      await session.save();
    },
    flush: () => session.save(),
    dispose() {
      clearTimeout(timer);
    },
  };
  return session;
}

/** A kit editor's session. */
export type KitSession = ReturnType<typeof createKitSession>;
