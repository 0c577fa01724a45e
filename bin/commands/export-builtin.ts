import { exportKit, builtinKit } from '../../content-kit';
import type { Command } from '../command';
import { CliError } from '../cli-error';
import { writeOutput } from '../write-output';

export const exportBuiltin: Command = {
  name: 'export-builtin',
  usage: 'content-kit export-builtin -o FILE',
  summary: 'write the built-in starter kit as a kit file',
  valued: ['o', 'output'],
  booleans: [],
  async run(args, io) {
    const output = args.options.get('o')?.at(-1) ?? args.options.get('output')?.at(-1);
    if (!output || args.positional.length) throw new CliError(2, [`usage: ${this.usage}`]);
    const kit = builtinKit();
    await writeOutput(output, exportKit(kit));
    io.err(`wrote ${output} (${kit.items.length} items, ${kit.calendar?.length ?? 0} calendar entries)`);
    return 0;
  },
};
