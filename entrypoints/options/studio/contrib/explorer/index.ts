import { ITEM_KINDS, type ItemKind } from '../../../../../content-kit';
import './ck-explorer';
import type { ExplorerTarget } from './ck-explorer';
import { t } from '../../../../../components/i18n/t';
import { codePointLength } from '../../../../../content-kit';
import { isItemRef } from '../../shell/item-ref';
import { defineContribution, type StudioContext } from '../../shell/studio-context';
import { resolveItemTarget } from './resolve-item-target';
import { kindLabel } from '../../../../../components/i18n/labels';

const FILES_ICON = 'M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8zM14 3v5h5M8.5 13h7M8.5 17h5';
const CATEGORY = { zh: '条目', en: 'Item' };

const titleRule = (value: string) => {
  const n = codePointLength(value.trim());
  return n < 1 || n > 200 ? t('studioTitleRule') : undefined;
};

async function pickKit(studio: StudioContext, placeholder: string, exclude?: string): Promise<string | undefined> {
  const kits = studio.data.kits().filter((k) => k.id !== exclude);
  if (kits.length === 1 && !exclude) return kits[0]!.id;
  const picked = await studio.workbench.quickPick({
    hook: 'pick-kit',
    placeholder,
    items: kits.map((k) => ({ id: k.id, label: k.name, description: k.id, detail: t('studioItemCount', k.items.length) })),
  });
  return picked?.id;
}

