import { findBlanks } from '../templates/find-blanks';
import { PLACEHOLDER_NAME_PATTERN } from './kit-formats';
import { formatPath } from './format-path';

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Reports repeated ids among `list`, as `path: reason` lines; returns the ids seen. */
function checkUniqueIds(list: unknown[], field: string, errors: string[]): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((element, i) => {
    const id = asObject(element)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else errors.push(`${formatPath([field, i, 'id'])}: duplicate id ${JSON.stringify(id)} (first at ${formatPath([field, first])})`);
  });
  return seen;
}

/**
 * The rules that span fields: unique ids, `itemId` references, variable names and their use in the body.
 * Runs on sanitized but unvalidated data, so it checks every type it relies on.
 */
export function checkKitReferences(kit: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const items = asArray(kit.items);
  const itemIds = checkUniqueIds(items, 'items', errors);
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
  checkUniqueIds(calendar, 'calendar', errors);
  calendar.forEach((element, i) => {
    const itemId = asObject(element)?.itemId;
    if (typeof itemId === 'string' && !itemIds.has(itemId))
      errors.push(`${formatPath(['calendar', i, 'itemId'])}: no item with id ${JSON.stringify(itemId)} in this kit`);
  });
  return errors;
}
