import { ITEM_KINDS, itemKey, type ItemKind, type Kit, type KitItem } from '../../../../../content-kit';
import type { ExplorerFolds } from './explorer-folds';

/** Height of one tree row in pixels; the tree renders only the rows in view. */
export const ROW = 24;

/** One visible line of the tree. */
export interface Row {
  key: string;
  level: 1 | 2 | 3;
  type: 'kit' | 'group' | 'item';
  kit: Kit;
  kind?: ItemKind;
  item?: KitItem;
  count?: number;
  expanded?: boolean;
  setSize: number;
  posInSet: number;
}

/** What a context menu or drag works on. */
export type ExplorerTarget = { kitId: string; itemId?: string; kind?: ItemKind };

/** A kit row's key. */
export const kitKey = (kitId: string) => `k:${kitId}`;
/** A kind group row's key. */
export const groupKey = (kitId: string, kind: string) => `g:${kitId}:${kind}`;
/** An item row's key. */
export const itemRowKey = (kitId: string, itemId: string) => `i:${itemKey(kitId, itemId)}`;
const normalize = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The tree's visible rows: kits, their kinds and items as folded by `folds`; a filter (over title, id and tags)
 * keeps only the matching items and shows them unfolded.
 */
export function buildExplorerRows(kits: readonly Kit[], filter: string, folds: ExplorerFolds): Row[] {
  const needle = normalize(filter.trim());
  const rows: Row[] = [];
  kits.forEach((kit, k) => {
    const groups = new Map<ItemKind, KitItem[]>(ITEM_KINDS.map((kind) => [kind, []]));
    for (const item of kit.items) {
      if (needle && !normalize(`${item.title} ${item.id} ${(item.tags ?? []).join(' ')}`).includes(needle)) continue;
      groups.get(item.kind)?.push(item);
    }
    const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
    if (needle && total === 0) return;
    const open = !!needle || folds.isExpanded(kitKey(kit.id));
    rows.push({ key: kitKey(kit.id), level: 1, type: 'kit', kit, count: total, expanded: open, setSize: kits.length, posInSet: k + 1 });
    if (!open) return;
    const kinds = ITEM_KINDS.filter((kind) => !needle || groups.get(kind)!.length);
    kinds.forEach((kind, g) => {
      const items = groups.get(kind)!;
      const groupOpen = !!needle || folds.isExpanded(groupKey(kit.id, kind));
      rows.push({ key: groupKey(kit.id, kind), level: 2, type: 'group', kit, kind, count: items.length, expanded: groupOpen, setSize: kinds.length, posInSet: g + 1 });
      if (!groupOpen) return;
      items.forEach((item, i) => rows.push({ key: itemRowKey(kit.id, item.id), level: 3, type: 'item', kit, kind, item, setSize: items.length, posInSet: i + 1 }));
    });
  });
  return rows;
}
