import { addDays, applyPlan, applySequence, type CalendarEntry, type Kit, itemKey, parseItemKey, sameContent } from '../../../../../content-kit';
import type { StudioData } from '../../shell/create-studio-data';
import { Emitter } from '../../shell/emitter';
import { freshId } from '../../../../../utils/store/fresh-id';
import { nextStamp } from '../../../../../utils/store/next-stamp';
import type { CalendarRow } from './calendar-rows';
import type { CalendarViewFilter } from './calendar-view-state';
import { collectRows } from './calendar-rows';
import { EntryMissingError, entryProblem } from './entry-problem';
import { restoreEntries, type EntrySnapshot } from './restore-entries';

/** What a calendar change did, for its notification and for undo. */
export interface CalendarStep {
  id: number;
  kind: 'create' | 'update' | 'move' | 'duplicate' | 'delete' | 'plan' | 'sequence' | 'import';
  kitId: string;
  /** The entries the change created, changed or removed (itemKey). */
  keys: string[];
}

/** The fields of a new entry (its id is made here). */
export type EntryDraft = Omit<CalendarEntry, 'id'>;

/** A change to an entry: a field set to undefined is removed (the entry becomes all-day, unlinked …). */
export type EntryPatch = Partial<Omit<CalendarEntry, 'id'>>;

/** The format's limit on a kit's calendar. */
const MAX_CALENDAR_ENTRIES = 10_000;
const MAX_UNDO = 50;

// A plan or copy describes work still to do: a published entry is scheduled again.
const unpublished = (entry: CalendarEntry): CalendarEntry => (entry.status === 'published' ? { ...entry, status: 'scheduled' } : entry);
const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The calendar's data: every kit's entries as rows, and each change (create, edit, move, duplicate, delete, apply a
 * plan, import) as one `studio.data.updateKit` transaction that validates what it writes. Every change can be undone:
 * it keeps the touched entries as they were, and undo puts exactly those back, leaving other entries alone.
 */
