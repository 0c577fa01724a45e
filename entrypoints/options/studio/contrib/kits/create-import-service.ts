import { kitTooLarge, MAX_KIT_BYTES, parseKit, planImport, type Kit } from '../../../../../content-kit';
import type { KitStore } from '../../../../../utils/store/create-kit-store';
import { backupFile, MAX_BACKUP_BYTES } from './backup-file';
import type { ImportService } from './import-protocol';
import { parseBackup, type ParseBackupResult } from './parse-backup';
import { summarizePlan } from './summarize-plan';

/** The import service over a store (see ImportService): the worker hosts it, the page falls back to it. */
export function createImportService(store: KitStore): ImportService {
  let prepared: { parsed: { kit: Kit; dropped: string[] }; base: Kit | undefined } | null = null;
  let backup: Extract<ParseBackupResult, { ok: true }> | null = null;

  return {
    async prepareKit(file, fileName, progress) {
      prepared = null;
      // Refused before reading: a file over the limit is never loaded into memory.
      if (file.size > MAX_KIT_BYTES) return { ok: false, errors: [kitTooLarge(file.size)] };
      progress('read');
      const bytes = new Uint8Array(await file.arrayBuffer());
      progress('parse');
      const parsed = parseKit(bytes);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      progress('compare');
      const base = await store.getKit(parsed.kit.id);
      prepared = { parsed, base };
      return { ok: true, summary: summarizePlan(planImport(parsed, base), parsed.kit, base, fileName) };
    },

    async applyKit(choices, progress) {
      const work = prepared;
      if (!work) throw new Error('No import is waiting: choose the file again. 没有待导入的文件，请重新选择。');
      progress('merge');
      const plan = planImport(work.parsed, work.base, new Map(choices));
      const result = {
        kitId: plan.kit.id,
        mode: plan.mode,
        added: plan.items.added.length + plan.calendar.added.length,
        updated: plan.items.updated.length + plan.calendar.updated.length,
      };
      if (plan.noop) {
        prepared = null;
        return { ...result, written: false };
      }
      progress('write');
      const done = await store.importKit(plan.kit, work.base?.updatedAt ?? null);
      prepared = null;
      return { ...result, importId: done.id, written: true };
    },

    async cancel() {
      prepared = null;
      backup = null;
    },

    async createBackup(now, progress) {
      progress('backup');
      return new Blob([backupFile(await store.dump(), now)], { type: 'application/json' });
    },

    async prepareBackup(file, fileName, progress) {
      backup = null;
      if (file.size > MAX_BACKUP_BYTES) return { ok: false, errors: [`$: file is ${file.size} bytes, over the ${MAX_BACKUP_BYTES / 1024 / 1024} MiB limit of a backup`] };
      progress('read');
      const bytes = new Uint8Array(await file.arrayBuffer());
      progress('check');
      const result = parseBackup(bytes);
      if (!result.ok) return result;
      backup = result;
      const { dump } = result;
      return {
        ok: true,
        summary: {
          fileName,
          createdAt: result.createdAt,
          kits: dump.kits.map((k, i) => ({ id: k.id, name: k.name, items: k.items.length, entries: k.calendar?.length ?? 0, enabled: dump.records[i]!.enabled })),
          trash: dump.trash.length,
          favourites: dump.favourites.length,
          usage: Object.keys(dump.usage).length,
        },
      };
    },

    async applyBackup(progress) {
      const work = backup;
      if (!work) throw new Error('No backup is waiting: choose the file again. 没有待恢复的备份，请重新选择。');
      progress('write');
      await store.replaceAll(work.dump);
      backup = null;
    },
  };
}
