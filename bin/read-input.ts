import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
};

/** A file's size and, when it is at most `maxBytes`, its bytes; an unreadable file is an I/O error (exit 2). */
export async function readInput(file: string, maxBytes = Infinity): Promise<{ size: number; bytes?: Uint8Array }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) return { size: info.size };
    return { size: info.size, bytes: await readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(2, [`content-kit: cannot read ${file}: ${REASONS[code] ?? (error as Error).message}`]);
  }
}
