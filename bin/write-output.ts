import { rename, unlink, writeFile } from 'node:fs/promises';
import { CliError } from './cli-error';

/** Writes the whole file or nothing: a temporary file beside the target, renamed over it when complete. */
export async function writeOutput(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(2, [`content-kit: cannot write ${file}: ${reason}`]);
  }
}
