import { findBlanks } from '../templates/find-blanks';
import { PLACEHOLDER_NAME_PATTERN } from './kit-formats';
import { formatPath } from './format-path';

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Reports repeated ids among `list` (found at path `at`), as `path: reason` lines; returns the ids seen. */
function checkUniqueIds(list: unknown[], at: (string | number)[], errors: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((element, i) => {
    const id = asObject(element)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else errors.push(`${formatPath([...at, i, 'id'])}: duplicate id ${JSON.stringify(id)} (first at ${formatPath([...at, first])})`);
  });
  return seen;
}

/** Reports an `itemId` at `at` that names no item of the kit. */
function checkItemId(value: unknown, at: (string | number)[], itemIds: ReadonlyMap<string, number>, errors: string[]): void {
  const itemId = asObject(value)?.itemId;
  if (typeof itemId === 'string' && !itemIds.has(itemId))
    errors.push(`${formatPath([...at, 'itemId'])}: no item with id ${JSON.stringify(itemId)} in this kit`);
}

/**
 * The rules that span fields: unique ids (of items, entries, sequences, steps within a sequence and word lists),
 * `itemId` references of entries and steps, variable names and their use in the body.
 * Runs on sanitized but unvalidated data, so it checks every type it relies on.
 */
export function checkKitReferences(kit: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const items = asArray(kit.items);
  const itemIds = checkUniqueIds(items, ['items'], errors);
  items.forEach((element, i) => {
    const item = asObject(element);
    if (!item) return;
    const used = new Set(typeof item.body === 'string' ? findBlanks(item.body).map((b) => b.name) : []);
    const names = new Set<string>();
    asArray(item.variables).forEach((variable, j) => {
      const name = asObject(variable)?.name;
      if (typeof name !== 'string' || name === '') return;
      const path = formatPath(['items', i, 'variables', j, 'name']);
      if (!PLACEHOLDER_NAME_PATTERN.test(name)) errors.push(`${path}: must be 1–30 letters, digits or _`);
      else if (names.has(name)) errors.push(`${path}: duplicate variable name ${JSON.stringify(name)}`);
      else if (typeof item.body === 'string' && !used.has(name)) errors.push(`${path}: not used in body`);
      names.add(name);
    });
  });
  const calendar = asArray(kit.calendar);
  checkUniqueIds(calendar, ['calendar'], errors);
  calendar.forEach((element, i) => checkItemId(element, ['calendar', i], itemIds, errors));
  const sequences = asArray(kit.sequences);
  checkUniqueIds(sequences, ['sequences'], errors);
  sequences.forEach((sequence, i) => {
    const steps = asArray(asObject(sequence)?.steps);
    checkUniqueIds(steps, ['sequences', i, 'steps'], errors);
    steps.forEach((step, j) => checkItemId(step, ['sequences', i, 'steps', j], itemIds, errors));
  });
  checkUniqueIds(asArray(asObject(kit.lint)?.words), ['lint', 'words'], errors);
  return errors;
}
