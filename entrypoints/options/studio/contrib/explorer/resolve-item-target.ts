import { isItemRef, type ItemRef } from '../../shell/item-ref';
import type { StudioContext } from '../../shell/studio-context';

/**
 * The item a command acts on: its argument when it came from a menu, the explorer's selection while the tree has
 * focus, else the item in the active editor, else the explorer's selection.
 */
export function resolveItemTarget(studio: StudioContext, args: unknown): ItemRef | undefined {
  if (isItemRef(args)) return args;
  const selection = studio.context.get<Partial<ItemRef>>('explorer.selection');
  const selected = isItemRef(selection) ? selection : undefined;
  if (studio.context.get<boolean>('explorerFocus') && selected) return selected;
  const active = studio.workbench.activeInput();
  if (isItemRef(active)) return { kitId: active.kitId, itemId: active.itemId };
  return selected;
}
