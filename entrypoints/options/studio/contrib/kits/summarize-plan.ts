import type { Author, CalendarEntry, ImportPlan, Kit, KitItem, MergeConflict } from '../../../../../content-kit';

/** One line of a list in the import preview: enough to name an item or an entry. */
export interface ImportBrief {
  id: string;
  title: string;
  kind?: KitItem['kind'];
  date?: string;
}

/** A list of the preview: added and unchanged as lines, conflicts whole (both sides, for the side-by-side view). */
export interface ImportSummarySection<T> {
  added: ImportBrief[];
  unchanged: ImportBrief[];
  conflicts: MergeConflict<T>[];
}

/** A kit's facts for the preview header. */
export interface KitFacts {
  id: string;
  name: string;
  version: string;
  updatedAt: string;
  description?: string;
  authors?: Author[];
  items: number;
  entries: number;
}

/** What the import preview shows of a plan: only what it lists, so the worker can post it whatever the kit's size. */
export interface ImportSummary {
  mode: ImportPlan['mode'];
  fileName: string;
  /** The file's kit. */
  incoming: KitFacts;
  /** The stored kit with the same id (a merge), or null (a new kit). */
  existing: KitFacts | null;
  dropped: string[];
  items: ImportSummarySection<KitItem>;
  calendar: ImportSummarySection<CalendarEntry>;
  metadata: ImportPlan['metadata'];
}

const facts = (kit: Kit): KitFacts => ({
  id: kit.id,
  name: kit.name,
  version: kit.version,
  updatedAt: kit.updatedAt,
  ...(kit.description !== undefined && { description: kit.description }),
  ...(kit.authors && { authors: kit.authors }),
  items: kit.items.length,
  entries: kit.calendar?.length ?? 0,
});

const itemBrief = (i: KitItem): ImportBrief => ({ id: i.id, title: i.title, kind: i.kind });
const entryBrief = (e: CalendarEntry): ImportBrief => ({ id: e.id, title: e.title, date: e.date });

function briefs<T extends { id: string }>(ids: readonly string[], from: readonly T[], brief: (x: T) => ImportBrief): ImportBrief[] {
  // Ids are data (`__proto__` is a fine id): a Map, never an object, looks them up.
  const byId = new Map(from.map((x) => [x.id, x]));
  return ids.map((id) => {
    const found = byId.get(id);
    return found ? brief(found) : { id, title: id };
  });
}

/** The preview's view of an import plan for `incoming` (read from `fileName`) against the stored kit, if any. */
export function summarizePlan(plan: ImportPlan, incoming: Kit, existing: Kit | undefined, fileName: string): ImportSummary {
  return {
    mode: plan.mode,
    fileName,
    incoming: facts(incoming),
    existing: existing ? facts(existing) : null,
    dropped: plan.dropped,
    items: {
      added: plan.items.added.map(itemBrief),
      unchanged: briefs(plan.items.unchanged, existing?.items ?? [], itemBrief),
      conflicts: plan.items.conflicts,
    },
    calendar: {
      added: plan.calendar.added.map(entryBrief),
      unchanged: briefs(plan.calendar.unchanged, existing?.calendar ?? [], entryBrief),
      conflicts: plan.calendar.conflicts,
    },
    metadata: plan.metadata,
  };
}
