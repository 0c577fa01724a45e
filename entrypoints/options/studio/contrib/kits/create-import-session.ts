import type { MergeSide } from '../../../../../content-kit';
import { Emitter, type Event } from '../../shell/emitter';
import type { ImportClient } from './create-import-client';
import type { AppliedImport, BackupSummary, ImportPhase } from './import-protocol';
import type { ImportSummary } from './summarize-plan';

/** Which list of a kit a conflict belongs to. */
export type ImportSection = 'items' | 'calendar';

/** Where an import stands; the preview renders exactly this. */
export type ImportState =
  | { step: 'working'; purpose: 'kit' | 'backup'; fileName: string; phase: ImportPhase; phases: readonly ImportPhase[] }
  | { step: 'rejected'; purpose: 'kit' | 'backup'; fileName: string; errors: string[] }
  | { step: 'preview'; summary: ImportSummary }
  | { step: 'backup'; summary: BackupSummary }
  | { step: 'applying'; purpose: 'kit' | 'backup'; fileName: string; phase: ImportPhase; phases: readonly ImportPhase[] }
  | { step: 'failed'; purpose: 'kit' | 'backup'; fileName: string; message: string }
  | { step: 'done'; purpose: 'kit' | 'backup'; fileName: string; applied?: AppliedImport };

const PREPARE_PHASES = { kit: ['read', 'parse', 'compare'], backup: ['read', 'check'] } as const;
const APPLY_PHASES = { kit: ['merge', 'write'], backup: ['write'] } as const;

/**
 * One file on its way in: read and checked by the import service, previewed, then applied with the person's
 * choices (or cancelled). Choices start where mergeKits decides (the later updatedAt) and can be flipped per
 * item or for all at once.
 */
export function createImportSession(client: ImportClient, file: File, purpose: 'kit' | 'backup') {
  const changed = new Emitter<ImportState>();
  const choices = new Map<string, MergeSide>();
  let state: ImportState = { step: 'working', purpose, fileName: file.name, phase: 'read', phases: PREPARE_PHASES[purpose] };
  let closed = false;

  const set = (next: ImportState) => {
    if (closed) return;
    state = next;
    changed.fire(state);
  };
  const progress = (phase: ImportPhase) => {
    if (state.step === 'working' || state.step === 'applying') set({ ...state, phase });
  };
  const fail = (error: unknown) => set({ step: 'failed', purpose, fileName: file.name, message: error instanceof Error ? error.message : String(error) });

  const key = (section: ImportSection, id: string) => `${section}/${id}`;

  const session = {
    purpose,
    fileName: file.name,
    onDidChange: changed.event as Event<ImportState>,
    state: (): ImportState => state,

    /** Reads and checks the file; resolves once the preview (or the list of errors) is ready. */
    async start(): Promise<void> {
      performance.mark('ck-import-start');
      try {
        if (purpose === 'kit') {
          const result = await client.call('prepareKit', [file, file.name], progress);
          if (!result.ok) return set({ step: 'rejected', purpose, fileName: file.name, errors: result.errors });
          for (const section of ['items', 'calendar'] as const) for (const c of result.summary[section].conflicts) choices.set(key(section, c.id), c.winner);
          set({ step: 'preview', summary: result.summary });
        } else {
          const result = await client.call('prepareBackup', [file, file.name], progress);
          set(result.ok ? { step: 'backup', summary: result.summary } : { step: 'rejected', purpose, fileName: file.name, errors: result.errors });
        }
      } catch (error) {
        fail(error);
      } finally {
        performance.mark('ck-import-ready');
      }
    },

    /** The side a conflict keeps now. */
    choice: (section: ImportSection, id: string): MergeSide => choices.get(key(section, id)) ?? 'base',
    choose(section: ImportSection, id: string, side: MergeSide): void {
      choices.set(key(section, id), side);
      changed.fire(state);
    },
    /** Every conflict to one side. */
    chooseAll(side: MergeSide): void {
      for (const k of choices.keys()) choices.set(k, side);
      changed.fire(state);
    },
    /** The conflicts that take the file's side under the current choices. */
    updated(section: ImportSection): string[] {
      if (state.step !== 'preview') return [];
      return state.summary[section].conflicts.filter((c) => session.choice(section, c.id) === 'incoming').map((c) => c.id);
    },
    /** How many items, entries and kit fields the import would change now (0: it would change nothing). */
    changeCount(): number {
      if (state.step !== 'preview') return 0;
      const { summary } = state;
      return summary.items.added.length + summary.calendar.added.length + session.updated('items').length + session.updated('calendar').length + summary.metadata.changes.length;
    },

    /** Applies the preview in one write; resolves to what was done (undefined when it failed, see the state). */
    async confirm(): Promise<AppliedImport | { restored: true } | undefined> {
      if (state.step !== 'preview' && state.step !== 'backup') return undefined;
      set({ step: 'applying', purpose, fileName: file.name, phase: APPLY_PHASES[purpose][0], phases: APPLY_PHASES[purpose] });
      performance.mark('ck-import-confirm');
      try {
        if (purpose === 'kit') {
          const applied = await client.call('applyKit', [[...choices]], progress);
          performance.mark('ck-import-committed');
          set({ step: 'done', purpose, fileName: file.name, applied });
          return applied;
        }
        await client.call('applyBackup', [], progress);
        performance.mark('ck-import-committed');
        set({ step: 'done', purpose, fileName: file.name });
        return { restored: true };
      } catch (error) {
        fail(error);
        return undefined;
      }
    },

    /** Drops the prepared file (nothing was written) and stops reporting. */
    cancel(): void {
      if (state.step !== 'done') void client.call('cancel', []).catch(() => undefined);
      closed = true;
    },
  };
  return session;
}

/** An import in progress, as the preview and the Kits contribution share it. */
export type ImportSession = ReturnType<typeof createImportSession>;
