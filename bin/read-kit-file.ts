import { builtinKit, kitTooLarge, MAX_KIT_BYTES, parseKit, type Kit } from '../content-kit';
import { CliError } from './cli-error';
import { readInput } from './read-input';

/**
 * Reads and validates a kit file (or `builtin`, the starter kit, where allowed). An unreadable file is an
 * I/O error (exit 2); an invalid one exits 1 with its `path: reason` lines, prefixed by the file if asked.
 */
export async function readKitFile(
  file: string,
  options: { prefix?: boolean; allowBuiltin?: boolean } = {},
): Promise<{ kit: Kit; dropped: string[] }> {
  if (options.allowBuiltin && file === 'builtin') return { kit: builtinKit(), dropped: [] };
  const { size, bytes } = await readInput(file, MAX_KIT_BYTES);
  const result = bytes ? parseKit(bytes) : { ok: false as const, errors: [kitTooLarge(size)] };
  if (!result.ok) throw new CliError(1, options.prefix ? result.errors.map((e) => `${file}: ${e}`) : result.errors);
  return { kit: result.kit, dropped: result.dropped };
}
