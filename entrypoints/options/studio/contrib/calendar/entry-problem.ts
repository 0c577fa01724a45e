import * as v from 'valibot';
import { entryEntries, type CalendarEntry, type Kit } from '../../../../../content-kit';

const EntrySchema = v.looseObject(entryEntries);

/**
 * Why an entry cannot be stored in a kit as KIT-FORMAT.md requires (`title: must be 1–200 characters`, `itemId: …`),
 * or undefined when it can.
 */
export function entryProblem(entry: CalendarEntry, kit: Pick<Kit, 'items'>): string | undefined {
  const result = v.safeParse(EntrySchema, entry);
  if (!result.success) {
    const issue = result.issues[0]!;
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? `${path}: ${issue.message}` : issue.message;
  }
  if (entry.itemId !== undefined && !kit.items.some((i) => i.id === entry.itemId)) return `itemId: no item "${entry.itemId}" in this kit`;
  return undefined;
}

/** An entry a command named is no longer there (deleted in another tab, say). */
export class EntryMissingError extends Error {
  constructor(readonly key: string) {
    super(`No calendar entry "${key}"`);
    this.name = 'EntryMissingError';
  }
}
