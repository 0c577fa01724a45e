import './ck-import-preview';
import './ck-import-target';
import type { ImportPurpose } from './ck-import-target';
import './ck-kits-view';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { bumpVersion, exportKit, renderHandbook, sameContent, type Author } from '../../../../../content-kit';
import { createKitStore, STORE_CHANNEL, type StoreChange } from '../../../../../utils/store/create-kit-store';
import type { KitMeta } from '../../shell/create-studio-data';
import { resolveKitTarget } from '../../shell/resolve-kit-target';
import { defineContribution } from '../../shell/studio-context';
import { wakeBackground } from '../../shell/wake-background';
import { createImportClient } from './create-import-client';
import { createImportService } from './create-import-service';
import { createImportSession, type ImportSession } from './create-import-session';
import { downloadBlob } from './download-blob';
import { formatAuthors } from './format-authors';
import type { UndoInfo } from './import-protocol';
import { isBackupFile } from './is-backup-file';
import { isolateText } from './isolate-text';
import { parseAuthors } from './parse-authors';

const KITS_ICON = 'M3 7l9-4 9 4-9 4zM3 12l9 4 9-4M3 17l9 4 9-4';
const CATEGORY = { zh: '内容包', en: 'Kit' };
type Bump = 'none' | 'patch' | 'minor' | 'major';


const when = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * Sharing kits across a team: the Kits view (which kits feed the sidebar, in what order), export as a kit file or a
 * Markdown handbook, import from a chosen or dropped file through a preview, undo of the last import, and a full
 * backup and restore. Files are read, checked, merged and written by the import service in a worker.
 */
