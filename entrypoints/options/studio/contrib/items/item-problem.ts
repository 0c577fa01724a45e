import * as v from 'valibot';
import { findBlanks, itemEntries, variableEntries, type KitItem } from '../../../../../content-kit';

const ItemSchema = v.looseObject({ ...itemEntries, variables: v.optional(v.array(v.looseObject(variableEntries))) });

/**
 * Why an item cannot be stored as KIT-FORMAT.md requires (`title: must be 1–200 characters`), or undefined when it
 * can. Checked before every save, so the store never holds an item that export would reject.
 */
export function itemProblem(item: KitItem): string | undefined {
  const result = v.safeParse(ItemSchema, item);
  if (!result.success) {
    const issue = result.issues[0]!;
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? `${path}: ${issue.message}` : issue.message;
  }
  const names = new Set<string>();
  for (const variable of item.variables ?? []) {
    if (names.has(variable.name)) return `variables: "${variable.name}" is declared twice`;
    names.add(variable.name);
  }
  const used = new Set(findBlanks(item.body).map((b) => b.name));
  const unused = (item.variables ?? []).find((variable) => !used.has(variable.name));
  return unused ? `variables: "${unused.name}" is not used in body` : undefined;
}
