import type { KitRecord } from '../../../../../utils/store/store-schema';

/**
 * The kit a new entry goes to unless the user picks another: the preferred one (the kit last chosen, or the one
 * selected in the explorer) while it exists, else the first of the user's own kits, else the built-in kit.
 */
export function defaultKitId(records: readonly KitRecord[], preferred: readonly (string | undefined)[] = []): string | undefined {
  for (const id of preferred) if (id && records.some((r) => r.id === id)) return id;
  return (records.find((r) => !r.builtin) ?? records[0])?.id;
}
