import { t } from '../../../../../components/i18n/t';
import type { StudioContext } from '../../shell/studio-context';
import { KITS_CATEGORY as CATEGORY } from './kits-contribution-parts';
import { importLabel, undoImport, type UndoAsk } from './undo-import';

/**
 * "Undo an import": each of the last few imports has its own undo, named by its kit and time, listed in the Kits
 * view and offered from the palette; the list is kept in the store, so it survives a reload and is shared by tabs.
 */
export function registerUndoCommands(studio: StudioContext): void {
  studio.commands.register<{ importId?: string; ask?: UndoAsk }>({
    id: 'studio.kits.undoImport',
    title: { zh: '撤销一次导入…', en: 'Undo an Import…' },
    category: CATEGORY,
    when: () => studio.data.imports().length > 0,
    run: async (args) => {
      let importId = args?.importId;
      if (!importId) {
        const imports = await studio.data.store.imports();
        if (!imports.length) {
          studio.workbench.notify({ severity: 'info', message: t('importNothingToUndo') });
          return false;
        }
        const picked =
          imports.length === 1
            ? { id: imports[0]!.id }
            : await studio.workbench.quickPick({ hook: 'pick-import', placeholder: t('importUndoPick'), items: imports.map((e) => ({ id: e.id, label: importLabel(e) })) });
        if (!picked) return false;
        importId = picked.id;
      }
      return undoImport(studio, importId, args?.ask ?? 'always');
    },
  });
}
