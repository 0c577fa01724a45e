import { isItemRef } from './item-ref';
import type { StudioContext } from './studio-context';

/** The kit a command acts on: its argument, the active editor's kit, the explorer's selection, or the first kit. */
export function resolveKitTarget(studio: StudioContext, args: unknown): string | undefined {
  const given = (args as { kitId?: unknown } | undefined)?.kitId;
  if (typeof given === 'string') return given;
  const active = studio.workbench.activeInput();
  if (active && typeof active.kitId === 'string' && (active.type === 'kit' || isItemRef(active))) return active.kitId;
  return studio.context.get<{ kitId: string }>('explorer.selection')?.kitId ?? studio.data.kits()[0]?.id;
}
