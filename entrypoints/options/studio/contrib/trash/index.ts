import './ck-trash-panel';
import { t } from '../../../../../components/i18n/t';
import { defineContribution } from '../../shell/studio-context';

const CATEGORY = { zh: '回收站', en: 'Trash' };

/** The trash panel, and restoring or emptying it from the palette. */
export default defineContribution({
  id: 'trash',
  // Entries are kept 30 days: older ones are emptied each time the studio opens.
  ready: (studio) => void studio.data.emptyExpiredTrash().catch(() => undefined),
  activate(studio) {
    const panel = document.createElement('ck-trash-panel');
    panel.studio = studio;
    const restorable = () => studio.data.trash().filter((e) => e.kind === 'item' && !!studio.data.kit(e.kitId));
    studio.panels.register({ id: 'trash', title: () => t('studioTrash'), order: 50, create: () => panel, badge: () => studio.data.trash().length });

    studio.commands.register({
      id: 'studio.trash.show',
      title: { zh: '显示回收站', en: 'Show Trash' },
      category: CATEGORY,
      run: () => studio.workbench.showPanel('trash'),
    });
    studio.commands.register({
      id: 'studio.trash.restoreLast',
      title: { zh: '撤销删除（恢复最近删除的条目）', en: 'Undo Delete (Restore Last Deleted Item)' },
      category: CATEGORY,
      when: () => restorable().length > 0,
      run: async () => {
        const last = restorable().at(-1);
        if (!last) return;
        const ref = await studio.data.restoreTrash(last);
        await studio.commands.execute('studio.item.open', { ...ref, pinned: true });
      },
    });
    studio.commands.register({
      id: 'studio.trash.empty',
      title: { zh: '清空回收站', en: 'Empty Trash' },
      category: CATEGORY,
      when: () => studio.data.trash().length > 0,
      run: async () => {
        const answer = await studio.workbench.quickPick({
          hook: 'confirm',
          placeholder: t('studioTrashConfirm', studio.data.trash().length),
          items: [
            { id: 'no', label: t('cancel') },
            { id: 'yes', label: t('studioTrashEmptyAll') },
          ],
        });
        if (answer?.id === 'yes') await studio.data.purgeTrash();
      },
    });
  },
});
