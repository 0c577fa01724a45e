import type { Row } from './explorer-rows';

// Dragging an item row onto a kit row moves the item there; the data travels under our own type only.
const ITEM_TYPE = 'application/x-ck-item';

/** Puts an item row's reference (and its title, for other drop targets) on a drag. */
export function startItemDrag(event: DragEvent, row: Row): void {
  if (!row.item || !event.dataTransfer) return;
  event.dataTransfer.setData(ITEM_TYPE, JSON.stringify({ kitId: row.kit.id, itemId: row.item.id }));
  event.dataTransfer.setData('text/plain', row.item.title);
  event.dataTransfer.effectAllowed = 'move';
}

/** Accepts a drag over a row when it carries an item (a move); false for anything else. */
export function acceptItemDrag(event: DragEvent): boolean {
  if (!event.dataTransfer?.types.includes(ITEM_TYPE)) return false;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
  return true;
}

/** The item dropped, if the drop carries one. */
export function droppedItem(event: DragEvent): { kitId: string; itemId: string } | null {
  const raw = event.dataTransfer?.getData(ITEM_TYPE);
  if (!raw) return null;
  event.preventDefault();
  return JSON.parse(raw) as { kitId: string; itemId: string };
}
