/** A failure the CLI reports and exits with: 1 for an invalid kit, 2 for usage or I/O. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}
