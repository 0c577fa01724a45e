import type { Command } from '../command';
import { CliError } from '../cli-error';
import { readKitFile } from '../read-kit-file';

export const validate: Command = {
  name: 'validate',
  usage: 'content-kit validate FILE',
  summary: 'check a kit file against the format; exit 0 valid, 1 invalid, 2 usage or I/O',
  valued: [],
  booleans: [],
  async run(args, io) {
    if (args.positional.length !== 1) throw new CliError(2, [`usage: ${this.usage}`]);
    const file = args.positional[0]!;
    const { kit, dropped } = await readKitFile(file);
    for (const path of dropped) io.err(`${path}: unknown field, dropped on import`);
    io.out(`${file}: valid (${kit.items.length} items, ${kit.calendar?.length ?? 0} calendar entries)`);
    return 0;
  },
};
