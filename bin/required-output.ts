import { CliError } from './cli-error';
import type { ParsedArgs } from './parse-args';

/** The one input file and the `-o` output a converting command needs, or a usage error. */
export function requiredOutput(args: ParsedArgs, usage: string): { input: string; output: string } {
  const output = args.options.get('o')?.at(-1) ?? args.options.get('output')?.at(-1);
  if (args.positional.length !== 1 || !output) throw new CliError(2, [`usage: ${usage}`]);
  return { input: args.positional[0]!, output };
}
