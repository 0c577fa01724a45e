import { t } from '../../../../../components/i18n/t';
import { isItemRef } from '../../shell/item-ref';
import { resolveKitTarget } from '../../shell/resolve-kit-target';
import type { StudioContext } from '../../shell/studio-context';
import { isolateText } from './isolate-text';
import { KITS_CATEGORY as CATEGORY } from './kits-contribution-parts';

/** The explorer's selected row when the tree has the focus and that row is a kit (not a kind group or an item). */
function focusedKitRow(studio: StudioContext): string | undefined {
  const selection = studio.context.get<{ kitId?: string; itemId?: string; kind?: string }>('explorer.selection');
  if (!studio.context.get('explorerFocus') || !selection || isItemRef(selection) || selection.kind) return undefined;
  return selection.kitId;
}

/** The Kits view, the order of kits (which the sidebar suggests sooner), and deleting a kit to the trash. */
export function registerKitCommands(studio: StudioContext): void {
  studio.commands.register({
    id: 'studio.kits.show',
    title: { zh: '显示内容包列表', en: 'Show Kits' },
    category: CATEGORY,
    run: () => studio.workbench.showView('kits'),
  });

  for (const [verb, step, title] of [
    ['moveUp', -1, { zh: '内容包上移（侧栏优先）', en: 'Move Kit Up (Suggested Sooner)' }],
    ['moveDown', 1, { zh: '内容包下移', en: 'Move Kit Down' }],
  ] as const)
    studio.commands.register<{ kitId?: string }>({
      id: `studio.kit.${verb}`,
      title,
      category: CATEGORY,
      run: async (args) => {
        const kitId = resolveKitTarget(studio, args);
        const ids = studio.data.kits().map((k) => k.id);
        const from = kitId ? ids.indexOf(kitId) : -1;
        if (from < 0 || from + step < 0 || from + step >= ids.length) return;
        ids.splice(from, 1);
        ids.splice(from + step, 0, kitId!);
        await studio.data.setKitOrder(ids);
        studio.workbench.notify({ severity: 'info', message: t('kitsMoved', isolateText(studio.data.kit(kitId!)?.name ?? kitId!), from + step + 1) });
      },
    });

  studio.commands.register<{ kitId?: string; confirmed?: boolean }>({
    id: 'studio.kit.delete',
    title: { zh: '删除内容包（移到回收站）', en: 'Delete Kit (Move to Trash)' },
    category: CATEGORY,
    keybinding: 'Delete',
    keyWhen: () => !!focusedKitRow(studio),
    menus: ['explorer/kit'],
    run: async (args) => {
      const kitId = args?.kitId ?? focusedKitRow(studio) ?? resolveKitTarget(studio, args);
      const kit = kitId ? studio.data.kit(kitId) : undefined;
      if (!kitId || !kit) return false;
      const builtin = !!studio.data.record(kitId)?.builtin;
      if (!args?.confirmed) {
        const answer = await studio.workbench.quickPick({
          hook: 'confirm',
          placeholder: builtin ? t('kitHideConfirm', isolateText(kit.name)) : t('kitDeleteConfirm', isolateText(kit.name), kit.items.length, kit.calendar?.length ?? 0),
          items: [
            { id: 'no', label: t('cancel') },
            { id: 'yes', label: t('kitDeleteAction') },
          ],
        });
        if (answer?.id !== 'yes') return false;
      }
      await Promise.all(studio.workbench.tabs().filter((tab) => tab.input.kitId === kitId).map((tab) => studio.workbench.closeEditor(tab.key)));
      const { hidden } = await studio.data.trashKit(kitId);
      studio.workbench.notify({
        severity: 'info',
        message: hidden ? t('kitHidden', isolateText(kit.name)) : t('kitDeleted', isolateText(kit.name)),
        timeout: 10_000,
        actions: hidden ? [] : [{ title: t('studioUndo'), run: () => studio.commands.execute('studio.kit.restoreDeleted', { kitId }) }],
      });
      return true;
    },
  });

  studio.commands.register<{ kitId?: string }>({
    id: 'studio.kit.restoreDeleted',
    title: { zh: '恢复删除的内容包', en: 'Restore Deleted Kit' },
    category: CATEGORY,
    when: () => studio.data.trash().some((e) => e.kind === 'kit'),
    run: async (args) => {
      const entry = studio.data.trash().findLast((e) => e.kind === 'kit' && (!args?.kitId || e.kitId === args.kitId));
      if (!entry) return undefined;
      return studio.data.restoreTrash(entry);
    },
  });

  studio.commands.register({
    id: 'studio.kits.showStarterKit',
    title: { zh: '重新显示入门内容包', en: 'Show the Starter Kit Again' },
    category: CATEGORY,
    when: () => studio.data.hiddenKits().length > 0,
    run: async () => {
      for (const record of studio.data.hiddenKits()) await studio.data.showKit(record.id);
    },
  });
}