export default defineContribution({
  id: 'kits',
  activate(studio) {
    const client = createImportClient({
      worker: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'community-kit-import' }),
      local: () => createImportService(createKitStore()),
      afterWrite: wakeBackground,
    });
    let session: ImportSession | null = null;
    let sessionCount = 0;
    let lastImport: UndoInfo | null = null;

    const view = document.createElement('ck-kits-view');
    view.studio = studio;
    const target = document.createElement('ck-import-target');
    document.body.append(target);

    const refreshUndo = async (): Promise<UndoInfo | null> => {
      lastImport = await client.call('undoInfo', []).catch(() => null);
      view.lastImport = lastImport;
      return lastImport;
    };
    // Another tab's import or undo changes what "Undo last import" would do here too.
    if (typeof BroadcastChannel !== 'undefined')
      new BroadcastChannel(STORE_CHANNEL).addEventListener('message', (event: MessageEvent<StoreChange>) => {
        if (event.data?.keys?.includes('undo-import')) void refreshUndo();
      });

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

    studio.views.register({ id: 'kits', title: () => t('kitsView'), icon: KITS_ICON, order: 15, create: () => view });

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

    studio.commands.register({
      id: 'studio.kits.show',
      title: { zh: '显示内容包列表', en: 'Show Kits' },
      category: CATEGORY,
      run: () => studio.workbench.showView('kits'),
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
        } else if (!result.written) {
          studio.workbench.notify({ severity: 'info', message: t('importNoop', isolateText(kitName)) });
        } else {
          studio.workbench.notify({
            severity: 'info',
            message: t('importDone', isolateText(kitName), result.added, result.updated),
            timeout: 12_000,
            actions: [
              { title: t('kitsUndoImport'), run: () => studio.commands.execute('studio.kits.undoImport', { confirmed: true }) },
              { title: t('kitsShowKit'), run: () => studio.commands.execute('studio.kit.edit', { kitId: result.kitId }) },
            ],
          });
        }
        await refreshUndo();
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

    studio.commands.register<{ confirmed?: boolean }>({
      id: 'studio.kits.undoImport',
      title: { zh: '撤销上次导入', en: 'Undo Last Import' },
      category: CATEGORY,
      when: () => !!lastImport,
      run: async (args) => {
        const info = await refreshUndo();
        if (!info) {
          studio.workbench.notify({ severity: 'info', message: t('importNothingToUndo') });
          return undefined;
        }
        if (!args?.confirmed) {
          const answer = await studio.workbench.quickPick({
            hook: 'confirm',
            placeholder: info.created ? t('importUndoCreated', isolateText(info.kitName)) : t('importUndoConfirm', isolateText(info.kitName), when(info.at)),
            items: [
              { id: 'no', label: t('cancel') },
              { id: 'yes', label: t('kitsUndoImport') },
            ],
          });
          if (answer?.id !== 'yes') return undefined;
        }
        const done = await client.call('undoImport', []);
        await refreshUndo();
        if (done) studio.workbench.notify({ severity: 'info', message: t('importUndone', isolateText(info.kitName)) });
        return done;
      },
    });

    studio.commands.register({
      id: 'studio.kits.backup',
      title: { zh: '备份全部数据（内容包、设置、使用记录）', en: 'Back Up Everything (Kits, Settings, Use History)' },
      category: CATEGORY,
      run: async () => {
        const now = Date.now();
        const blob = await client.call('createBackup', [now]);
        const stamp = new Date(now - new Date(now).getTimezoneOffset() * 60_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
        const name = `community-kit-backup-${stamp}.json`;
        downloadBlob(blob, name);
        studio.workbench.notify({ severity: 'info', message: t('backupDone', name) });
        return name;
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

    studio.commands.register<{ kitId?: string; bump?: Bump; authors?: Author[] }>({
      id: 'studio.kit.export',
      title: { zh: '导出内容包文件（.kit.json）…', en: 'Export Kit File (.kit.json)…' },
      category: CATEGORY,
      menus: ['explorer/kit'],
      run: async (args) => {
        const kitId = resolveKitTarget(studio, args);
        let kit = kitId ? studio.data.kit(kitId) : undefined;
        if (!kitId || !kit) return undefined;
        let bump = args?.bump;
        if (!bump) {
          const picked = await studio.workbench.quickPick({
            hook: 'export-version',
            placeholder: t('exportPickVersion', isolateText(kit.name), kit.version),
            items: [
              { id: 'none', label: t('exportKeepVersion', kit.version), aliases: ['keep'] },
              { id: 'patch', label: t('exportPatch', bumpVersion(kit.version, 'patch')), aliases: ['patch'] },
              { id: 'minor', label: t('exportMinor', bumpVersion(kit.version, 'minor')), aliases: ['minor'] },
              { id: 'major', label: t('exportMajor', bumpVersion(kit.version, 'major')), aliases: ['major'] },
            ],
          });
          if (!picked) return undefined;
          bump = picked.id as Bump;
        }
        let authors = args?.authors;
        if (!authors) {
          const line = await studio.workbench.input({
            placeholder: t('exportAuthors'),
            prompt: t('exportAuthors'),
            value: formatAuthors(kit.authors),
            validate: (value) => (parseAuthors(value) === 'invalid' ? t('exportAuthorsRule') : undefined),
          });
          if (line === undefined) return undefined;
          const parsed = parseAuthors(line);
          if (parsed === 'invalid') return undefined;
          authors = parsed;
        }
        performance.mark('ck-export-start');
        const version = bump === 'none' ? kit.version : bumpVersion(kit.version, bump);
        const patch: Partial<KitMeta> = {};
        if (version !== kit.version) patch.version = version;
        if (!sameContent(authors, kit.authors ?? [])) patch.authors = authors.length ? authors : undefined;
        // The stored kit carries what was exported, so the next export bumps from there.
        if (Object.keys(patch).length) kit = await studio.data.saveKitMeta(kitId, patch, { version: kit.version, authors: kit.authors });
        const name = `${kit.id}-${kit.version}.kit.json`;
        downloadBlob(new Blob([exportKit(kit)], { type: 'application/json' }), name);
        performance.mark('ck-export-done');
        studio.workbench.notify({ severity: 'info', message: t('exportDone', name) });
        return name;
      },
    });

    studio.commands.register<{ kitId?: string }>({
      id: 'studio.kit.exportHandbook',
      title: { zh: '导出为 Markdown 手册', en: 'Export Kit as a Markdown Handbook' },
      category: CATEGORY,
      menus: ['explorer/kit'],
      run: (args) => {
        const kitId = resolveKitTarget(studio, args);
        const kit = kitId ? studio.data.kit(kitId) : undefined;
        if (!kit) return undefined;
        const name = `${kit.id}-${kit.version}.md`;
        downloadBlob(new Blob([renderHandbook(kit, uiLocale())], { type: 'text/markdown' }), name);
        studio.workbench.notify({ severity: 'info', message: t('exportHandbookDone', name) });
        return name;
      },
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

    addEventListener('pagehide', () => client.dispose());
    void refreshUndo();
  },
});
