import { sameContent, type KitSequence } from '../../../../../content-kit';
import type { StudioData } from '../../shell/create-studio-data';
import { Emitter } from '../../shell/emitter';
import type { SaveStatus } from '../items/create-item-session';
import { sequenceProblems, type SequenceProblem } from './sequence-problems';
import { KitConflictError } from '../../../../../utils/store/store-errors';

const withoutStamp = ({ updatedAt: _, ...rest }: KitSequence) => rest;

/**
 * Edits of one kit's sequences, autosaved like the kit editor's fields: the whole `sequences` field is written through
 * `saveKitMeta`, checked against the value it was edited from (a change made elsewhere meanwhile is a conflict, not
 * overwritten), and only when it passes the format's rules. A sequence whose content changed gets a new `updatedAt`
 * (merge uses it); a kit left with no sequence is written without the field, so it stays format version 1.
 */
export function createSequencesSession(data: StudioData, kitId: string, delay = 500) {
  if (!data.kit(kitId)) throw new Error(`No kit "${kitId}"`);
  let base = data.kit(kitId)!.sequences;
  let sequences: KitSequence[] = structuredClone(base ?? []);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: { status: SaveStatus; message?: string } = { status: 'saved' };
  const changed = new Emitter<typeof state>();
  const setState = (next: typeof state) => {
    state = next;
    changed.fire(next);
  };
  const itemIds = () => new Set(data.kit(kitId)?.items.map((i) => i.id));
  const stamped = (now: string) =>
    sequences.map((s) => {
      const before = base?.find((b) => b.id === s.id);
      return before && sameContent(withoutStamp(before), withoutStamp(s)) ? s : { ...s, updatedAt: now };
    });

  const session = {
    kitId,
    onDidChangeState: changed.event,
    state: () => state,
    sequences: () => sequences,
    /** What breaks the format's rules now, with paths. */
    problems: (): SequenceProblem[] => sequenceProblems(sequences, itemIds()),
    edit(next: KitSequence[]) {
      sequences = next;
      setState({ status: 'pending' });
      clearTimeout(timer);
      timer = setTimeout(() => void session.save(), delay);
    },
    async save(): Promise<void> {
      clearTimeout(timer);
      if (state.status === 'conflict' || state.status === 'missing') return;
      if (sameContent(sequences, base ?? [])) {
        if (state.status !== 'saved') setState({ status: 'saved' });
        return;
      }
      const problems = session.problems();
      if (problems.length) {
        setState({ status: 'invalid', message: `${problems[0]!.path}: ${problems[0]!.message}` });
        return;
      }
      setState({ status: 'saving' });
      const written = stamped(new Date().toISOString());
      try {
        await data.saveKitMeta(kitId, { sequences: written.length ? written : undefined }, { sequences: base });
        base = structuredClone(written.length ? written : undefined);
        if (sameContent(withoutStamps(written), withoutStamps(sequences))) sequences = structuredClone(written);
        setState({ status: 'saved' });
      } catch (error) {
        const conflict = error instanceof KitConflictError;
        setState({ status: conflict ? 'conflict' : 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    /** Another tab changed the kit: take its sequences when there are no edits here, else it is a conflict. */
    remoteChanged(): boolean {
      const stored = data.kit(kitId);
      if (!stored) {
        setState({ status: 'missing' });
        return false;
      }
      if (sameContent(stored.sequences ?? [], base ?? [])) return false;
      if (sameContent(sequences, base ?? []) || sameContent(sequences, stored.sequences ?? [])) {
        base = stored.sequences;
        sequences = structuredClone(base ?? []);
        return true;
      }
      setState({ status: 'conflict', message: 'sequences' });
      return false;
    },
    /** Ends a conflict: take the stored sequences, or write the edits over them. */
    async resolve(choice: 'theirs' | 'mine'): Promise<void> {
      base = data.kit(kitId)?.sequences;
      if (choice === 'theirs') {
        sequences = structuredClone(base ?? []);
        setState({ status: 'saved' });
        return;
      }
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

const withoutStamps = (list: readonly KitSequence[]) => list.map(withoutStamp);

/** A sequences editor's session. */
export type SequencesSession = ReturnType<typeof createSequencesSession>;
