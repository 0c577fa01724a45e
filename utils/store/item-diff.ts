import { sameContent, type Kit, type KitItem } from '../../content-kit';
import type { KitItemsChange } from './store-change';

type Stamped = { id: string; updatedAt?: string };

/** Ids in `after` that are new or differ from `before`, and ids of `before` missing from `after`. */
function diffList<T extends Stamped>(before: readonly T[], after: readonly T[]): { changed: string[]; removed: string[] } {
  const old = new Map(before.map((x) => [x.id, x]));
  const changed: string[] = [];
  for (const x of after) {
    const was = old.get(x.id);
    old.delete(x.id);
    // The same object is unchanged; else stamps decide when both have one, content otherwise.
    if (!was || (x !== was && (x.updatedAt && was.updatedAt ? x.updatedAt !== was.updatedAt : !sameContent(x, was)))) changed.push(x.id);
  }
  return { changed, removed: [...old.keys()] };
}

const META_SKIP = new Set(['items', 'calendar', 'updatedAt', 'formatVersion']);
/** A kit's own fields (name, locale, canvas, …): what is left without its items, entries and stamps. */
export const metaOf = (kit: Kit) => Object.fromEntries(Object.entries(kit).filter(([k]) => !META_SKIP.has(k)));

/** Up to this many changed items travel with the change itself, so a listener need not read the whole kit. */
const CARRIED_ITEMS = 20;

/** What differs between two versions of a kit, item by item (either may be absent: stored or removed). */
export function diffKit(before: Kit | undefined, after: Kit | undefined): KitItemsChange {
  const kitId = (after ?? before)!.id;
  const items = diffList(before?.items ?? [], after?.items ?? []);
  const calendar = diffList(before?.calendar ?? [], after?.calendar ?? []);
  const meta = !before || !after || !sameContent(metaOf(before), metaOf(after));
  const change: KitItemsChange = { kitId, ...items, calendar: calendar.changed.length + calendar.removed.length > 0, meta };
  if (after && items.changed.length <= CARRIED_ITEMS) {
    const wanted = new Set(items.changed);
    change.values = after.items.filter((i): i is KitItem => wanted.has(i.id));
  }
  return change;
}
