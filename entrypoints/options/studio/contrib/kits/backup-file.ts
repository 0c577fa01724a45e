import type { StoreDump } from '../../../../../utils/store/create-kit-store';

/** The `format` of a full backup file, beside KIT-FORMAT.md's `community-kit`. */
export const BACKUP_FORMAT = 'community-kit-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Largest backup file a restore reads (many kits of up to 20 MiB each fit). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** A full backup as written to disk: every kit with its record, then the settings, use history, favourites and trash. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  schemaVersion: number;
  kits: { enabled: boolean; builtin?: boolean; hidden?: boolean; kit: StoreDump['kits'][number] }[];
  settings: StoreDump['settings'];
  usage: StoreDump['usage'];
  favourites: string[];
  trash: StoreDump['trash'];
}

/** The backup file of a store dump, as the JSON text to save. */
export function backupFile(dump: StoreDump, now: number): string {
  const kits = new Map(dump.kits.map((k) => [k.id, k]));
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date(now).toISOString(),
    schemaVersion: dump.schemaVersion,
    kits: dump.records.flatMap((r) => {
      const kit = kits.get(r.id);
      return kit ? [{ enabled: r.enabled, ...(r.builtin && { builtin: true }), ...(r.hidden && { hidden: true }), kit }] : [];
    }),
    settings: dump.settings,
    usage: dump.usage,
    favourites: dump.favourites,
    trash: dump.trash,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}
