import './ck-import-preview';
import './ck-import-target';
import type { ImportPurpose } from './ck-import-target';
import { t } from '../../../../../components/i18n/t';
import type { StudioContext } from '../../shell/studio-context';
import type { ImportClient } from './create-import-client';
import { createImportSession, type ImportSession } from './create-import-session';
import { isBackupFile } from './is-backup-file';
import { isolateText } from './isolate-text';
import { KITS_CATEGORY as CATEGORY, KITS_ICON } from './kits-contribution-parts';

/**
 * Importing a kit or restoring a backup: a file chosen or dropped opens a preview tab (one at a time), which the
 * person confirms or cancels. After an import, a notification offers to undo that import (and only that one).
 * Returns `startImport`, for the restore command.
 */
export function registerImportCommands(studio: StudioContext, client: ImportClient) {
  let session: ImportSession | null = null;
  let sessionCount = 0;
  const target = document.createElement('ck-import-target');
  document.body.append(target);

  const importInput = (n: number) => ({ type: 'import', id: `file-${n}` });
  const closeSession = () => {
    const old = session;
    session = null;
    old?.cancel();
    studio.workbench.closeWhere((input) => input.type === 'import');
  };

  /** Reads a file into a new preview tab (closing any earlier one); resolves when the preview or errors show. */
  const startImport = async (file: File, purpose: ImportPurpose): Promise<ImportSession | undefined> => {
    if (session && session.state().step === 'applying') {
      studio.workbench.notify({ severity: 'warning', message: t('importBusy') });
      return undefined;
    }
    const kind = purpose === 'auto' ? ((await isBackupFile(file)) ? 'backup' : 'kit') : purpose;
    closeSession();
    const next = createImportSession(client, file, kind);
    session = next;
    studio.workbench.openEditor(importInput(++sessionCount), { pinned: true });
    await next.start();
    return next;
  };

  target.addEventListener('ck-import-files', (event) => void startImport(event.detail.file, event.detail.purpose));

  studio.editors.register({
    id: 'import',
    icon: KITS_ICON,
    title: () => (session ? t(session.purpose === 'kit' ? 'importTitle' : 'restoreTitle', session.fileName) : t('kitsImport')),
    // A preview lives only as long as its session: after a reload there is nothing to apply.
    isValid: (input) => !!session && input.id === `file-${sessionCount}`,
    create(_input, host) {
      const element = document.createElement('ck-import-preview');
      const own = session;
      element.session = own;
      element.addEventListener('ck-import-confirm', () => void studio.commands.execute('studio.kits.confirmImport').catch(() => undefined));
      element.addEventListener('ck-import-cancel', () => void studio.commands.execute('studio.kits.cancelImport').catch(() => undefined));
      const unsubscribe = own?.onDidChange((state) => host.setDirty(state.step === 'preview' || state.step === 'backup'));
      return {
        element,
        focus: () => element.focusFirst(),
        dispose() {
          unsubscribe?.();
          // Closing the tab of a preview drops it: nothing was written.
          if (session === own && own && own.state().step !== 'applying') {
            session = null;
            own.cancel();
          }
        },
      };
    },
  });

  studio.commands.register<{ file?: File; purpose?: ImportPurpose }>({
    id: 'studio.kits.import',
    title: { zh: '导入内容包…', en: 'Import Kit…' },
    category: CATEGORY,
    keybinding: 'Mod+Alt+I',
    run: async (args) => {
      if (args?.file instanceof File) return startImport(args.file, args.purpose ?? 'auto');
      target.choose('kit');
      return undefined;
    },
  });

  studio.commands.register<{ file?: File }>({
    id: 'studio.kits.restore',
    title: { zh: '从备份恢复…', en: 'Restore from Backup…' },
    category: CATEGORY,
    run: async (args) => {
      if (args?.file instanceof File) return startImport(args.file, 'backup');
      target.choose('backup');
      return undefined;
    },
  });

  studio.commands.register({
    id: 'studio.kits.confirmImport',
    title: { zh: '确认导入（应用预览）', en: 'Apply Import Preview' },
    category: CATEGORY,
    when: () => !!session && (session.state().step === 'preview' || session.state().step === 'backup'),
    run: async () => {
      const own = session;
      if (!own) return undefined;
      const before = own.state();
      const kitName = before.step === 'preview' ? before.summary.incoming.name : '';
      const result = await own.confirm();
      if (!result) return undefined;
      if (session === own) {
        session = null;
        studio.workbench.closeWhere((input) => input.type === 'import');
      }
      if ('restored' in result) {
        studio.workbench.notify({ severity: 'info', message: t('restoreDone') });
        await studio.data.reload();
        return result;
      }
      await studio.data.reloadParts({ kitIds: [result.kitId], records: true, imports: true });
      if (!result.written) {
        studio.workbench.notify({ severity: 'info', message: t('importNoop', isolateText(kitName)) });
        return result;
      }
      const importId = result.importId;
      studio.workbench.notify({
        severity: 'info',
        message: t('importDone', isolateText(kitName), result.added, result.updated),
        timeout: 12_000,
        actions: [
          // This import's own undo: another tab's import (or a later one here) is never the one taken back.
          { title: t('kitsUndoImport'), hook: 'undo-import', run: () => studio.commands.execute('studio.kits.undoImport', { importId, ask: 'if-changed' }) },
          { title: t('kitsShowKit'), run: () => studio.commands.execute('studio.kit.edit', { kitId: result.kitId }) },
        ],
      });
      return result;
    },
  });

  studio.commands.register({
    id: 'studio.kits.cancelImport',
    title: { zh: '取消导入', en: 'Cancel Import' },
    category: CATEGORY,
    when: () => !!session && session.state().step !== 'applying',
    run: () => closeSession(),
  });
}
