import type { CalendarEntry, Kit, KitItem, KitSequence, KitWordList } from '../schema/kit-schema';
import { diffFields, type FieldChange } from './diff-fields';
import { mergeKits, type MergeConflict, type MergeResolutions, type MergeSide } from './merge-kits';

/** What an import does to one list (items, calendar entries, sequences or word lists) of the stored kit. */
export interface ImportPlanSection<T> {
  /** New ids, added after the stored ones. */
  added: T[];
  /** Ids whose content is the same on both sides. */
  unchanged: string[];
  /** Every id whose content differs, with the side that will be kept (`winner`). */
  conflicts: MergeConflict<T>[];
  /** The conflicts whose incoming side will replace mine. */
  updated: string[];
}

/** Everything an import would do, decided before anything is written. */
export interface ImportPlan {
  /** `new`: no stored kit has this id; `merge`: it is merged into the stored kit with the same id. */
  mode: 'new' | 'merge';
  /** The kit that would be stored. */
  kit: Kit;
  /** Paths of unknown fields the reader dropped from the file. */
  dropped: string[];
  items: ImportPlanSection<KitItem>;
  calendar: ImportPlanSection<CalendarEntry>;
  /** Sequences (format version 2). */
  sequences: ImportPlanSection<KitSequence>;
  /** Word lists of `lint.words` (format version 2). */
  wordLists: ImportPlanSection<KitWordList>;
  /** Phrases of the file's `lint.allow` that the stored kit does not allow yet. */
  allowAdded: string[];
  /** Whose kit-level fields (name, description, canvas …) are kept, and how they differ from the stored ones. */
  metadata: { from: MergeSide; changes: FieldChange[] };
  /** True when storing the result would change nothing in the stored kit (re-importing one's own export). */
  noop: boolean;
}

const section = <T>(added: T[], unchanged: string[], conflicts: MergeConflict<T>[]): ImportPlanSection<T> => ({
  added,
  unchanged,
  conflicts,
  updated: conflicts.filter((c) => c.winner === 'incoming').map((c) => c.id),
});

/**
 * Plans the import of a parsed kit file into the store: a new kit, or a merge into `existing` (the stored kit with
 * the same id) by mergeKits, the same merge `content-kit merge` runs. `choices` (keyed `items/<id>`,
 * `calendar/<id>`, `sequences/<id>`, `wordLists/<id>`) resolve conflicts the other way than the later `updatedAt` would.
 */
export function planImport(parsed: { kit: Kit; dropped: readonly string[] }, existing: Kit | undefined, choices?: MergeResolutions): ImportPlan {
  const dropped = [...parsed.dropped];
  if (!existing) {
    return {
      mode: 'new',
      kit: parsed.kit,
      dropped,
      items: section(parsed.kit.items, [], []),
      calendar: section(parsed.kit.calendar ?? [], [], []),
      sequences: section(parsed.kit.sequences ?? [], [], []),
      wordLists: section(parsed.kit.lint?.words ?? [], [], []),
      allowAdded: [...new Set(parsed.kit.lint?.allow)],
      metadata: { from: 'incoming', changes: [] },
      noop: false,
    };
  }
  const { kit, report } = mergeKits(existing, parsed.kit, choices);
  const items = section(report.items.added, report.items.unchanged, report.items.conflicts);
  const calendar = section(report.calendar.added, report.calendar.unchanged, report.calendar.conflicts);
  const sequences = section(report.sequences.added, report.sequences.unchanged, report.sequences.conflicts);
  const wordLists = section(report.wordLists.added, report.wordLists.unchanged, report.wordLists.conflicts);
  const changes = diffFields(existing, kit, 'kit');
  const lists = [items, calendar, sequences, wordLists];
  const noop = lists.every((s) => !s.added.length && !s.updated.length) && !report.allowAdded.length && !changes.length;
  return { mode: 'merge', kit, dropped, items, calendar, sequences, wordLists, allowAdded: report.allowAdded, metadata: { from: report.metadata, changes }, noop };
}
