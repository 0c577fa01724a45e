import { BACKUP_FORMAT } from './backup-file';

/** Whether a dropped file is a full backup rather than a kit: its first bytes name the backup format. */
export async function isBackupFile(file: Blob): Promise<boolean> {
  try {
    const head = await file.slice(0, 512).text();
    return /"format"\s*:\s*"community-kit-backup"/.test(head) || head.includes(`"${BACKUP_FORMAT}"`);
  } catch {
    return false;
  }
}
