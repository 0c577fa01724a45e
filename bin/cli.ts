import { CliError } from './cli-error';
import type { CliIO } from './command';
import { COMMANDS } from './commands/index';
import { parseArgs } from './parse-args';

const io: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'content-kit: validate, merge, render and lint Community Kit files',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`),
  ].join('\n');
}

/** Runs one command line and returns its exit code; it never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(name ? `content-kit: unknown command "${name}"\n\n${help()}` : help());
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`usage: ${command.usage}\n${command.summary}`);
      return 0;
    }
    return await command.run(parseArgs(rest, command.valued, command.booleans), io);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) io.err(line);
      return error.exitCode;
    }
    io.err(`content-kit: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

process.stdout.on('error', () => undefined);
process.exitCode = await main(process.argv.slice(2));
