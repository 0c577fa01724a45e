import { addDays, dateParts } from '../calendar/calendar-exports';
import type { CalendarEntry, Kit, KitSequence } from '../schema/kit-schema';

/** Thrown when a kit has no sequence with the id asked for. */
export class SequenceNotFoundError extends Error {
  constructor(readonly sequenceId: string) {
    super(`no sequence with id ${JSON.stringify(sequenceId)} in this kit`);
    this.name = 'SequenceNotFoundError';
  }
}

/** What applying a sequence did. */
export interface ApplySequenceResult {
  /** The kit with the new entries after its existing ones; the input kit is not changed. */
  kit: Kit;
  /** The entries added, in the order of the steps (the preview of an apply). */
  added: CalendarEntry[];
  /** Ids of the steps' entries that the calendar already held, left as they were. */
  existing: string[];
}

/** Options of `applySequence`. */
export interface ApplySequenceOptions {
  /** When given, every new entry gets this as its `updatedAt`. */
  now?: Date | number;
}

/** The entry id of `step` of `sequence` applied at `anchor` (KIT-FORMAT.md): `<sequence>.<step>.<YYYYMMDD>`. */
export function sequenceEntryId(sequence: Pick<KitSequence, 'id'>, stepId: string, anchor: string): string {
  return `${sequence.id}.${stepId}.${anchor.replace(/-/g, '')}`;
}

/**
 * The calendar entries of `sequence` applied at anchor day `anchor` (`YYYY-MM-DD`, in the kit's time zone), one per
 * step in step order, as KIT-FORMAT.md says: the date `offset` days from the anchor, the step's time, title,
 * platform, item and notes, the sequence's stage, `scheduled` when linked to an item and `idea` otherwise.
 * Throws a RangeError when `anchor` is not a real date or a step's date falls outside years 0000–9999.
 */
export function sequenceEntries(sequence: KitSequence, anchor: string, options: ApplySequenceOptions = {}): CalendarEntry[] {
  dateParts(anchor);
  const updatedAt = options.now === undefined ? undefined : new Date(options.now).toISOString();
  return sequence.steps.map((step) => {
    const entry: CalendarEntry = {
      id: sequenceEntryId(sequence, step.id, anchor),
      date: addDays(anchor, step.offset),
      title: step.title,
      status: step.itemId === undefined ? 'idea' : 'scheduled',
    };
    if (step.time !== undefined) entry.time = step.time;
    if (step.platform !== undefined) entry.platform = step.platform;
    if (step.itemId !== undefined) entry.itemId = step.itemId;
    if (step.notes !== undefined) entry.notes = step.notes;
    if (sequence.stage !== undefined) entry.stage = sequence.stage;
    if (updatedAt !== undefined) entry.updatedAt = updatedAt;
    return entry;
  });
}

/**
 * Applies the kit's sequence `sequenceId` at anchor day `anchor`: adds the entries of `sequenceEntries` whose ids the
 * calendar does not hold yet, never overwriting one that exists, so applying the same sequence at the same day twice
 * adds nothing. Pure: returns a new kit. Throws a SequenceNotFoundError for an unknown id and a RangeError for an
 * anchor that is not a real `YYYY-MM-DD` date.
 */
export function applySequence(kit: Kit, sequenceId: string, anchor: string, options: ApplySequenceOptions = {}): ApplySequenceResult {
  const sequence = kit.sequences?.find((s) => s.id === sequenceId);
  if (!sequence) throw new SequenceNotFoundError(sequenceId);
  const calendar = kit.calendar ?? [];
  const taken = new Set(calendar.map((e) => e.id));
  const added: CalendarEntry[] = [];
  const existing: string[] = [];
  for (const entry of sequenceEntries(sequence, anchor, options)) {
    if (taken.has(entry.id)) existing.push(entry.id);
    else added.push(entry);
  }
  return { kit: added.length ? { ...kit, calendar: [...calendar, ...added] } : kit, added, existing };
}