/** The explorer view and the commands that manage items: create, rename, duplicate, move, delete. */
export default defineContribution({
  id: 'explorer',
  activate(studio) {
    const explorer = document.createElement('ck-explorer');
    explorer.studio = studio;

    studio.views.register({ id: 'explorer', title: () => t('studioExplorer'), icon: FILES_ICON, order: 10, create: () => explorer });

    // Follow the active editor, as VS Code's "auto reveal".
    studio.workbench.onDidChangeActive((tab) => {
      if (tab && isItemRef(tab.input)) explorer.reveal(tab.input.kitId, tab.input.itemId);
    });

    studio.commands.register({
      id: 'studio.explorer.focus',
      title: { zh: '显示资源管理器', en: 'Show Explorer' },
      category: { zh: '视图', en: 'View' },
      keybinding: 'Mod+Shift+E',
      run: async () => {
        studio.workbench.showView('explorer');
        await explorer.updateComplete;
        explorer.focusTree();
      },
    });
    studio.commands.register({
      id: 'studio.explorer.filter',
      title: { zh: '筛选资源管理器', en: 'Filter Explorer' },
      category: { zh: '视图', en: 'View' },
      run: async () => {
        studio.workbench.showView('explorer');
        await explorer.updateComplete;
        explorer.focusFilter();
      },
    });
    studio.commands.register({
      id: 'studio.explorer.toggle',
      title: { zh: '收起或展开资源管理器', en: 'Collapse or Expand Explorer' },
      category: { zh: '视图', en: 'View' },
      keybinding: 'Mod+Shift+B',
      run: () => studio.workbench.toggleView('explorer'),
    });
    studio.commands.register({
      id: 'studio.explorer.collapseAll',
      title: { zh: '全部折叠', en: 'Collapse All' },
      category: { zh: '视图', en: 'View' },
      run: () => explorer.collapseAll(),
    });

    studio.commands.register<Partial<ExplorerTarget> & { title?: string }>({
      id: 'studio.item.create',
      title: { zh: '新建条目', en: 'New Item' },
      category: CATEGORY,
      keybinding: 'Mod+Alt+N',
      menus: ['explorer/kit', 'explorer/group'],
      run: async (args) => {
        const selection = studio.context.get<ExplorerTarget>('explorer.selection');
        const active = studio.workbench.activeInput();
        const implied = args?.kitId ?? (isItemRef(active) ? active.kitId : selection?.kitId);
        const kitId = implied && studio.data.kit(implied) ? implied : await pickKit(studio, t('studioPickKit'));
        if (!kitId) return undefined;
        let kind: ItemKind | undefined = args?.kind;
        if (!kind) {
          const picked = await studio.workbench.quickPick({
            hook: 'pick-kind',
            placeholder: t('studioPickKind'),
            items: ITEM_KINDS.map((k) => ({ id: k, label: kindLabel(k), aliases: [k] })),
          });
          kind = picked?.id as ItemKind | undefined;
        }
        if (!kind) return undefined;
        const title = args?.title ?? (await studio.workbench.input({ placeholder: t('studioNewItemTitle'), prompt: t('studioNewItemPrompt', kindLabel(kind)), validate: titleRule }));
        if (title === undefined) return undefined;
        const item = await studio.data.createItem(kitId, { kind, title: title.trim(), body: '' });
        await studio.commands.execute('studio.item.open', { kitId, itemId: item.id, pinned: true, focus: true, focusBody: true }).catch(() => undefined);
        explorer.reveal(kitId, item.id);
        return { kitId, itemId: item.id };
      },
    });

    studio.commands.register({
      id: 'studio.item.rename',
      title: { zh: '重命名条目', en: 'Rename Item' },
      category: CATEGORY,
      keybinding: 'F2',
      keyWhen: () => !!studio.context.get('explorerFocus') || isItemRef(studio.workbench.activeInput()),
      menus: ['explorer/item'],
      when: () => !!studio.context.get('explorerFocus') || isItemRef(studio.workbench.activeInput()),
      run: async (args) => {
        const target = resolveItemTarget(studio, args);
        const item = target && studio.data.item(target.kitId, target.itemId);
        if (!target || !item) return;
        const title = await studio.workbench.input({ placeholder: t('studioRenamePlaceholder'), value: item.title, validate: titleRule });
        if (title === undefined || title.trim() === item.title) return;
        // An open editor owns the item's fields; let it take the new title so its autosave does not fight this one.
        const handled = await studio.commands.execute<boolean>('studio.item.setTitle', { ...target, title: title.trim() }).catch(() => false);
        if (!handled) {
          const fresh = studio.data.item(target.kitId, target.itemId)!;
          await studio.data.saveItem(target.kitId, { ...fresh, title: title.trim() }, fresh.updatedAt);
        }
      },
    });

    studio.commands.register({
      id: 'studio.item.duplicate',
      title: { zh: '创建副本', en: 'Duplicate Item' },
      category: CATEGORY,
      menus: ['explorer/item'],
      run: async (args) => {
        const target = resolveItemTarget(studio, args);
        if (!target) return;
        await studio.commands.execute('studio.item.flush', target).catch(() => undefined);
        const copy = await studio.data.duplicateItem(target.kitId, target.itemId, (title) => t('studioCopyOf', title));
        await studio.commands.execute('studio.item.open', { kitId: target.kitId, itemId: copy.id, pinned: true }).catch(() => undefined);
        explorer.reveal(target.kitId, copy.id);
      },
    });

    studio.commands.register<ExplorerTarget & { on?: boolean }>({
      id: 'studio.item.toggleFavourite',
      title: { zh: '收藏/取消收藏（侧栏优先推荐）', en: 'Toggle Favourite (Suggested First)' },
      category: CATEGORY,
      menus: ['explorer/item'],
      run: async (args) => {
        const target = resolveItemTarget(studio, args);
        if (!target) return;
        const on = args?.on ?? !studio.data.isFavourite(target.kitId, target.itemId);
        await studio.data.setFavourite(target.kitId, target.itemId, on);
        const title = studio.data.item(target.kitId, target.itemId)?.title ?? target.itemId;
        studio.workbench.notify({ severity: 'info', message: t(on ? 'studioFavourited' : 'studioUnfavourited', title) });
      },
    });

    studio.commands.register<ExplorerTarget & { toKitId?: string }>({
      id: 'studio.item.moveToKit',
      title: { zh: '移动到其他内容包…', en: 'Move Item to Kit…' },
      category: CATEGORY,
      menus: ['explorer/item'],
      when: () => studio.data.kits().length > 1,
      run: async (args) => {
        const target = resolveItemTarget(studio, args);
        if (!target) return;
        const toKitId = args?.toKitId ?? (await pickKit(studio, t('studioPickTargetKit'), target.kitId));
        if (!toKitId || toKitId === target.kitId) return;
        // Let an open editor save first, then close it: the item is about to live elsewhere.
        const matches = (input: Record<string, unknown>) => input.kitId === target.kitId && input.itemId === target.itemId;
        await Promise.all(studio.workbench.tabs().filter((tab) => matches(tab.input)).map((tab) => studio.workbench.closeEditor(tab.key)));
        const moved = await studio.data.moveItem(target.kitId, target.itemId, toKitId);
        explorer.reveal(toKitId, moved.id);
        studio.workbench.notify({ severity: 'info', message: t('studioMoved', moved.title, studio.data.kit(toKitId)?.name ?? toKitId) });
      },
    });

    studio.commands.register({
      id: 'studio.item.delete',
      title: { zh: '删除条目（移到回收站）', en: 'Delete Item (Move to Trash)' },
      category: CATEGORY,
      keybinding: 'Delete',
      // Delete on a kit's row is the kit's own command (studio.kit.delete), never the open editor's item.
      keyWhen: () => !!studio.context.get('explorerFocus') && isItemRef(studio.context.get('explorer.selection')),
      menus: ['explorer/item'],
      when: () => !!studio.context.get('explorerFocus') || isItemRef(studio.workbench.activeInput()),
      run: async (args) => {
        const target = resolveItemTarget(studio, args);
        if (!target || !studio.data.item(target.kitId, target.itemId)) return;
        const matches = (input: Record<string, unknown>) => input.kitId === target.kitId && input.itemId === target.itemId;
        await Promise.all(studio.workbench.tabs().filter((tab) => matches(tab.input)).map((tab) => studio.workbench.closeEditor(tab.key)));
        const entry = await studio.data.trashItem(target.kitId, target.itemId);
        studio.workbench.notify({
          severity: 'info',
          message: t('studioDeleted', entry.kind === 'item' ? entry.value.title : entry.value.id),
          timeout: 10_000,
          actions: [
            {
              title: t('studioUndo'),
              run: () =>
                studio.data
                  .restoreTrash(entry)
                  .then((ref) => explorer.reveal(ref.kitId, ref.itemId))
                  .catch((e: unknown) => studio.workbench.notify({ severity: 'error', message: String((e as Error)?.message ?? e) })),
            },
          ],
        });
      },
    });
  },
});
