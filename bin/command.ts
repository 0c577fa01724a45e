import type { ParsedArgs } from './parse-args';

/** Where a command prints: stdout for results, stderr for errors and reports. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** One `content-kit <name>` command. `run` returns the exit code or throws a CliError. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  valued: string[];
  booleans: string[];
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