export function createCalendarModel(data: StudioData) {
  const changed = new Emitter<void>();
  const steps: (CalendarStep & { before: Map<string, EntrySnapshot> })[] = [];
  let nextStep = 1;
  let memo: { kits: readonly Kit[]; filter: string; rows: CalendarRow[] } | null = null;
  const entryMaps = new WeakMap<Kit, Map<string, CalendarEntry>>();

  const entriesOf = (kit: Kit) => {
    let map = entryMaps.get(kit);
    if (!map) entryMaps.set(kit, (map = new Map((kit.calendar ?? []).map((e) => [e.id, e]))));
    return map;
  };

  /** Runs one transaction on a kit's calendar: `edit` changes the array in place and returns the ids it touched. */
  async function change(kind: CalendarStep['kind'], kitId: string, edit: (calendar: CalendarEntry[], kit: Kit) => string[], record = true): Promise<CalendarStep> {
    let before = new Map<string, EntrySnapshot>();
    let ids: string[] = [];
    await data.updateKit(kitId, (stored) => {
      const calendar = [...(stored.calendar ?? [])];
      const original = new Map(calendar.map((entry, index) => [entry.id, { entry, index }]));
      ids = edit(calendar, stored);
      if (calendar.length > MAX_CALENDAR_ENTRIES) throw new RangeError(`calendar: at most ${MAX_CALENDAR_ENTRIES} entries per kit`);
      const now = new Map(calendar.map((e) => [e.id, e]));
      for (const id of ids) {
        const entry = now.get(id);
        const problem = entry && entryProblem(entry, stored);
        if (problem) throw new Error(problem);
      }
      before = new Map(ids.map((id) => [id, original.get(id) ?? { index: calendar.length }]));
      return { ...stored, calendar };
    });
    const step = { id: nextStep++, kind, kitId, keys: ids.map((id) => itemKey(kitId, id)), before };
    if (record && ids.length) {
      steps.push(step);
      if (steps.length > MAX_UNDO) steps.shift();
    }
    changed.fire();
    return { id: step.id, kind, kitId, keys: step.keys };
  }

  const locate = (key: string) => {
    const ref = parseItemKey(key);
    if (!ref) throw new EntryMissingError(key);
    return ref;
  };
  const indexIn = (calendar: readonly CalendarEntry[], key: string, entryId: string) => {
    const index = calendar.findIndex((e) => e.id === entryId);
    if (index < 0) throw new EntryMissingError(key);
    return index;
  };

  const model = {
    onDidChange: changed.event,

    /** Every kit's entries the filter lets through, sorted; the same array until the kits or the filter change. */
    rows(filter: CalendarViewFilter = {}): CalendarRow[] {
      const kits = data.kits();
      const key = JSON.stringify(filter);
      if (memo && memo.filter === key && memo.kits.length === kits.length && memo.kits.every((k, i) => k === kits[i])) return memo.rows;
      memo = { kits, filter: key, rows: collectRows(kits, filter) };
      return memo.rows;
    },

    /** One entry by its key, or undefined. */
    row(key: string): CalendarRow | undefined {
      const ref = parseItemKey(key);
      const kit = ref && data.kit(ref.kitId);
      const entry = kit && entriesOf(kit).get(ref.id);
      return entry ? { key, kitId: ref.kitId, entry } : undefined;
    },

    /** Adds an entry with a fresh id; returns its key. */
    async create(kitId: string, draft: EntryDraft): Promise<string> {
      let id = '';
      await change('create', kitId, (calendar) => {
        id = freshId('entry', new Set(calendar.map((e) => e.id)));
        calendar.push(withoutUndefined({ ...draft, id, updatedAt: nextStamp(undefined) }) as CalendarEntry);
        return [id];
      });
      return itemKey(kitId, id);
    },

    /** Changes an entry's fields; does nothing (and records no undo step) when nothing differs. */
    async update(key: string, patch: EntryPatch, kind: CalendarStep['kind'] = 'update'): Promise<CalendarStep | undefined> {
      const { kitId, id: entryId } = locate(key);
      const current = model.row(key)?.entry;
      if (current && sameContent(current, withoutUndefined({ ...current, ...patch }))) return undefined;
      return change(kind, kitId, (calendar) => {
        const index = indexIn(calendar, key, entryId);
        const entry = calendar[index]!;
        calendar[index] = withoutUndefined({ ...entry, ...patch, id: entry.id, updatedAt: nextStamp(entry.updatedAt) });
        return [entryId];
      });
    },

    /** Moves an entry to another date, keeping its time. */
    move: (key: string, date: string) => model.update(key, { date }, 'move'),

    /** Moves an entry by a number of days (−1 a day earlier, 7 a week later). */
    shift(key: string, days: number) {
      const entry = model.row(key)?.entry;
      if (!entry) throw new EntryMissingError(key);
      return model.move(key, addDays(entry.date, days));
    },

    /** A copy of an entry right after it, on the same date unless another is given; returns the copy's key. */
    async duplicate(key: string, date?: string): Promise<string> {
      const { kitId, id: entryId } = locate(key);
      let id = '';
      await change('duplicate', kitId, (calendar) => {
        const index = indexIn(calendar, key, entryId);
        id = freshId(entryId.slice(0, 20), new Set(calendar.map((e) => e.id)));
        const source = calendar[index]!;
        calendar.splice(index + 1, 0, { ...unpublished(source), id, date: date ?? source.date, updatedAt: nextStamp(undefined) });
        return [id];
      });
      return itemKey(kitId, id);
    },

    /** Deletes an entry (undo puts it back where it was). */
    remove(key: string): Promise<CalendarStep> {
      const { kitId, id: entryId } = locate(key);
      return change('delete', kitId, (calendar) => {
        calendar.splice(indexIn(calendar, key, entryId), 1);
        return [entryId];
      });
    },

    /**
     * Adds a kit's calendar to a kit as a plan starting on `startDate` (content-kit's applyPlan): new entries with new
     * ids, shifted so the plan's first day is `startDate`; nothing already there is changed.
     */
    applyPlan(sourceKitId: string, startDate: string, targetKitId: string): Promise<CalendarStep> {
      const source = data.kit(sourceKitId)?.calendar ?? [];
      return change('plan', targetKitId, (calendar, kit) => {
        const added = applyPlan(source, startDate, { existingIds: calendar.map((e) => e.id), itemIds: kit.items.map((i) => i.id), now: Date.now() });
        calendar.push(...added);
        return added.map((e) => e.id);
      });
    },

    /**
     * Applies a kit's sequence at an anchor day to that kit's calendar with content-kit's applySequence (what the CLI's
     * apply-sequence runs, so both add the same entries); entries already there stay as they are. One undoable change.
     */
    async applySequence(kitId: string, sequenceId: string, anchor: string): Promise<CalendarStep & { added: CalendarEntry[]; existing: number }> {
      let added: CalendarEntry[] = [];
      let existing = 0;
      const step = await change('sequence', kitId, (calendar, kit) => {
        const result = applySequence({ ...kit, calendar }, sequenceId, anchor);
        added = result.added;
        existing = result.existing.length;
        calendar.push(...added);
        return added.map((e) => e.id);
      });
      return { ...step, added, existing };
    },

    /** Writes imported entries into a kit in one transaction: new ids are added, an id already there is replaced. */
    importEntries(kitId: string, entries: readonly CalendarEntry[]): Promise<CalendarStep> {
      return change('import', kitId, (calendar) => {
        const at = new Map(calendar.map((e, i) => [e.id, i]));
        const stamp = nextStamp(undefined);
        for (const entry of entries) {
          const stamped = { ...entry, updatedAt: stamp };
          const index = at.get(entry.id);
          if (index === undefined) {
            at.set(entry.id, calendar.length);
            calendar.push(stamped);
          } else calendar[index] = stamped;
        }
        return [...new Set(entries.map((e) => e.id))];
      });
    },

    /** Whether there is a change to undo. */
    canUndo: () => steps.length > 0,

    /** Undoes a change (the last one by default); resolves to it, or undefined when there is nothing to undo. */
    async undo(stepId?: number): Promise<CalendarStep | undefined> {
      const index = stepId === undefined ? steps.length - 1 : steps.findIndex((s) => s.id === stepId);
      const step = steps[index];
      if (!step) return undefined;
      steps.splice(index, 1);
      try {
        await data.updateKit(step.kitId, (stored) => ({ ...stored, calendar: restoreEntries(stored.calendar ?? [], step.before) }));
      } catch (error) {
        steps.splice(index, 0, step);
        throw error;
      }
      changed.fire();
      return { id: step.id, kind: step.kind, kitId: step.kitId, keys: step.keys };
    },
  };
  return model;
}

/** The calendar's data model. */
export type CalendarModel = ReturnType<typeof createCalendarModel>;
