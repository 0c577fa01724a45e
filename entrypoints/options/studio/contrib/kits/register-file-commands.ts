import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { bumpVersion, exportKit, renderHandbook, sameContent, type Author } from '../../../../../content-kit';
import type { KitMeta } from '../../shell/create-studio-data';
import { resolveKitTarget } from '../../shell/resolve-kit-target';
import type { StudioContext } from '../../shell/studio-context';
import type { ImportClient } from './create-import-client';
import { downloadBlob } from './download-blob';
import { formatAuthors } from './format-authors';
import { isolateText } from './isolate-text';
import { KITS_CATEGORY as CATEGORY } from './kits-contribution-parts';
import { parseAuthors } from './parse-authors';

type Bump = 'none' | 'patch' | 'minor' | 'major';

/** Files out: a kit file (with a version bump and its authors), a Markdown handbook, and a full backup. */
export function registerFileCommands(studio: StudioContext, client: ImportClient): void {
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

  /** The version to export with: asked unless given. */
  const pickBump = async (version: string, name: string): Promise<Bump | undefined> => {
    const picked = await studio.workbench.quickPick({
      hook: 'export-version',
      placeholder: t('exportPickVersion', isolateText(name), version),
      items: [
        { id: 'none', label: t('exportKeepVersion', version), aliases: ['keep'] },
        { id: 'patch', label: t('exportPatch', bumpVersion(version, 'patch')), aliases: ['patch'] },
        { id: 'minor', label: t('exportMinor', bumpVersion(version, 'minor')), aliases: ['minor'] },
        { id: 'major', label: t('exportMajor', bumpVersion(version, 'major')), aliases: ['major'] },
      ],
    });
    return picked?.id as Bump | undefined;
  };

  /** The authors to export with: asked (one line, comma-separated) unless given. */
  const askAuthors = async (current: Author[] | undefined): Promise<Author[] | undefined> => {
    const line = await studio.workbench.input({
      placeholder: t('exportAuthors'),
      prompt: t('exportAuthors'),
      value: formatAuthors(current),
      validate: (value) => (parseAuthors(value) === 'invalid' ? t('exportAuthorsRule') : undefined),
    });
    if (line === undefined) return undefined;
    const parsed = parseAuthors(line);
    return parsed === 'invalid' ? undefined : parsed;
  };

  studio.commands.register<{ kitId?: string; bump?: Bump; authors?: Author[] }>({
    id: 'studio.kit.export',
    title: { zh: '导出内容包文件（.kit.json）…', en: 'Export Kit File (.kit.json)…' },
    category: CATEGORY,
    menus: ['explorer/kit'],
    run: async (args) => {
      const kitId = resolveKitTarget(studio, args);
      let kit = kitId ? studio.data.kit(kitId) : undefined;
      if (!kitId || !kit) return undefined;
      const bump = args?.bump ?? (await pickBump(kit.version, kit.name));
      if (!bump) return undefined;
      const authors = args?.authors ?? (await askAuthors(kit.authors));
      if (!authors) return undefined;
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
}
