import { CliError } from './cli-error';

export interface ParsedArgs {
  positional: string[];
  /** Every value given for each option, in order (`--kit a --kit b`). */
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Splits argv into positional arguments, options with values (`--x v`, `--x=v`, `-o v`) and boolean flags.
 * `valued` names the options that take a value; anything else starting with `-` must be in `booleans`.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      parsed.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(0, eq > 0 ? eq : undefined).replace(/^--?/, '');
    if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliError(2, [`content-kit: ${arg} needs a value`]);
      parsed.options.set(name, [...(parsed.options.get(name) ?? []), value]);
    } else if (booleans.includes(name) && eq < 0) parsed.flags.add(name);
    else throw new CliError(2, [`content-kit: unknown option ${arg}`]);
  }
  return parsed;
}
